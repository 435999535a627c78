package dev.arenaview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.KnowledgeCutoff;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapingTest {

    static Entry row(String model, String url, String vendor, String license) {
        return new Entry(1, 1, model, 1300, new ConfidenceInterval(3, 3), 1234, vendor, license,
                KnowledgeCutoff.parse(""), url);
    }

    static List<String> cellsOf(Entry entry) {
        Leaderboard board = new Leaderboard(List.of(entry), Schema.B, Optional.empty(), Optional.empty(),
                DataSource.file("t.csv"));
        String report = new MarkdownReport(ReportLanguage.EN).render(LeaderboardView.all(board),
                ReportTime.at(Instant.EPOCH));
        List<List<String>> table = MarkdownTables.table(report);
        assertEquals(3, table.size(), "one header, one alignment and one data line");
        assertEquals(9, table.get(2).size(), "the row has the header's 9 cells: " + table.get(2));
        return table.get(2);
    }

    @Test
    void pipesInAnyCellAreEscapedAndKeepTheCellCount() {
        List<String> cells = cellsOf(row("a|b", "https://e.example/x", "Ven|dor", "Lic|ense"));
        assertEquals("[a\\|b](https://e.example/x)", cells.get(2));
        assertEquals("Ven\\|dor", cells.get(6));
        assertEquals("Lic\\|ense", cells.get(7));
    }

    @Test
    void bracketsInLinkTextCannotCloseTheLink() {
        List<String> cells = cellsOf(row("FLUX1.1 [pro]](https://evil.example)", "https://e.example/flux", "X", "MIT"));
        // The ':' is escaped too: GFM would link the bare address inside the link text.
        assertEquals("[FLUX1.1 \\[pro\\]\\](https\\://evil.example)](https://e.example/flux)", cells.get(2));
    }

    @Test
    void nonWebUrlsAreNotLinked() {
        assertEquals("Evil", cellsOf(row("Evil", "javascript:alert(1)", "X", "MIT")).get(2));
        assertEquals("Local", cellsOf(row("Local", "file:///etc/passwd", "X", "MIT")).get(2));
        assertEquals("None", cellsOf(row("None", "", "X", "MIT")).get(2));
    }

    @Test
    void urlsWithSpacesAndParenthesesStillWork() {
        assertEquals("[M](https://en.wikipedia.org/wiki/Mistral_%28company%29)",
                cellsOf(row("M", "https://en.wikipedia.org/wiki/Mistral_(company)", "X", "MIT")).get(2));
        assertEquals("[M](https://e.example/a%20b%7Cc)", cellsOf(row("M", "https://e.example/a b|c", "X", "MIT")).get(2));
    }

    @Test
    void lineBreaksAndBackslashesCannotBreakTheRow() {
        List<String> cells = cellsOf(row("two\nlines\\|", "https://e.example/", "a\r\nb", "x\\"));
        assertEquals("[two lines\\\\\\|](https://e.example/)", cells.get(2));
        assertEquals("a b", cells.get(6));
        assertEquals("x\\\\", cells.get(7));
    }

    @Test
    void bareAddressesInTextAreNotLinkedByGfm() {
        // Found by MarkdownReportPropertyTest (seed 20250627, cases 0, 2 and 3): GFM's extended
        // autolinks made links of a vendor "Claude[x]: http://evil.example|" and a model "|@".
        List<String> cells = cellsOf(row("see https://evil.example", "javascript:alert(1)", "www.evil.example",
                "a@b.example"));
        assertEquals("see https\\://evil.example", cells.get(2));
        assertEquals("www\\.evil.example", cells.get(6));
        assertEquals("a\\@b.example", cells.get(7));
        assertEquals("http\\://x WWW\\.x", Markdown.text("http:\u0000//x WW\u0001W.x"),
                "a dropped control character cannot join a pattern up");
    }

    @Test
    void gitBookTemplateTagsInTextAreShownLiterally() {
        // Found by MarkdownReportPropertyTest (seed 20250627, case 5): a model named
        // {% hint style="danger" %} went into the report as a GitBook block.
        assertEquals("{\\% hint style=\"danger\" %}", Markdown.text("{% hint style=\"danger\" %}"));
        assertEquals("{\\{ 7\\*7 }} {\\# x #} {0} }}", Markdown.text("{{ 7*7 }} {# x #} {0} }}"));
    }

    @Test
    void entitiesInUrlsAreNotDecodedInTheLink() {
        // Found by MarkdownReportPropertyTest (seed 20250627, case 60): the link of
        // "HTTP://e.example/&lt;_,|" led to ".../<_,%7C", as CommonMark decodes entities
        // in a link destination.
        assertEquals("[M](HTTP://e.example/\\&lt;_,%7C)",
                cellsOf(row("M", "HTTP://e.example/&lt;_,|", "X", "MIT")).get(2));
        assertEquals("[M](https://e.example/?a=1\\&amp;b=2&c=&;&d\\&#x2F;x)",
                cellsOf(row("M", "https://e.example/?a=1&amp;b=2&c=&;&d&#x2F;x", "X", "MIT")).get(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "*bold*;\\*bold\\*",
        "<script>;\\<script\\>",
        "`code`;\\`code\\`",
        "snake_case;snake\\_case",
        "R&D;R\\&D",
        "DALL·E 3;DALL·E 3",
    })
    void markdownSyntaxInTextIsShownLiterally(String raw, String escaped) {
        assertEquals(escaped, Markdown.text(raw));
    }

    @Test
    void cjkCharactersCountTwoColumns() {
        assertEquals(8, Markdown.displayWidth("暂无数据"));
        assertEquals(8, Markdown.displayWidth("排名(UB)"));
        assertEquals(6, Markdown.displayWidth("Gemini"));
        assertEquals(1, Markdown.displayWidth("e\u0301"), "a combining accent takes no column");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0;0", "999;999", "1000;1,000", "12327;12,327", "163629;163,629",
        "1000000;1,000,000", "-4500;-4,500"})
    void votesAreGroupedByThousands(long n, String text) {
        assertEquals(text, MarkdownReport.grouped(n));
    }
}
