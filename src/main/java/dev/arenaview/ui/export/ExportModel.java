package dev.arenaview.ui.export;

import dev.arenaview.model.Changes;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.ui.shared.BoardName;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.ReportChart;
import dev.arenaview.ui.shared.Settings;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The export's choices: what the dialog starts with (the last language, rows and folder, the
 * file named by the data's date, the comparison when there is one), and, once chosen, keeping
 * them for next time and writing the report.
 */
public final class ExportModel {

    /** What the export needs of the window's data. */
    public interface Reports {

        /** {@code arena-leaderboard-YYYY-MM-DD.md}. */
        String defaultExportFileName();

        int reportSize(ExportScope scope);

        ReadOnlyObjectProperty<Changes> changesProperty();

        /** The day the shown data is compared with (null: none). */
        ReadOnlyObjectProperty<LocalDate> comparedWithProperty();

        /** The board shown (null before the first). */
        dev.arenaview.model.Leaderboard getBoard();

        /** Writes the report, and the chart beside it first (null: none), off the window's thread. */
        void exportReport(ExportChoice choice, ReportChart chart);
    }

    private final Reports reports;
    private final Settings settings;
    private final ReportLanguage windowLanguage;

    /** @param windowLanguage the report's language until one was chosen */
    public ExportModel(Reports reports, Settings settings, ReportLanguage windowLanguage) {
        this.reports = reports;
        this.settings = settings;
        this.windowLanguage = windowLanguage;
    }

    /** What the export dialog starts with. */
    public Dialogs.ExportDefaults defaults() {
        Optional<LocalDate> compared = reports.changesProperty().get().isEmpty() ? Optional.empty()
                : Optional.ofNullable(reports.comparedWithProperty().get());
        return new Dialogs.ExportDefaults(reports.defaultExportFileName(), settings.lastFolder(),
                settings.reportLanguage().orElse(windowLanguage), settings.exportScope().orElse(ExportScope.CURRENT_VIEW),
                reports.reportSize(ExportScope.CURRENT_VIEW), reports.reportSize(ExportScope.ALL_MODELS), compared,
                BoardName.of(reports.getBoard()));
    }

    /** Keeps the choices for the next export and writes the report (with the chart, when one is given). */
    public void export(ExportChoice choice, ReportChart chart) {
        settings.setReportLanguage(choice.language());
        settings.setExportScope(choice.scope());
        Optional.ofNullable(choice.target().toAbsolutePath().getParent()).ifPresent(settings::setLastFolder);
        reports.exportReport(choice, chart);
    }
}
