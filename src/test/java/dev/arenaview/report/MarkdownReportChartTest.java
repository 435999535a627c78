package dev.arenaview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.LeaderboardView;
import dev.arenaview.source.BundledData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart image a report can link under its table. */
class MarkdownReportChartTest {

    static final ReportTime TIME = ReportTime.at(Instant.parse("2025-06-27T11:42:07Z"));

    static String render(ReportLanguage language, MarkdownReport.ChartImage chart) {
        return new MarkdownReport(language).withChart(chart).render(LeaderboardView.all(BundledData.load()), TIME);
    }

    @Test
    void theImageIsLinkedBetweenTheTableAndTheLegend() {
        String report = render(ReportLanguage.EN,
                new MarkdownReport.ChartImage("arena-leaderboard-2025-06-27.png", 30));
        String line = "![Scores and 95% confidence intervals of the first 30 models of the table]"
                + "(arena-leaderboard-2025-06-27.png)";
        assertTrue(report.contains("|\n\n" + line + "\n\n## Legend\n"), report);
        assertTrue(render(ReportLanguage.ZH, new MarkdownReport.ChartImage("a.png", 30))
                .contains("![表中前 30 个模型的分数与 95% 置信区间](a.png)\n\n## 说明"));
    }

    @Test
    void withoutAnImageTheReportIsUnchanged() {
        assertEquals(new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(BundledData.load()), TIME),
                render(ReportLanguage.ZH, null));
        assertFalse(render(ReportLanguage.EN, null).contains("!["));
    }

    @Test
    void aFileNameCannotEndTheLinkOrPointElsewhere() {
        for (String name : List.of("my report (v2).png", "a)b](javascript:alert(1)).png", "x|y.png",
                "https:evil.example.png", "图表 1.png", "../up.png")) {
            String link = Markdown.image("chart", name);
            String target = link.substring("![chart](".length(), link.length() - 1);
            assertTrue(target.matches("[A-Za-z0-9._~%-]+"), name + " -> " + link);
            assertEquals(name, java.net.URLDecoder.decode(target.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8), "still the same file");
        }
        assertEquals("![chart](my%20report%20%28v2%29.png)", Markdown.image("chart", "my report (v2).png"));
        assertEquals("![a \\[b\\] \\*c\\*](c.png)", Markdown.image("a [b] *c*", "c.png"));
    }
}
