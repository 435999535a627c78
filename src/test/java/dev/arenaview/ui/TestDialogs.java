package dev.arenaview.ui;

import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.LoadFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The real dialogs, except the platform file choosers, which cannot run headless: those
 * answer what the test set.
 */
final class TestDialogs implements Dialogs {

    private final FxDialogs real = new FxDialogs();
    Optional<Path> csvToOpen = Optional.empty();
    Optional<ExportChoice> exportChoice = Optional.empty();
    final List<ExportDefaults> exportRequests = new ArrayList<>();
    final List<String> writeFailures = new ArrayList<>();

    @Override
    public Optional<Path> chooseCsv(Window owner, Messages messages, Optional<Path> folder) {
        return csvToOpen;
    }

    @Override
    public Optional<ExportChoice> chooseExport(Window owner, Messages messages, ExportDefaults defaults) {
        exportRequests.add(defaults);
        return exportChoice;
    }

    @Override
    public void showLoadFailure(Window owner, Messages messages, LoadFailure failure, Runnable showReadable) {
        real.showLoadFailure(owner, messages, failure, showReadable);
    }

    @Override
    public void showWriteFailure(Window owner, Messages messages, Path target, String reason) {
        writeFailures.add(target + ": " + reason);
        real.showWriteFailure(owner, messages, target, reason);
    }

    Optional<SettingsChoice> settingsChoice = Optional.empty();
    boolean openLargeFiles = true;
    final List<Path> largeFilesAsked = new ArrayList<>();

    @Override
    public boolean confirmLargeFile(Window owner, Messages messages, Path file, long bytes) {
        largeFilesAsked.add(file);
        return openLargeFiles;
    }

    boolean downloadHistory = true;
    final List<dev.arenaview.ui.shared.HistoryQuestion> historyQuestions = new ArrayList<>();

    @Override
    public boolean confirmHistoryDownload(Window owner, Messages messages, dev.arenaview.ui.shared.HistoryQuestion question) {
        historyQuestions.add(question);
        return downloadHistory;
    }

    @Override
    public Optional<SettingsChoice> editSettings(Window owner, Messages messages, SettingsChoice current) {
        return settingsChoice;
    }

    @Override
    public void showAbout(Window owner, Messages messages) {
        real.showAbout(owner, messages);
    }

    Optional<Path> historyFolder = Optional.empty();
    Optional<Path> pngTarget = Optional.empty();
    final List<String> pngNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseHistoryFolder(Window owner, Messages messages, Optional<Path> folder) {
        return historyFolder;
    }

    @Override
    public Optional<Path> choosePng(Window owner, Messages messages, String fileName, Optional<Path> folder) {
        pngNames.add(fileName);
        return pngTarget;
    }
}
