package dev.arenaview.ui;

import dev.arenaview.report.ReportLanguage;
import java.nio.file.Path;

/**
 * What the user chose in the export dialog: where, in which language, which rows, and
 * whether to add the change column.
 */
public record ExportChoice(Path target, ReportLanguage language, ExportScope scope, boolean includeChanges) {

    public ExportChoice(Path target, ReportLanguage language, ExportScope scope) {
        this(target, language, scope, false);
    }
}
