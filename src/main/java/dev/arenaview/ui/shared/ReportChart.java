package dev.arenaview.ui.shared;

import dev.arenaview.io.AtomicFiles;

/**
 * A chart image to write beside a report and link under its table.
 *
 * @param fileName the image's name, in the report's folder
 * @param models   how many models it shows
 * @param png      writes the image
 */
public record ReportChart(String fileName, int models, AtomicFiles.Content png) {
}
