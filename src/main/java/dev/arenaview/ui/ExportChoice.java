package dev.arenaview.ui;

import dev.arenaview.report.ReportLanguage;
import java.nio.file.Path;

/** What the user chose in the export dialog: where, in which language, and which rows. */
public record ExportChoice(Path target, ReportLanguage language, ExportScope scope) {
}
