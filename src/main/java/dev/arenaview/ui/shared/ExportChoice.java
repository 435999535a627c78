package dev.arenaview.ui.shared;

import dev.arenaview.report.ReportLanguage;
import java.nio.file.Path;

/**
 * What the user chose in the export dialog: where, in which language, which rows, whether
 * to add the change column, and whether to write the interval chart as a PNG beside the
 * report and link it.
 */
public record ExportChoice(Path target, ReportLanguage language, ExportScope scope, boolean includeChanges,
                           boolean includeChart) {

    public ExportChoice(Path target, ReportLanguage language, ExportScope scope) {
        this(target, language, scope, false, false);
    }

    public ExportChoice(Path target, ReportLanguage language, ExportScope scope, boolean includeChanges) {
        this(target, language, scope, includeChanges, false);
    }
}
