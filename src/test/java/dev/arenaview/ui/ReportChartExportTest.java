package dev.arenaview.ui;

import dev.arenaview.ui.shared.ReportChart;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Notice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.report.ReportLanguage;
import dev.arenaview.source.BundledData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report exported with a chart beside it, at the view model: no window, no robot. */
class ReportChartExportTest {

    @TempDir
    Path dir;

    final List<MainViewModel.WriteFailure> failures = new ArrayList<>();
    MainViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel(Runnable::run, Runnable::run, uri -> { }, Clock.systemUTC(),
                TestData.offline(dir.resolve("cache")));
        vm.setOnWriteFailed(failures::add);
        vm.show(BundledData.load());
    }

    @Test
    void theImageIsWrittenBesideTheReportAndLinkedUnderItsTable() throws IOException {
        byte[] image = "not really a png".getBytes(StandardCharsets.US_ASCII);
        Path target = dir.resolve("report.md");
        vm.exportReport(new ExportChoice(target, ReportLanguage.ZH, ExportScope.ALL_MODELS, false, true),
                new ReportChart("report.png", 30, out -> out.write(image)));

        assertArrayEquals(image, Files.readAllBytes(dir.resolve("report.png")));
        assertTrue(Files.readString(target).contains("|\n\n![表中前 30 个模型的分数与 95% 置信区间](report.png)\n\n## 说明"));
        assertEquals(Notice.info("notice.exportedWithChart", 209, target.toString(), "report.png"),
                vm.noticeProperty().get());
    }

    @Test
    void whenTheImageCannotBeWrittenNeitherIsTheReport() throws IOException {
        Path target = dir.resolve("report.md");
        Files.createDirectory(dir.resolve("report.png"));
        vm.exportReport(new ExportChoice(target, ReportLanguage.EN, ExportScope.CURRENT_VIEW, false, true),
                new ReportChart("report.png", 30, out -> out.write(1)));

        assertFalse(Files.exists(target), "no report linking an image that is not there");
        assertEquals(1, failures.size());
        assertEquals(dir.resolve("report.png"), failures.get(0).target());
        assertEquals("is a folder, not a file", failures.get(0).reason());
    }

    @Test
    void theChartsRowsAreTheReportsRows() {
        vm.filters().selectedVendors().add("Meta");
        assertEquals(List.copyOf(vm.rows()), vm.reportRows(ExportScope.CURRENT_VIEW));
        assertEquals(209, vm.reportRows(ExportScope.ALL_MODELS).size());
        assertEquals("Gemini-2.5-Pro", vm.reportRows(ExportScope.ALL_MODELS).get(0).model());
    }
}
