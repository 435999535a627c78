package dev.arenaview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Column;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.SortOrder;
import dev.arenaview.source.BundledData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    static final ReportTime REFERENCE_TIME = ReportTime.at(Instant.parse("2025-06-27T11:42:07Z"));

    static String resource(String name) throws IOException {
        try (InputStream in = MarkdownReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Leaderboard csv(String name, String text) throws Exception {
        return new LeaderboardReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
                DataSource.file(name));
    }

    @Test
    void bundledDataReproducesTheReferenceTableCellForCell() throws IOException {
        String report = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        List<List<String>> expected = MarkdownTables.table(resource("reference-table-2025-06-27.md"));
        List<List<String>> actual = MarkdownTables.table(report);
        assertEquals(211, expected.size());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "table line " + (i + 1));
        }
    }

    @Test
    void timeLineMatchesTheReferenceInUtcAndBeijingTime() {
        String report = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        assertTrue(report.contains(
                "\n> **数据更新时间**: 2025-06-27 11:42:07 UTC / 2025-06-27 19:42:07 CST (北京时间)\n"), report);
        String en = new MarkdownReport(ReportLanguage.EN).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        assertTrue(en.contains("2025-06-27 11:42:07 UTC / 2025-06-27 19:42:07 CST (Beijing)\n"));
    }

    @Test
    void chineseReportHasTheReferenceStructureInOrder() {
        String report = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        assertTrue(report.startsWith("# LLM Arena 排行榜 (实时更新)\n\n"));
        int[] positions = {
            report.indexOf("> **数据更新时间**"),
            report.indexOf("{% hint style=\"info\" %}"),
            report.indexOf("{% endhint %}"),
            report.indexOf("\n## 排行榜\n"),
            report.indexOf("\n|"),
            report.indexOf("\n## 说明\n"),
            report.indexOf("\n- **排名(UB)**："),
            report.indexOf("\n- **知识截止日期**："),
            report.indexOf("\n## 数据来源与更新频率\n"),
            report.indexOf("\n## 免责声明\n"),
        };
        for (int i = 0; i < positions.length; i++) {
            assertTrue(positions[i] > 0, "part " + i + " missing");
            assertTrue(i == 0 || positions[i] > positions[i - 1], "part " + i + " out of order");
        }
        assertEquals(9, report.lines().filter(l -> l.startsWith("- **")).count());
        assertFalse(report.contains("> 本表为筛选后的视图"), "an unfiltered report describes no filter");
    }

    @Test
    void englishReportTranslatesHeadingsAndShowsNaForUnknownCutoffs() {
        String report = new MarkdownReport(ReportLanguage.EN).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        assertTrue(report.startsWith("# LLM Arena Leaderboard (live)\n"));
        for (String heading : List.of("## Leaderboard", "## Legend", "## Data source and update frequency", "## Disclaimer")) {
            assertTrue(report.contains("\n" + heading + "\n"), heading);
        }
        List<List<String>> table = MarkdownTables.table(report);
        assertEquals(List.of("Rank (UB)", "Rank (StyleCtrl)", "Model", "Score", "95% CI", "Votes", "Organization",
                "License", "Knowledge cutoff"), table.get(0));
        assertEquals("n/a", table.get(2).get(8));
        assertFalse(report.contains("暂无数据"));
    }

    @Test
    void rawTableLinesUpInAMonospaceFont() {
        String report = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(BundledData.load()), REFERENCE_TIME);
        Set<Integer> widths = MarkdownTables.tableLines(report).stream().map(Markdown::displayWidth)
                .collect(Collectors.toSet());
        assertEquals(1, widths.size(), "every table line has the same width: " + widths);
    }

    @Test
    void schemaADropsTheStyleControlColumnAndItsLegend() throws Exception {
        Leaderboard board = csv("lmsys_2024.08.15.csv",
                "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                        + "1,GPT-4o-2024-05-13,1287,+4/-3,55826,OpenAI,Proprietary,2023/10,https://openai.com/\n");
        String report = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(board), REFERENCE_TIME);
        List<List<String>> table = MarkdownTables.table(report);
        assertEquals(List.of("排名(UB)", "模型名", "分数", "置信区间", "票数", "服务商", "许可协议", "知识截止日期"), table.get(0));
        assertEquals(List.of("1", "[GPT-4o-2024-05-13](https://openai.com/)", "1287", "+4/-3", "55,826", "OpenAI",
                "Proprietary", "2023/10"), table.get(2));
        assertFalse(report.contains("StyleCtrl"));
        assertEquals(8, report.lines().filter(l -> l.startsWith("- **")).count());
    }

    @Test
    void schemaCHeadsTheRankColumnAsAPositionAndSaysSo() throws Exception {
        Leaderboard board = csv("lmarena_text_20250804.csv",
                "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                        + "1,1,A,1450,+4/-4,9000,X,,,https://a.example/\n2,1,B,1440,+4/-4,9000,X,MIT,,https://b.example/\n");
        String zh = new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(board), ReportTime.onDate(LocalDate.of(2025, 8, 4)));
        assertEquals("排名", MarkdownTables.table(zh).get(0).get(0));
        assertTrue(zh.contains("\n- **排名**：模型在上游列表中的位置"));
        assertFalse(zh.contains("(UB)"));
        assertTrue(zh.contains("> **数据更新时间**: 2025-08-04 UTC\n"));
        assertEquals("", MarkdownTables.table(zh).get(2).get(7), "an empty licence stays empty");
        String en = new MarkdownReport(ReportLanguage.EN).render(LeaderboardView.all(board), REFERENCE_TIME);
        assertEquals("Rank", MarkdownTables.table(en).get(0).get(0));
        assertTrue(en.contains("\n- **Rank**: the model's position in the published list"));
    }

    @Test
    void reportOfAFilteredSortedViewHasExactlyItsRowsAndSaysWhichFilters() {
        Leaderboard board = BundledData.load();
        Filter filter = new Filter(Set.of("Google", "OpenAI"), Set.of("Proprietary"), "");
        SortOrder byVotes = new SortOrder(List.of(new SortOrder.Key(Column.VOTES, false)));
        LeaderboardView view = new LeaderboardView(board, filter, byVotes);
        String report = new MarkdownReport(ReportLanguage.EN).render(view, REFERENCE_TIME);
        List<List<String>> rows = MarkdownTables.table(report).subList(2, MarkdownTables.table(report).size());
        assertEquals(view.rows().size(), rows.size());
        int previousVotes = Integer.MAX_VALUE;
        for (List<String> row : rows) {
            assertTrue(Set.of("Google", "OpenAI").contains(row.get(6)), row.toString());
            assertEquals("Proprietary", row.get(7));
            int votes = Integer.parseInt(row.get(5).replace(",", ""));
            assertTrue(votes <= previousVotes, "sorted by votes, most first");
            previousVotes = votes;
        }
        assertTrue(report.contains("> This table is a filtered view: organization is Google or OpenAI; license is "
                + "Proprietary. Showing " + rows.size() + " of 209 models. Sorted by Votes descending.\n"), report);
        String zh = new MarkdownReport(ReportLanguage.ZH).render(view, REFERENCE_TIME);
        assertTrue(zh.contains("> 本表为筛选后的视图：服务商为 Google 或 OpenAI；许可协议为 Proprietary。共显示 "
                + rows.size() + " 个模型（全部 209 个）。排序：票数 降序。\n"), zh);
    }

    @Test
    void groupedFilterKeepsPublishedValuesInTheTableAndNamesSpellingsAndClassesInTheDescription() {
        Filter filter = new Filter(Set.of("DeepSeek", "Google"), Set.of(LicenseClass.OPEN_RESTRICTED.name()), "", false, true);
        LeaderboardView view = new LeaderboardView(BundledData.load(), filter, SortOrder.DEFAULT);
        String report = new MarkdownReport(ReportLanguage.EN).render(view, REFERENCE_TIME);
        List<List<String>> table = MarkdownTables.table(report);
        List<List<String>> rows = table.subList(2, table.size());
        assertEquals(16, rows.size(), "3 DeepSeek, 2 DeepSeek AI and 11 Gemma models");
        assertEquals(Set.of("DeepSeek", "DeepSeek AI", "Google"), rows.stream().map(r -> r.get(6)).collect(Collectors.toSet()),
                "the table shows vendors as published");
        assertEquals(Set.of("DeepSeek", "DeepSeek License", "Gemma", "Gemma license"),
                rows.stream().map(r -> r.get(7)).collect(Collectors.toSet()), "and licences as published");
        assertTrue(report.contains("> This table is a filtered view: organization is DeepSeek (published as DeepSeek,"
                + " DeepSeek AI) or Google; license is any open (restricted) licence. Showing 16 of 209 models.\n"), report);
        String zh = new MarkdownReport(ReportLanguage.ZH).render(view, REFERENCE_TIME);
        assertTrue(zh.contains("> 本表为筛选后的视图：服务商为 DeepSeek（数据中写作 DeepSeek、DeepSeek AI） 或 Google；"
                + "许可协议为 开放（有限制）类许可。共显示 16 个模型（全部 209 个）。\n"), zh);
    }

    @Test
    void visionArenaIsNamedInTheTitle() throws Exception {
        Leaderboard board = csv("lmarena_vision.csv",
                "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                        + "1,1,A,1450,+4/-4,9000,X,,,https://a.example/\n");
        assertTrue(new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(board), REFERENCE_TIME)
                .startsWith("# LLM Arena 视觉排行榜 (实时更新)\n"));
    }

    @Test
    void theTitleSaysLiveOnlyWhileTheDataIsCurrentAndElseItsDate() throws Exception {
        LeaderboardView bundled = LeaderboardView.all(BundledData.load());
        MarkdownReport en = new MarkdownReport(ReportLanguage.EN);
        MarkdownReport zh = new MarkdownReport(ReportLanguage.ZH);
        LocalDate published = LocalDate.of(2025, 6, 27);
        assertTrue(en.asOf(published).render(bundled, REFERENCE_TIME).startsWith("# LLM Arena Leaderboard (live)\n\n"));
        assertTrue(zh.asOf(published.plusDays(7)).render(bundled, REFERENCE_TIME)
                .startsWith("# LLM Arena 排行榜 (实时更新)\n\n"), "a week old is still current");
        assertTrue(en.asOf(published.plusDays(8)).render(bundled, REFERENCE_TIME)
                .startsWith("# LLM Arena Leaderboard (2025-06-27)\n\n"), "stale, as the window's freshness says");
        assertTrue(zh.asOf(LocalDate.of(2026, 12, 7)).render(bundled, REFERENCE_TIME)
                .startsWith("# LLM Arena 排行榜 (2025-06-27)\n\n"));

        Leaderboard vision = csv("lmarena_vision_20250801.csv",
                "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                        + "1,1,A,1450,+4/-4,9000,X,,,https://a.example/\n");
        assertTrue(zh.asOf(LocalDate.of(2026, 1, 1)).render(LeaderboardView.all(vision), REFERENCE_TIME)
                .startsWith("# LLM Arena 视觉排行榜 (2025-08-01)\n"), "every arena's title");
        Leaderboard undated = csv("mine.csv", "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,A,1400,+5/-5,100,X,MIT,,https://a.example\n");
        assertTrue(en.asOf(LocalDate.of(2026, 1, 1)).render(LeaderboardView.all(undated), REFERENCE_TIME)
                .startsWith("# LLM Arena Leaderboard (live)\n"), "no date to tell it is old by");
    }

    @Test
    void oneModelIsSingularInEnglish() throws Exception {
        Leaderboard one = csv("lmarena_text_20250804.csv",
                "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                        + "1,1,A,1450,+4/-4,9000,X,MIT,,https://a.example/\n");
        LeaderboardView view = new LeaderboardView(one, new Filter(Set.of(), Set.of(), "a"), SortOrder.DEFAULT);
        String en = new MarkdownReport(ReportLanguage.EN).withChart(new MarkdownReport.ChartImage("c.png", 1))
                .render(view, REFERENCE_TIME);
        assertTrue(en.contains("Showing 1 of 1 model.\n"), en);
        assertTrue(en.contains("![Score and 95% confidence interval of the first model of the table](c.png)"), en);
        String zh = new MarkdownReport(ReportLanguage.ZH).render(view, REFERENCE_TIME);
        assertTrue(zh.contains("共显示 1 个模型（全部 1 个）。\n"), zh);
    }
}
