package dev.arenaview.ui;

import dev.arenaview.model.Column;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Links;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.ReportLanguage;
import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

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
    private final NumberFormat numbers;

    private final BorderPane root = new BorderPane();
    private final TableView<Entry> table = new TableView<>();
    private final Map<Column, TableColumn<Entry, Entry>> columns = new EnumMap<>(Column.class);
    private final Map<Column, BooleanProperty> wanted = new EnumMap<>(Column.class);
    private final BooleanProperty hasStyleRank = new SimpleBooleanProperty(true);
    private TextField searchField;
    private boolean syncingChecks;

    public MainView(MainViewModel vm, Messages messages, Dialogs dialogs, Settings settings,
                    Consumer<UiLanguage> switchLanguage, Runnable quit) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.switchLanguage = switchLanguage;
        this.quit = quit;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());

        root.getStyleClass().add("arena-view");
        // The table first: the menus list its columns.
        root.setCenter(buildTable());
        root.setTop(new VBox(menuBar(), filterBar()));
        root.setBottom(statusBar());
        acceptDroppedFiles();
        vm.setOnLoadFailed(failure -> dialogs.showLoadFailure(window(), messages, failure,
                () -> vm.showReadableRows(failure)));
        vm.setOnWriteFailed(failure -> dialogs.showWriteFailure(window(), messages, failure.target(), failure.reason()));
        restoreState();
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
        Menu file = new Menu(messages.get("menu.file"), null, open, recent, new SeparatorMenuItem(), export,
                copyReport, copyOther, new SeparatorMenuItem(), exit);

        MenuItem find = item("menu.edit.find", "Shortcut+F", this::focusSearch);
        MenuItem clear = item("menu.edit.clearFilters", "Shortcut+Shift+X", vm::clearFilters);
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.filterProperty().get().isActive(),
                vm.filterProperty()));
        Menu edit = new Menu(messages.get("menu.edit"), null, find, clear, new SeparatorMenuItem());
        edit.getItems().addAll(rowActions(true));

        CheckMenuItem openOnly = new CheckMenuItem(messages.get("menu.view.openOnly"));
        openOnly.selectedProperty().bindBidirectional(vm.openLicensesOnlyProperty());
        openOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        Menu columnsMenu = new Menu(messages.get("menu.view.columns"));
        List<MenuItem> showColumns = columnItems();
        showColumns.forEach(item -> item.setId("show-" + ((Column) item.getUserData()).id()));
        columnsMenu.getItems().addAll(showColumns);
        columnsMenu.getItems().addAll(new SeparatorMenuItem(), item("menu.view.resetColumns", null, this::resetColumns));
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
        Menu view = new Menu(messages.get("menu.view"), null, openOnly, columnsMenu, language);

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

    /** Open link, copy link, copy name, copy row: for the Edit menu and the table's context menu. */
    private List<MenuItem> rowActions(boolean withAccelerators) {
        List<MenuItem> items = List.of(
                item("menu.edit.openLink", withAccelerators ? "Shortcut+Enter" : null, () -> withSelected(vm::openLink)),
                item("menu.edit.copyLink", withAccelerators ? "Shortcut+Shift+L" : null, () -> withSelected(this::copyLink)),
                item("menu.edit.copyName", withAccelerators ? "Shortcut+Shift+N" : null,
                        () -> withSelected(e -> copy(e.model(), "notice.copiedName"))),
                item("menu.edit.copyRow", withAccelerators ? "Shortcut+Shift+M" : null,
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
            item.setOnAction(e -> vm.openFile(file));
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

    // ---- filters ------------------------------------------------------------------------

    private Node filterBar() {
        searchField = TextFields.createClearableTextField();
        searchField.setId("searchField");
        searchField.setPromptText(messages.get("filter.search.prompt"));
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        searchField.setPrefColumnCount(22);
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        CheckComboBox<FacetValue> vendors = facetFilter("vendorFilter", "filter.vendor", vm.vendorChoices(),
                vm.selectedVendors());
        CheckComboBox<FacetValue> licenses = facetFilter("licenseFilter", "filter.license", vm.licenseChoices(),
                vm.selectedLicenses());

        ToggleButton openOnly = new ToggleButton(messages.get("filter.openOnly"));
        openOnly.setId("openOnlyToggle");
        openOnly.setTooltip(new Tooltip(messages.get("filter.openOnly.tooltip")));
        openOnly.selectedProperty().bindBidirectional(vm.openLicensesOnlyProperty());

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.filterProperty().get().isActive(),
                vm.filterProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, searchField, vendors, licenses, openOnly, spacer, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    /**
     * A multi-select list of a column's values with their counts. The control gets its own
     * copy of the values: replacing the values resets its checks, which must not read as
     * the user unchecking everything.
     */
    private CheckComboBox<FacetValue> facetFilter(String id, String titleKey, ObservableList<FacetValue> choices,
                                                  ObservableSet<String> selected) {
        ObservableList<FacetValue> items = FXCollections.observableArrayList(choices);
        CheckComboBox<FacetValue> box = new CheckComboBox<>(items);
        box.setId(id);
        box.setTitle(messages.get(titleKey));
        box.setShowCheckedCount(true);
        box.getStyleClass().add("facet-filter");
        // The control opens only on a click; open it from the keyboard too, like a combo box.
        // In the open list, arrows move and Space checks.
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F4
                    || e.getCode() == KeyCode.DOWN) {
                box.show();
                e.consume();
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(FacetValue f) {
                if (f == null) {
                    return "";
                }
                String value = f.value().isEmpty() ? messages.get("filter.value.empty") : f.value();
                return value + "  (" + numbers.format(f.count()) + ")";
            }

            @Override
            public FacetValue fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Runnable fromModel = () -> {
            syncingChecks = true;
            try {
                for (int i = 0; i < items.size(); i++) {
                    if (selected.contains(items.get(i).value())) {
                        box.getCheckModel().check(i);
                    } else {
                        box.getCheckModel().clearCheck(i);
                    }
                }
            } finally {
                syncingChecks = false;
            }
        };
        choices.addListener((ListChangeListener<FacetValue>) c -> {
            syncingChecks = true;
            try {
                items.setAll(choices);
            } finally {
                syncingChecks = false;
            }
            fromModel.run();
        });
        selected.addListener((SetChangeListener<String>) c -> {
            if (!syncingChecks) {
                fromModel.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<FacetValue>) c -> {
            if (syncingChecks) {
                return;
            }
            Set<String> checked = new LinkedHashSet<>();
            box.getCheckModel().getCheckedItems().forEach(f -> checked.add(f.value()));
            syncingChecks = true;
            try {
                selected.retainAll(checked);
                selected.addAll(checked);
            } finally {
                syncingChecks = false;
            }
        });
        fromModel.run();
        return box;
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    // ---- table --------------------------------------------------------------------------

    private Node buildTable() {
        table.setId("leaderboardTable");
        table.getStyleClass().add("leaderboard-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("table.empty")));

        addColumn(Column.RANK, "column.rank.ub", 100, numeric(e -> Integer.toString(e.rank())));
        addColumn(Column.RANK_STYLECTRL, "column.rank.style", 132,
                numeric(e -> e.hasRankStyleCtrl() ? Integer.toString(e.rankStyleCtrl()) : ""));
        addColumn(Column.MODEL, "column.model", 330, c -> new ModelCell());
        addColumn(Column.SCORE, "column.score", 70, numeric(e -> Integer.toString(e.score())));
        addColumn(Column.CI, "column.ci", 78, numeric(e -> e.ci().toString()));
        addColumn(Column.VOTES, "column.votes", 86, numeric(e -> numbers.format(e.votes())));
        addColumn(Column.ORGANIZATION, "column.organization", 150, text(Entry::organization));
        addColumn(Column.LICENSE, "column.license", 160, text(Entry::license));
        addColumn(Column.CUTOFF, "column.cutoff", 150, c -> new CutoffCell());
        for (TableColumn<Entry, Entry> tc : columns.values()) {
            tc.setContextMenu(new ContextMenu(columnItems().toArray(MenuItem[]::new)));
        }

        vm.boardProperty().addListener((obs, old, board) -> adaptToSchema(board));
        // New filters show a new list: start it from its top rather than somewhere inside.
        vm.filterProperty().addListener((obs, old, f) -> table.scrollTo(0));
        adaptToSchema(vm.getBoard());

        // Sort by the columns' typed keys through the view model rather than by comparing
        // cell values, so ranks and votes sort as numbers and missing values stay last.
        table.setSortPolicy(t -> {
            List<SortOrder.Key> keys = new ArrayList<>();
            for (TableColumn<Entry, ?> column : t.getSortOrder()) {
                keys.add(new SortOrder.Key((Column) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            vm.sortOrderProperty().set(new SortOrder(keys));
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<Entry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openLink(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                withSelected(vm::openLink);
                e.consume();
            }
        });
        table.setContextMenu(new ContextMenu(rowActions(false).toArray(MenuItem[]::new)));
        return table;
    }

    private void addColumn(Column column, String titleKey, double width,
                           javafx.util.Callback<TableColumn<Entry, Entry>, TableCell<Entry, Entry>> cells) {
        TableColumn<Entry, Entry> tc = new TableColumn<>(messages.get(titleKey));
        tc.setId(column.id() + "Column");
        tc.setUserData(column);
        tc.setPrefWidth(width);
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        tc.setCellFactory(cells);
        tc.setSortType(column.naturallyAscending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        tc.setReorderable(true);
        BooleanProperty want = new SimpleBooleanProperty(true);
        wanted.put(column, want);
        if (column == Column.RANK_STYLECTRL) {
            tc.visibleProperty().bind(want.and(hasStyleRank));
        } else {
            tc.visibleProperty().bind(want);
        }
        columns.put(column, tc);
        table.getColumns().add(tc);
    }

    /** One check item per column, to hide and show it; the model column always stays. */
    private List<MenuItem> columnItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Column column : Column.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setUserData(column);
            TableColumn<Entry, Entry> tc = columns.get(column);
            if (tc != null) {
                item.textProperty().bind(tc.textProperty());
            }
            item.selectedProperty().bindBidirectional(wanted.computeIfAbsent(column, c -> new SimpleBooleanProperty(true)));
            if (column == Column.MODEL) {
                item.setDisable(true);
            } else if (column == Column.RANK_STYLECTRL) {
                item.disableProperty().bind(hasStyleRank.not());
            }
            items.add(item);
        }
        return items;
    }

    private void adaptToSchema(Leaderboard board) {
        Schema schema = board == null ? Schema.B : board.schema();
        hasStyleRank.set(schema.hasStyleControlRank());
        columns.get(Column.RANK).setText(messages.get(schema.rankIsUpperBound() ? "column.rank.ub" : "column.rank.position"));
    }

    private javafx.util.Callback<TableColumn<Entry, Entry>, TableCell<Entry, Entry>> numeric(Function<Entry, String> text) {
        return c -> new TextCell(text, "numeric-cell");
    }

    private javafx.util.Callback<TableColumn<Entry, Entry>, TableCell<Entry, Entry>> text(Function<Entry, String> text) {
        return c -> new TextCell(text, "text-cell");
    }

    /** A cell that shows one text of its row. */
    private static final class TextCell extends TableCell<Entry, Entry> {
        private final Function<Entry, String> text;

        TextCell(Function<Entry, String> text, String styleClass) {
            this.text = text;
            getStyleClass().add(styleClass);
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    /** The knowledge cutoff: a muted "n/a" when it is not stated. */
    private final class CutoffCell extends TableCell<Entry, Entry> {
        CutoffCell() {
            getStyleClass().add("text-cell");
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("unknown-value");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.cutoff().display(messages.get("cutoff.unknown")));
            if (item.cutoff().isUnstated()) {
                getStyleClass().add("unknown-value");
            }
        }
    }

    /** The model's name as a link to its page. */
    private final class ModelCell extends TableCell<Entry, Entry> {
        private final Hyperlink link = new Hyperlink();
        private final Tooltip tooltip = new Tooltip();

        ModelCell() {
            getStyleClass().add("model-cell");
            link.getStyleClass().add("model-link");
            link.setFocusTraversable(false);
            link.setMnemonicParsing(false);
            link.setTooltip(tooltip);
            link.setMaxWidth(Double.MAX_VALUE);
            // The second click of a double-click on the link must not open the page again.
            link.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getClickCount() > 1) {
                    e.consume();
                }
            });
            link.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() > 1) {
                    e.consume();
                }
            });
            link.setOnAction(e -> {
                Entry entry = getItem();
                if (entry != null) {
                    getTableView().getSelectionModel().select(getIndex());
                    vm.openLink(entry);
                }
                link.setVisited(false);
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            link.setText(item.model());
            boolean web = Links.webUri(item.url()).isPresent();
            link.getStyleClass().remove("no-link");
            if (!web) {
                link.getStyleClass().add("no-link");
            }
            tooltip.setText(item.url().isBlank() ? messages.get("notice.noLink", item.model()) : item.url());
            setGraphic(link);
        }
    }

    // ---- status bar ---------------------------------------------------------------------

    private Node statusBar() {
        Label shown = new Label();
        shown.setId("shownLabel");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.shown", numbers.format(vm.shownCountProperty().get()),
                        numbers.format(vm.totalCountProperty().get())),
                vm.shownCountProperty(), vm.totalCountProperty()));
        shown.setMinWidth(Region.USE_PREF_SIZE);

        Label data = new Label();
        data.setId("dataLabel");
        data.textProperty().bind(Bindings.createStringBinding(() -> describeData(vm.getBoard()), vm.boardProperty()));

        Label warning = new Label();
        warning.setId("warningLabel");
        warning.getStyleClass().add("status-warning");
        warning.textProperty().bind(Bindings.createStringBinding(() -> vm.unreadableRowsProperty().get() > 0
                        ? "\u26a0 " + messages.get("status.incomplete", numbers.format(vm.unreadableRowsProperty().get()))
                        : "", vm.unreadableRowsProperty()));

        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.getStyleClass().add("status-notice");
        vm.noticeProperty().addListener((obs, old, n) -> {
            notice.getStyleClass().remove("status-warning");
            if (n == null) {
                notice.setText("");
                return;
            }
            notice.setText(messages.get(n.key(), n.args().toArray()));
            if (n.kind() == Notice.Kind.WARNING) {
                notice.getStyleClass().add("status-warning");
            }
        });
        notice.setMinWidth(0);

        ProgressBar progress = new ProgressBar();
        progress.setId("busyIndicator");
        progress.setPrefWidth(90);
        progress.visibleProperty().bind(vm.busyProperty());
        Label loading = new Label();
        loading.textProperty().bind(Bindings.createStringBinding(() -> vm.loadingFileProperty().get() == null ? ""
                : messages.get("status.loading", vm.loadingFileProperty().get().getFileName()), vm.loadingFileProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, shown, separator(), data, warning, spacer, notice, loading, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Node separator() {
        Region line = new Region();
        line.getStyleClass().add("status-separator");
        return line;
    }

    private String describeData(Leaderboard board) {
        if (board == null) {
            return messages.get("table.noData");
        }
        DataSource source = board.source();
        String where = source.kind() == DataSource.Kind.BUNDLED ? messages.get("source.bundled") : source.location();
        return board.date().map(d -> messages.get("status.data", d.toString(), where))
                .orElseGet(() -> messages.get("status.data.undated", where));
    }

    // ---- actions ------------------------------------------------------------------------

    private void chooseAndOpen() {
        dialogs.chooseCsv(window(), messages, settings.lastFolder()).ifPresent(file -> {
            Optional.ofNullable(file.toAbsolutePath().getParent()).ifPresent(settings::setLastFolder);
            vm.openFile(file);
        });
    }

    private void export() {
        if (vm.getBoard() == null) {
            return;
        }
        Dialogs.ExportDefaults defaults = new Dialogs.ExportDefaults(vm.defaultExportFileName(), settings.lastFolder(),
                settings.reportLanguage().orElse(messages.language().reportLanguage()),
                settings.exportScope().orElse(ExportScope.CURRENT_VIEW),
                vm.reportSize(ExportScope.CURRENT_VIEW), vm.reportSize(ExportScope.ALL_MODELS));
        dialogs.chooseExport(window(), messages, defaults).ifPresent(choice -> {
            settings.setReportLanguage(choice.language());
            settings.setExportScope(choice.scope());
            Optional.ofNullable(choice.target().toAbsolutePath().getParent()).ifPresent(settings::setLastFolder);
            vm.exportReport(choice);
        });
    }

    private void copyReport(ReportLanguage language) {
        if (vm.getBoard() == null) {
            return;
        }
        copy(vm.report(language, ExportScope.CURRENT_VIEW), "notice.copiedReport",
                numbers.format(vm.reportSize(ExportScope.CURRENT_VIEW)));
    }

    private void copyLink(Entry entry) {
        copy(Links.webUri(entry.url()).map(Object::toString).orElse(entry.url()), "notice.copiedLink");
    }

    private void copy(String text, String noticeKey, String... args) {
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
                vm.openFile(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    // ---- remembered layout --------------------------------------------------------------

    /** Writes the column order, widths, visibility and the sort order to the settings. */
    public void saveState() {
        List<String> order = new ArrayList<>();
        Set<String> hidden = new LinkedHashSet<>();
        Map<String, Double> widths = new LinkedHashMap<>();
        for (TableColumn<Entry, ?> tc : table.getColumns()) {
            Column column = (Column) tc.getUserData();
            order.add(column.id());
            widths.put(column.id(), tc.getWidth());
            if (!wanted.get(column).get()) {
                hidden.add(column.id());
            }
        }
        settings.setColumns(new Settings.ColumnLayout(order, hidden, widths));
        settings.setSortOrder(vm.sortOrderProperty().get());
    }

    private void restoreState() {
        settings.columns().ifPresent(layout -> {
            List<TableColumn<Entry, Entry>> ordered = new ArrayList<>();
            for (String id : layout.order()) {
                Column.fromId(id).map(columns::get).filter(c -> !ordered.contains(c)).ifPresent(ordered::add);
            }
            for (Column column : Column.values()) {
                if (!ordered.contains(columns.get(column))) {
                    ordered.add(columns.get(column));
                }
            }
            table.getColumns().setAll(ordered);
            layout.widths().forEach((id, width) -> Column.fromId(id).map(columns::get)
                    .ifPresent(tc -> tc.setPrefWidth(Math.max(30, width))));
            for (Column column : Column.values()) {
                wanted.get(column).set(column == Column.MODEL || !layout.hidden().contains(column.id()));
            }
        });
        // Not the view model's order: installing the sort policy above already reset it.
        applySortOrder(settings.sortOrder().orElse(SortOrder.DEFAULT));
    }

    private void applySortOrder(SortOrder order) {
        List<TableColumn<Entry, ?>> sortColumns = new ArrayList<>();
        for (SortOrder.Key key : order.keys()) {
            TableColumn<Entry, Entry> tc = columns.get(key.column());
            tc.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            if (!sortColumns.contains(tc)) {
                sortColumns.add(tc);
            }
        }
        table.getSortOrder().setAll(sortColumns);
        vm.sortOrderProperty().set(order);
    }

    private void resetColumns() {
        settings.clearColumns();
        List<TableColumn<Entry, Entry>> ordered = new ArrayList<>();
        for (Column column : Column.values()) {
            ordered.add(columns.get(column));
            wanted.get(column).set(true);
        }
        table.getColumns().setAll(ordered);
        applySortOrder(SortOrder.DEFAULT);
    }
}
