package dev.arenaview.ui;

import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import dev.arenaview.model.Arena;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Links;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.ui.chart.ChartsPane;
import dev.arenaview.ui.export.ExportModel;
import dev.arenaview.ui.data.DataBar;
import dev.arenaview.ui.data.StaleBanner;
import dev.arenaview.ui.filter.FilterBar;
import dev.arenaview.ui.status.StatusBar;
import dev.arenaview.ui.table.LeaderboardTable;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: menu bar, filter bar, leaderboard table and status bar. It
 * builds controls, binds them to the {@link MainViewModel} and forwards actions to it;
 * it holds no state of its own beyond the layout of its columns.
 */
public final class MainView {

    private final MainViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Settings settings;
    private final Consumer<UiLanguage> switchLanguage;
    private final Runnable quit;
    private final Function<Dialogs.SettingsChoice, dev.arenaview.source.BoardSource> sourceFor;
    private final ChartsPane charts;

    private final BorderPane root = new BorderPane();
    private final LeaderboardTable leaderboard;
    private final TableView<Entry> table;
    private final FilterBar filterBar;
    private final ExportModel exports;
    public MainView(MainViewModel vm, Messages messages, Dialogs dialogs, Settings settings,
                    Consumer<UiLanguage> switchLanguage, Runnable quit,
                    Function<Dialogs.SettingsChoice, dev.arenaview.source.BoardSource> sourceFor) {
        this.sourceFor = sourceFor;
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.switchLanguage = switchLanguage;
        this.quit = quit;

        root.getStyleClass().add("arena-view");
        // The table first: the menus list its columns.
        leaderboard = new LeaderboardTable(vm, messages, settings, this::rowActions);
        table = leaderboard.view();
        charts = new ChartsPane(vm, messages, dialogs, settings, table);
        root.setCenter(charts.beside(table));
        filterBar = new FilterBar(vm.filters(), messages, leaderboard::focus);
        exports = new ExportModel(vm, settings, messages.language().reportLanguage());
        root.setTop(new VBox(menuBar(), new DataBar(vm, messages).node(), new StaleBanner(vm, messages).node(),
                filterBar.node()));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // A second key for Refresh, as in browsers; a menu item takes only one.
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+R"), vm::refresh);
            }
        });
        root.setBottom(new StatusBar(vm, messages).node());
        acceptDroppedFiles();
        vm.setOnLoadFailed(failure -> dialogs.showLoadFailure(window(), messages, failure,
                () -> vm.showReadableRows(failure)));
        vm.setOnWriteFailed(failure -> dialogs.showWriteFailure(window(), messages, failure.target(), failure.reason()));
        vm.setOnHistoryQuestion(question -> dialogs.confirmHistoryDownload(window(), messages, question));
    }

    public Parent root() {
        return root;
    }

    public TableView<Entry> table() {
        return table;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- menu ---------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseAndOpen);
        open.setId("openMenuItem");
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("recentMenu");
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem export = item("menu.file.export", "Shortcut+E", this::export);
        export.setId("exportMenuItem");
        ReportLanguage uiReport = messages.language().reportLanguage();
        ReportLanguage otherReport = uiReport == ReportLanguage.ZH ? ReportLanguage.EN : ReportLanguage.ZH;
        MenuItem copyReport = item("menu.file.copyReport." + uiReport.id(), "Shortcut+Shift+C",
                () -> copyReport(uiReport));
        MenuItem copyOther = item("menu.file.copyReport." + otherReport.id(), null, () -> copyReport(otherReport));
        MenuItem exit = item("menu.file.quit", "Shortcut+Q", quit);
        MenuItem settingsItem = item("menu.file.settings", "Shortcut+Comma", this::editSettings);
        Menu file = new Menu(messages.get("menu.file"), null, open, recent, new SeparatorMenuItem(), export,
                copyReport, copyOther, new SeparatorMenuItem(), settingsItem, new SeparatorMenuItem(), exit);

        MenuItem find = item("menu.edit.find", "Shortcut+F", filterBar::focusSearch);
        MenuItem clear = item("menu.edit.clearFilters", "Shortcut+Shift+X", vm.filters()::clear);
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.filters().filterProperty().get().isActive(),
                vm.filters().filterProperty()));
        Menu edit = new Menu(messages.get("menu.edit"), null, find, clear, new SeparatorMenuItem());
        edit.getItems().addAll(rowActions());

        CheckMenuItem openOnly = new CheckMenuItem(messages.get("menu.view.openOnly"));
        openOnly.selectedProperty().bindBidirectional(vm.filters().openLicensesOnlyProperty());
        openOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        CheckMenuItem group = new CheckMenuItem(messages.get("menu.view.group"));
        group.setId("groupMenuItem");
        group.selectedProperty().bindBidirectional(vm.groupedProperty());
        Menu columnsMenu = new Menu(messages.get("menu.view.columns"));
        List<MenuItem> showColumns = leaderboard.columnItems();
        showColumns.forEach(item -> item.setId("show-" + ((Column) item.getUserData()).id()));
        columnsMenu.getItems().addAll(showColumns);
        columnsMenu.getItems().addAll(new SeparatorMenuItem(), item("menu.view.resetColumns", null, leaderboard::resetColumns));
        Menu language = new Menu(messages.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (UiLanguage l : UiLanguage.values()) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + l.id()));
            choice.setId("language-" + l.id());
            choice.setToggleGroup(languages);
            choice.setSelected(l == messages.language());
            choice.setOnAction(e -> {
                if (l != messages.language()) {
                    // After the menu has closed: switching replaces the menu bar it belongs to.
                    javafx.application.Platform.runLater(() -> switchLanguage.accept(l));
                }
            });
            language.getItems().add(choice);
        }
        MenuItem refreshItem = item("menu.view.refresh", "F5", vm::refresh);
        refreshItem.disableProperty().bind(vm.refreshingProperty());
        Menu arenaMenu = new Menu(messages.get("menu.view.arena"));
        ToggleGroup arenas = new ToggleGroup();
        for (Arena a : Arena.csvArenas()) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("arena." + a.id()));
            choice.setToggleGroup(arenas);
            choice.setSelected(a == vm.arenaProperty().get());
            vm.arenaProperty().addListener((obs, old, now) -> choice.setSelected(now == a));
            choice.setOnAction(e -> vm.selectArena(a));
            arenaMenu.getItems().add(choice);
        }
        Menu view = new Menu(messages.get("menu.view"), null, refreshItem, arenaMenu, new SeparatorMenuItem(), openOnly,
                group, columnsMenu, charts.menuItem(), language);

        Menu help = new Menu(messages.get("menu.help"), null,
                item("menu.help.about", null, () -> dialogs.showAbout(window(), messages)));

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The selected row's actions, for the Edit menu and the table's context menu. Both show the
     * same shortcuts, which do the same thing whichever registered them.
     */
    private List<MenuItem> rowActions() {
        List<MenuItem> items = List.of(
                item("menu.edit.openLink", "Shortcut+Enter", () -> withSelected(vm::openLink)),
                item("menu.edit.copyLink", "Shortcut+Shift+L", () -> withSelected(this::copyLink)),
                item("menu.edit.copyName", "Shortcut+Shift+N", () -> withSelected(e -> copy(e.model(), "notice.copiedName"))),
                item("menu.edit.copyRow", "Shortcut+Shift+M",
                        () -> withSelected(e -> copy(vm.rowMarkdown(e, messages.language().reportLanguage()),
                                "notice.copiedRow"))));
        for (MenuItem item : items) {
            item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        return items;
    }

    private void withSelected(Consumer<Entry> action) {
        Entry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path file : vm.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(file));
            recent.getItems().add(item);
        }
        if (vm.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(),
                    item("menu.file.recent.clear", null, () -> vm.recentFiles().clear()));
        }
    }

    // ---- data: arena, refresh, comparison ------------------------------------------------

    private void editSettings() {
        Dialogs.SettingsChoice current = new Dialogs.SettingsChoice(vm.originProperty().get(), settings.sourceUrl(),
                settings.hubUrl(), settings.autoCheckHours(), vm.groupedProperty().get());
        dialogs.editSettings(window(), messages, current).ifPresent(choice -> vm.applySettings(choice, settings,
                sourceFor));
    }

    // ---- table --------------------------------------------------------------------------

    // ---- status bar ---------------------------------------------------------------------


    // ---- actions ------------------------------------------------------------------------

    private void chooseAndOpen() {
        dialogs.chooseCsv(window(), messages, settings.lastFolder()).ifPresent(file -> {
            Optional.ofNullable(file.toAbsolutePath().getParent()).ifPresent(settings::setLastFolder);
            open(file);
        });
    }

    /** A leaderboard is about 50 KB; beyond this, ask first. */
    static final long LARGE_FILE_BYTES = 50L << 20;

    /** Opens a file, asking first when it is far larger than any leaderboard. */
    public void open(Path file) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            size = -1;
        }
        if (size > LARGE_FILE_BYTES && !dialogs.confirmLargeFile(window(), messages, file, size)) {
            return;
        }
        vm.openFile(file);
    }

    private void export() {
        if (vm.getBoard() == null) {
            return;
        }
        dialogs.chooseExport(window(), messages, exports.defaults())
                .ifPresent(choice -> exports.export(choice, charts.reportChart(choice)));
    }

    private void copyReport(ReportLanguage language) {
        if (vm.getBoard() == null) {
            return;
        }
        copy(vm.report(language, ExportScope.CURRENT_VIEW), "notice.copiedReport",
                vm.reportSize(ExportScope.CURRENT_VIEW));
    }

    private void copyLink(Entry entry) {
        copy(Links.webUri(entry.url()).map(Object::toString).orElse(entry.url()), "notice.copiedLink");
    }

    private void copy(String text, String noticeKey, Object... args) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        vm.copied(noticeKey, args);
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                // After the drop has finished: the size question must not block the drag.
                Path dropped = files.get(0).toPath();
                javafx.application.Platform.runLater(() -> open(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    // ---- remembered layout --------------------------------------------------------------

    /** Writes the table's layout and the charts' to the settings. */
    public void saveState() {
        leaderboard.saveLayout();
        charts.saveState();
    }
}
