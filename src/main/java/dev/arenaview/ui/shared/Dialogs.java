package dev.arenaview.ui.shared;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The window's dialogs, behind one interface: native file choosers cannot run headless, so
 * tests replace them; everything else in the window is the real thing.
 */
public interface Dialogs {

    /** What the export dialog starts with. */
    record ExportDefaults(String fileName, Optional<Path> folder, dev.arenaview.report.ReportLanguage language,
                          ExportScope scope, int viewCount, int allCount, Optional<java.time.LocalDate> comparedWith,
                          BoardName board) {
    }

    /**
     * The settings the user can change.
     *
     * @param origin    where the boards come from: LMArena's dataset or the CSV releases
     * @param sourceUrl the CSV releases' repository base (for a mirror)
     * @param hubUrl    the Hugging Face address of LMArena's dataset (for a mirror)
     */
    record SettingsChoice(dev.arenaview.model.Origin origin, java.net.URI sourceUrl, java.net.URI hubUrl,
                          int autoCheckHours, boolean groupValues) {
    }

    /** Asks for a CSV file to open. */
    Optional<Path> chooseCsv(Window owner, Messages messages, Optional<Path> folder);

    /** Asks for the report's language, rows and file. */
    Optional<ExportChoice> chooseExport(Window owner, Messages messages, ExportDefaults defaults);

    /**
     * Says that a file could not be opened, with every problem; when some rows could be
     * read, offers to show them, and runs {@code showReadable} if the user says so.
     */
    void showLoadFailure(Window owner, Messages messages, LoadFailure failure, Runnable showReadable);

    /** Says that a report could not be written. */
    void showWriteFailure(Window owner, Messages messages, Path target, String reason);

    /** Lets the user change the source, the automatic check and the grouping; empty when cancelled. */
    Optional<SettingsChoice> editSettings(Window owner, Messages messages, SettingsChoice current);

    /**
     * Asks before opening a file far larger than any leaderboard (one is about 50 KB);
     * true to go ahead.
     */
    boolean confirmLargeFile(Window owner, Messages messages, Path file, long bytes);

    /**
     * Asks before an arena's history is downloaded the first time, giving its size; true to
     * download it.
     */
    boolean confirmHistoryDownload(Window owner, Messages messages, HistoryQuestion question);

    /** The About box. */
    void showAbout(Window owner, Messages messages);

    /** Asks for a folder of dated leaderboard CSVs, for the history chart. */
    Optional<Path> chooseHistoryFolder(Window owner, Messages messages, Optional<Path> folder);

    /** Asks where to save a chart as a PNG image. */
    Optional<Path> choosePng(Window owner, Messages messages, String fileName, Optional<Path> folder);
}
