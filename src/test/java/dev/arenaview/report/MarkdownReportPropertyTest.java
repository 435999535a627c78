package dev.arenaview.report;

import static org.junit.jupiter.api.Assertions.fail;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Column;
import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.KnowledgeCutoff;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.Links;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders reports of random leaderboards whose names, vendors, licences, cutoffs and URLs are
 * full of Markdown syntax ({@code | [ ] ( ) \ ` < > * _ ~ & !}), line breaks, tabs, control
 * characters, Unicode, {@code javascript:}/{@code file:}/{@code data:} addresses, bare web
 * addresses and e-mail addresses, HTML entities and GitBook template tags, and checks, in both
 * languages, what a GitHub-flavoured renderer would make of every table line:
 * <ul>
 * <li>it has exactly the header's number of cells, split as {@link MarkdownTables} splits them
 * and as cmark-gfm does (a pipe right after a backslash never splits);</li>
 * <li>the only link in a row is the model cell's, to the row's own URL as
 * {@link Links#webUri(String)} gives it, and a row whose URL is not a web address has none;</li>
 * <li>each text cell, once its backslash escapes are undone, is the value as written, with line
 * breaks and tabs turned into spaces, other control characters dropped, and no blanks at either
 * end (table cells are trimmed); nothing in it can be read as emphasis, code, strikethrough, HTML,
 * an entity, a link or image, an autolink, a GFM "extended autolink" (a bare
 * {@code https://…}, {@code www.…} or e-mail address), or a GitBook {@code {% %}} tag.</li>
 * </ul>
 *
 * <p>Each case draws from its own seed, made from the series seed and the case number. By default
 * {@value #DEFAULT_CASES} cases run, about two seconds; for longer runs:
 * <pre>
 * mvn -B test -Dtest=MarkdownReportPropertyTest -Dmarkdown.cases=100000
 * mvn -B test -Dtest=MarkdownReportPropertyTest -Dmarkdown.seed=7 -Dmarkdown.case=1234   # one case again
 * </pre>
 */
class MarkdownReportPropertyTest {

    static final int DEFAULT_CASES = 1500;
    static final long DEFAULT_SEED = 20250627L;

    /** Pieces of names: plain words, every Markdown character, and the constructs that could turn into markup. */
    static final String[] PIECES = {"Gemini", "gpt", "4o", "Claude", "2.5", "-", " ", "  ", "x", "Org",
        "|", "[", "]", "(", ")", "\\", "`", "<", ">", "*", "_", "~", "&", "#", "!", ":", ".", "@", "%", "=", "'",
        "\"", "{", "}", "^", "$", "+", ";", "/", "\n", "\r", "\r\n", "\t", "\u0000", "\u0001", "\u001b", "\u007f",
        "\u0085", "\u2028", "模型", "深度求索", "é", "e\u0301", "🤖", "\u00a0", "\u200b", "\u3000", "مرحبا", "\ufe0f",
        "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "http://evil.example",
        "https://evil.example/a b", "www.evil.example", "WWW.Evil.Example", "a@b.example", "mailto:a@b.example",
        "<http://evil.example>", "[x](http://evil.example)", "![i](http://evil.example/i.png)", "[x]: http://evil.example",
        "&amp;", "&#64;", "&lt;", "&#x3C;", "**", "__", "~~", "``", "\\|", "||", "| --- |", ":---", "{0}", "{1}",
        "{% hint style=\"danger\" %}", "{{ 7*7 }}", "{# x #}", "<!-- -->", "\\\\", "\\\n"};

    /** Pieces of URL paths: everything that needs encoding or could end a Markdown link. */
    static final String[] URL_PIECES = {"/", "a", "model", " ", "(", ")", "|", "\\", "<", ">", "\"", "'", "`", "*",
        "_", "~", "[", "]", "{", "}", "^", "%", "%20", "%zz", "%E6%A8%A1", "?", "#", "&", "&amp;", "&#64;", "&lt;",
        "&#x2F;", ";", "=", "+", ",", "!", "$", "@", ":", "模型", "é", "🤖", "\n", "\t", "\r", "\u0000",
        ")](javascript:alert(1)", "\\)", "wiki/Mistral_(company)", "?q=a|b", "#frag", " \"title\""};

    static final String[] HOSTS = {"e.example", "a-b.example:8080", "user:pw@e.example", "127.0.0.1", "[::1]",
        "xn--bcher-kva.example", "例子.example", "e.example.", ""};

    static final String[] NON_WEB = {"javascript:alert(1)", "JavaScript:alert('x')", "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>", "mailto:a@b.example", "ftp://e.example/", "", " ", "//e.example",
        "http://", "https:///path", "e.example/x", "http:\\\\e.example", "vbscript:x", " javascript:alert(1)"};

    @Test
    void everyRowKeepsItsCellsItsTextAndOnlyItsOwnLink() {
        long seed = Long.getLong("markdown.seed", DEFAULT_SEED);
        Long only = Long.getLong("markdown.case");
        long cases = Long.getLong("markdown.cases", DEFAULT_CASES);
        long first = only != null ? only : 0;
        long end = only != null ? only + 1 : cases;
        List<String> failures = new ArrayList<>();
        long failed = 0;
        for (long n = first; n < end; n++) {
            String failure = runCase(seed, n);
            if (failure != null) {
                failed++;
                if (failures.size() < 5) {
                    failures.add(failure);
                }
            }
        }
        if (failed > 0) {
            fail(failed + " of " + (end - first) + " cases failed; the first:\n\n" + String.join("\n\n", failures));
        }
    }

    /** Null when every report of the case is right, else what is wrong and how to get the case again. */
    static String runCase(long seed, long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        Leaderboard board = board(r);
        Changes changes = Changes.none();
        if (r.nextInt(4) == 0) {
            List<Entry> earlier = new ArrayList<>();
            for (Entry e : board.entries()) {
                if (r.nextInt(3) > 0) {
                    earlier.add(withRank(e, 1 + r.nextInt(20)));
                }
            }
            earlier.add(entry(r));
            changes = Changes.between(new Leaderboard(earlier, board.schema(), board.arena(),
                    Optional.of(LocalDate.of(2025, 6, 1)), board.source()), board);
        }
        Filter filter = Filter.NONE;
        if (r.nextInt(4) == 0) {
            Set<String> vendors = new HashSet<>();
            board.entries().forEach(e -> {
                if (r.nextBoolean()) {
                    vendors.add(e.organization());
                }
            });
            filter = new Filter(vendors, Set.of(), r.nextBoolean() ? text(r) : "");
        }
        SortOrder order = r.nextBoolean() ? SortOrder.FILE_ORDER : SortOrder.DEFAULT;
        LeaderboardView view = new LeaderboardView(board, filter, order);
        for (ReportLanguage language : ReportLanguage.values()) {
            MarkdownReport report = new MarkdownReport(language).withChanges(changes);
            String markdown = report.render(view, ReportTime.at(Instant.EPOCH));
            try {
                checkTable(markdown, view.rows(), report, board.schema(), language);
            } catch (Mismatch e) {
                return "case " + n + " of series seed " + seed + " (rerun alone with -Dmarkdown.seed=" + seed
                        + " -Dmarkdown.case=" + n + "), " + language + ": " + visible(e.getMessage());
            }
        }
        return null;
    }

    static void checkTable(String markdown, List<Entry> rows, MarkdownReport report, Schema schema,
            ReportLanguage language) {
        List<String> lines = MarkdownTables.tableLines(markdown);
        check(lines.size() == rows.size() + 2, () -> "the report has " + lines.size() + " table lines for "
                + rows.size() + " rows:\n" + markdown);
        List<String> header = MarkdownTables.cells(lines.get(0));
        for (String line : lines) {
            int cells = MarkdownTables.cells(line).size();
            check(cells == header.size() && gfmCellCount(line) == header.size(),
                    () -> "a line of " + cells + " cells (" + gfmCellCount(line) + " for cmark-gfm) under a header of "
                            + header.size() + ": " + line);
        }
        check(MarkdownTables.cells(lines.get(1)).stream().allMatch(c -> c.matches(":-+")),
                () -> "a broken alignment line: " + lines.get(1));
        // Report texts come from resource bundles, slow to ask for every cell: looked up once.
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (Column column : MarkdownReport.columns(schema)) {
            at.put(column, header.indexOf(report.heading(column, schema)));
        }
        String unknown = language.text("unknown");
        for (int i = 0; i < rows.size(); i++) {
            try {
                checkRow(rows.get(i), lines.get(i + 2), at, unknown);
            } catch (Mismatch e) {
                throw new Mismatch(e.getMessage() + "\n  the row: " + rows.get(i));
            }
        }
    }

    static void checkRow(Entry e, String line, Map<Column, Integer> at, String unknown) {
        List<String> cells = MarkdownTables.cells(line);
        List<Shown> shown = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            shown.add(shown(cells.get(c), line));
            if (c != at.get(Column.MODEL)) {
                check(shown.get(c).links.isEmpty(), () -> "a link outside the model cell: " + line);
            }
        }
        Shown model = shown.get(at.get(Column.MODEL));
        Optional<URI> uri = Links.webUri(e.url());
        if (uri.isPresent()) {
            check(model.links.size() == 1 && model.links.get(0).text.equals(model.text),
                    () -> "the model cell is not one link: " + line);
            check(model.links.get(0).destination.equals(uri.get().toASCIIString()), () -> "the link leads to "
                    + model.links.get(0).destination + ", not to " + uri.get().toASCIIString() + ": " + line);
        } else {
            check(model.links.isEmpty(), () -> "a link for the URL \"" + e.url() + "\", which is not a web address: "
                    + line);
        }
        checkText(model.text, e.model(), line);
        checkText(shown.get(at.get(Column.ORGANIZATION)).text, e.organization(), line);
        checkText(shown.get(at.get(Column.LICENSE)).text, e.license(), line);
        checkText(shown.get(at.get(Column.CUTOFF)).text, e.cutoff().display(unknown), line);
        checkText(shown.get(at.get(Column.RANK)).text, Integer.toString(e.rank()), line);
        checkText(shown.get(at.get(Column.VOTES)).text, String.format(Locale.ROOT, "%,d", e.votes()), line);
    }

    private static void checkText(String shown, String raw, String line) {
        String expected = asTableText(raw);
        check(shown.strip().equals(expected), () -> "the cell shows \"" + shown + "\" for \"" + raw + "\": " + line);
    }

    /**
     * The value as a table cell should show it: line breaks and tabs as spaces, other control
     * characters gone, trimmed. Written as patterns, apart from the escaping code it checks.
     */
    static String asTableText(String raw) {
        return raw.replace("\r\n", " ").replaceAll("[\r\n\t]", " ").replaceAll("[\\x00-\\x1f\\x7f]", "").strip();
    }

    /** cmark-gfm's split: every pipe not right after a backslash ends a cell. */
    static int gfmCellCount(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }

    record Link(String text, String destination) {
    }

    /** What a cell shows: its text (link texts included) and its links. */
    record Shown(String text, List<Link> links) {
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /**
     * Reads a cell's inline Markdown as CommonMark and GFM would, for the constructs that matter:
     * backslash escapes, inline links; anything else that would be markup fails.
     */
    static Shown shown(String cell, String line) {
        StringBuilder text = new StringBuilder();
        List<Link> links = new ArrayList<>();
        int i = 0;
        while (i < cell.length()) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && isAsciiPunctuation(cell.charAt(i + 1))) {
                text.append(cell.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '[') {
                check(i == 0 || cell.charAt(i - 1) != '!' || (i > 1 && cell.charAt(i - 2) == '\\'),
                        () -> "an image in \"" + cell + "\": " + line);
                int close = closingBracket(cell, i + 1, line);
                check(close + 1 < cell.length() && cell.charAt(close + 1) == '(',
                        () -> "an unescaped [ that is not a link (a reference link?) in \"" + cell + "\": " + line);
                int end = cell.indexOf(')', close + 2);
                check(end > 0, () -> "a link without its ) in \"" + cell + "\": " + line);
                String destination = cell.substring(close + 2, end);
                check(!destination.isEmpty() && destination.chars().noneMatch(ch -> ch <= ' ' || ch == '(' || ch == '<')
                        && !destination.matches(".*[^\\\\]\\\\$"), () -> "a link destination that does not end where it"
                                + " seems to, \"" + destination + "\": " + line);
                Shown inner = shown(cell.substring(i + 1, close), line);
                check(inner.links.isEmpty(), () -> "a link in a link: " + line);
                links.add(new Link(inner.text, destination(destination, line)));
                text.append(inner.text);
                i = end + 1;
                continue;
            }
            String markup = markupAt(cell, i, text);
            if (markup != null) {
                throw new Mismatch(markup + " in \"" + cell + "\": " + line);
            }
            text.append(c);
            i++;
        }
        return new Shown(text.toString(), links);
    }

    /** What a GFM or GitBook renderer would start at an unescaped character of a cell, or null for plain text. */
    private static String markupAt(String cell, int i, CharSequence shownSoFar) {
        char c = cell.charAt(i);
        if ("]*_`<~".indexOf(c) >= 0) {
            return "an unescaped " + c;
        }
        if (c == '&' && ENTITY.matcher(cell).region(i, cell.length()).lookingAt()) {
            return "an entity";
        }
        if (c == ':' && cell.startsWith("//", i + 1)) {
            return "a bare address (GFM links it)";
        }
        int n = shownSoFar.length();
        if (c == '.' && n >= 3 && shownSoFar.subSequence(n - 3, n).toString().equalsIgnoreCase("www")) {
            return "a bare www. address (GFM links it)";
        }
        if (c == '@') {
            return "an e-mail address (GFM links it)";
        }
        if (c == '{' && i + 1 < cell.length() && "{%#".indexOf(cell.charAt(i + 1)) >= 0) {
            return "a GitBook template tag";
        }
        return null;
    }

    private static int closingBracket(String cell, int from, String line) {
        for (int j = from; j < cell.length(); j++) {
            char c = cell.charAt(j);
            if (c == '\\' && j + 1 < cell.length() && isAsciiPunctuation(cell.charAt(j + 1))) {
                j++;
            } else if (c == '[') {
                throw new Mismatch("a [ inside link text: " + line);
            } else if (c == ']') {
                return j;
            }
        }
        throw new Mismatch("an unescaped [ without its ] in \"" + cell + "\": " + line);
    }

    /** A link destination as the browser gets it: escapes undone; an entity would be decoded, so fails. */
    private static String destination(String source, String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && isAsciiPunctuation(source.charAt(i + 1))) {
                out.append(source.charAt(++i));
            } else {
                check(c != '&' || !ENTITY.matcher(source).region(i, source.length()).lookingAt(),
                        () -> "an entity in the link destination \"" + source + "\" would be decoded: " + line);
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    private static void check(boolean ok, Supplier<String> message) {
        if (!ok) {
            throw new Mismatch(message.get());
        }
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((c < 0x20 && c != '\n') || c == 0x7f
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    static Leaderboard board(SplittableRandom r) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            entries.add(entry(r));
        }
        Schema schema = Schema.values()[r.nextInt(Schema.values().length)];
        Optional<Arena> arena = r.nextBoolean() ? Optional.empty() : Optional.of(Arena.values()[r.nextInt(3)]);
        return new Leaderboard(entries, schema, arena, Optional.empty(), DataSource.file("random.csv"));
    }

    static Entry entry(SplittableRandom r) {
        ConfidenceInterval ci = r.nextInt(8) == 0 ? ConfidenceInterval.UNKNOWN
                : new ConfidenceInterval(r.nextInt(50), r.nextInt(50));
        String cutoff = r.nextInt(3) == 0 ? new String[] {"", "Unknown", "2024/5", "Online"}[r.nextInt(4)] : text(r);
        return new Entry(1 + r.nextInt(300), r.nextInt(300), text(r), 800 + r.nextInt(700), ci,
                r.nextInt(10_000_000), text(r), r.nextInt(5) == 0 ? "" : text(r), KnowledgeCutoff.parse(cutoff), url(r));
    }

    static Entry withRank(Entry e, int rank) {
        return new Entry(rank, e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(), e.organization(),
                e.license(), e.cutoff(), e.url());
    }

    static String text(SplittableRandom r) {
        StringBuilder out = new StringBuilder();
        for (int i = r.nextInt(7); i > 0; i--) {
            out.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    static String url(SplittableRandom r) {
        switch (r.nextInt(8)) {
            case 0:
                return NON_WEB[r.nextInt(NON_WEB.length)];
            case 1:
                return text(r);
            default:
                StringBuilder url = new StringBuilder(r.nextInt(6) == 0 ? " " : "");
                url.append(new String[] {"http", "https", "HTTP", "hTTps"}[r.nextInt(4)]).append("://")
                        .append(HOSTS[r.nextInt(HOSTS.length)]);
                for (int i = r.nextInt(8); i > 0; i--) {
                    url.append(URL_PIECES[r.nextInt(URL_PIECES.length)]);
                }
                return url.append(r.nextInt(6) == 0 ? "\t " : "").toString();
        }
    }
}
