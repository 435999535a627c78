package dev.arenaview.report;

import static dev.arenaview.model.Entries.board;
import static dev.arenaview.model.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Changes;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import dev.arenaview.source.BundledData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownReportChangesTest {

    static final LocalDate EARLIER_DATE = LocalDate.of(2025, 6, 20);
    static final ReportTime TIME = ReportTime.onDate(LocalDate.of(2025, 6, 27));

    static final Leaderboard EARLIER = board(EARLIER_DATE,
            entry("Alpha", 1, 1400, 9000, "X", "MIT"),
            entry("Beta", 2, 1390, 9000, "X", "MIT"),
            entry("Gamma", 3, 1380, 9000, "Y", "MIT"),
            entry("Delta", 4, 1370, 9000, "Y", "MIT"),
            entry("Gone_*model*", 5, 1360, 9000, "Z", "MIT"),
            entry("Old|One", 6, 1350, 9000, "X", "MIT"));

    /** In the report's order: Gamma ▲2, Alpha ▼1, Newbie new, Delta unmoved, Beta ▼3. */
    static final Leaderboard CURRENT = board(LocalDate.of(2025, 6, 27),
            entry("Gamma", 1, 1405, 9500, "Y", "MIT"),
            entry("Alpha", 2, 1401, 9500, "X", "MIT"),
            entry("Newbie", 3, 1395, 800, "Z", "MIT"),
            entry("Delta", 4, 1368, 9500, "Y", "MIT"),
            entry("Beta", 5, 1350, 9500, "X", "MIT"));

    static final Changes CHANGES = Changes.between(EARLIER, CURRENT);

    static String render(ReportLanguage language, Leaderboard board, Changes changes) {
        return new MarkdownReport(language).withChanges(changes).render(LeaderboardView.all(board), TIME);
    }

    static String plain(ReportLanguage language, Leaderboard board) {
        return new MarkdownReport(language).render(LeaderboardView.all(board), TIME);
    }

    static List<String> column(List<List<String>> table, int index) {
        return table.subList(2, table.size()).stream().map(row -> row.get(index)).collect(Collectors.toList());
    }

    @Test
    void everyRowGainsExactlyOneCellAfterTheRankColumns() {
        for (ReportLanguage language : ReportLanguage.values()) {
            List<List<String>> without = MarkdownTables.table(plain(language, CURRENT));
            List<List<String>> with = MarkdownTables.table(render(language, CURRENT, CHANGES));
            assertEquals(without.size(), with.size());
            for (int i = 0; i < with.size(); i++) {
                assertEquals(without.get(i).size() + 1, with.get(i).size(), language + " line " + (i + 1));
                List<String> rest = new ArrayList<>(with.get(i));
                rest.remove(2);
                assertEquals(without.get(i), rest, "the other cells stay as they were, " + language + " line " + (i + 1));
            }
        }
    }

    @Test
    void chineseHeaderAndLabels() {
        List<List<String>> table = MarkdownTables.table(render(ReportLanguage.ZH, CURRENT, CHANGES));
        assertEquals(List.of("排名(UB)", "排名(StyleCtrl)", "变化", "模型名", "分数", "置信区间", "票数", "服务商", "许可协议",
                "知识截止日期"), table.get(0));
        assertEquals(List.of("▲2", "▼1", "新", "\u2013", "▼3"), column(table, 2));
    }

    @Test
    void englishHeaderAndLabels() {
        List<List<String>> table = MarkdownTables.table(render(ReportLanguage.EN, CURRENT, CHANGES));
        assertEquals(List.of("Rank (UB)", "Rank (StyleCtrl)", "Change", "Model"), table.get(0).subList(0, 4));
        assertEquals(List.of("▲2", "▼1", "new", "\u2013", "▼3"), column(table, 2));
    }

    @Test
    void withoutAStyleControlRankTheColumnFollowsTheRank() {
        Leaderboard earlier = board(Schema.A, EARLIER_DATE, entry("A", 1, 1300, 1, "X", "MIT"), entry("B", 2, 1200, 1, "X", "MIT"));
        Leaderboard current = board(Schema.A, null, entry("B", 1, 1310, 1, "X", "MIT"), entry("A", 2, 1290, 1, "X", "MIT"));
        List<List<String>> table = MarkdownTables.table(render(ReportLanguage.ZH, current, Changes.between(earlier, current)));
        assertEquals(List.of("排名(UB)", "变化", "模型名"), table.get(0).subList(0, 3));
        assertEquals(List.of("▲1", "▼1"), column(table, 1));
    }

    @Test
    void goneModelsAreListedEscapedBetweenTheTableAndTheLegend() {
        String zh = render(ReportLanguage.ZH, CURRENT, CHANGES);
        String line = "**已下榜**（与 2025-06-20 相比）：Gone\\_\\*model\\*、Old\\|One";
        assertTrue(zh.contains("|\n\n" + line + "\n\n## 说明\n"), zh);
        String en = render(ReportLanguage.EN, CURRENT, CHANGES);
        assertTrue(en.contains("|\n\n**Left the board** (since 2025-06-20): Gone\\_\\*model\\*, Old\\|One\n\n## Legend\n"), en);
        assertEquals(MarkdownTables.tableLines(plain(ReportLanguage.ZH, CURRENT)).size(),
                MarkdownTables.tableLines(zh).size(), "the escaped | does not start or split a table line");
    }

    @Test
    void noGoneLineWhenNoModelLeft() {
        String zh = render(ReportLanguage.ZH, CURRENT, Changes.between(CURRENT, CURRENT));
        assertFalse(zh.contains("已下榜"));
        assertTrue(zh.contains("|\n\n## 说明\n"));
    }

    @Test
    void aFilteredReportNamesOnlyTheDeparturesItsFilterWouldShow() {
        LeaderboardView onlyX = new LeaderboardView(CURRENT, new Filter(Set.of("X"), Set.of(), ""), SortOrder.DEFAULT);
        String en = new MarkdownReport(ReportLanguage.EN).withChanges(CHANGES).render(onlyX, TIME);
        assertTrue(en.contains("\n**Left the board** (since 2025-06-20): Old\\|One\n"), en);
        assertFalse(en.contains("Gone\\_"));
        LeaderboardView onlyY = new LeaderboardView(CURRENT, new Filter(Set.of("Y"), Set.of(), ""), SortOrder.DEFAULT);
        assertFalse(new MarkdownReport(ReportLanguage.EN).withChanges(CHANGES).render(onlyY, TIME).contains("Left the board"));
    }

    @Test
    void legendExplainsTheColumnAfterTheRanksAndNamesTheEarlierDate() {
        String zh = render(ReportLanguage.ZH, CURRENT, CHANGES);
        int style = zh.indexOf("\n- **排名(StyleCtrl)**：");
        int change = zh.indexOf("\n- **变化**：与 2025-06-20 的榜单相比");
        int model = zh.indexOf("\n- **模型名**：");
        assertTrue(style > 0 && change > style && model > change, zh);
        assertTrue(zh.contains("▲3 表示上升 3 名，▼2 表示下降 2 名，– 表示名次不变，**新** 表示"));
        assertEquals(10, zh.lines().filter(l -> l.startsWith("- **")).count());
        String en = render(ReportLanguage.EN, CURRENT, CHANGES);
        assertTrue(en.contains("\n- **Change**: how the model's rank has moved since the leaderboard of 2025-06-20: "
                + "▲3 means up three places, ▼2 down two, – the same rank, and **new** a model"), en);
    }

    @Test
    void anUndatedEarlierSnapshotIsCalledTheEarlierLeaderboard() {
        Leaderboard undated = board(null, EARLIER.entries().toArray(new Entry[0]));
        Changes changes = Changes.between(undated, CURRENT);
        String zh = render(ReportLanguage.ZH, CURRENT, changes);
        assertTrue(zh.contains("\n- **变化**：与此前一份榜单相比"), zh);
        assertTrue(zh.contains("\n**已下榜**（与此前一份榜单相比）：Gone\\_\\*model\\*、Old\\|One\n"), zh);
        String en = render(ReportLanguage.EN, CURRENT, changes);
        assertTrue(en.contains("\n- **Change**: how the model's rank has moved since the earlier leaderboard"), en);
        assertTrue(en.contains("\n**Left the board** (since the earlier leaderboard): Gone\\_\\*model\\*, Old\\|One\n"), en);
    }

    @Test
    void rawTableStillLinesUpInAMonospaceFont() {
        for (ReportLanguage language : ReportLanguage.values()) {
            Set<Integer> widths = MarkdownTables.tableLines(render(language, CURRENT, CHANGES)).stream()
                    .map(Markdown::displayWidth).collect(Collectors.toSet());
            assertEquals(1, widths.size(), language + ": " + widths);
        }
    }

    @Test
    void withoutChangesTheReportIsUnchanged() {
        Leaderboard bundled = BundledData.load();
        for (ReportLanguage language : ReportLanguage.values()) {
            assertEquals(plain(language, CURRENT), render(language, CURRENT, Changes.none()));
            assertEquals(plain(language, bundled), render(language, bundled, Changes.none()));
            String heading = language == ReportLanguage.ZH ? "变化" : "Change";
            assertFalse(MarkdownTables.table(plain(language, CURRENT)).get(0).contains(heading));
            assertFalse(plain(language, CURRENT).contains("- **" + heading + "**"));
        }
    }

    @Test
    void theCopiedRowTableHasNoChangeColumn() {
        MarkdownReport report = new MarkdownReport(ReportLanguage.EN);
        assertEquals(report.table(Schema.B, CURRENT.entries()),
                report.withChanges(CHANGES).table(Schema.B, CURRENT.entries()));
    }
}
