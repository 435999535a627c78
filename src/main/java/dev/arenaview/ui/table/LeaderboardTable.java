package dev.arenaview.ui.table;

import dev.arenaview.model.Changes;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Links;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import dev.arenaview.model.Taxonomy;
import dev.arenaview.ui.shared.LazyTooltip;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Settings;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The leaderboard table: its columns and cells, header clicks that sort through the view
 * model, the row and column menus, the change column of a comparison, and its remembered layout.
 */
public final class LeaderboardTable {

    private final TableModel vm;
    private final Messages messages;
    private final NumberFormat numbers;
    private final Supplier<List<MenuItem>> rowActions;
    private final Settings settings;
    private final TableView<Entry> table = new TableView<>() {
        @Override
        protected Skin<?> createDefaultSkin() {
            return new RowReusingTableSkin<>(this);
        }
    };
    private final Map<Column, TableColumn<Entry, Entry>> columns = new EnumMap<>(Column.class);
    private final Map<Column, BooleanProperty> wanted = new EnumMap<>(Column.class);
    private final BooleanProperty hasStyleRank = new SimpleBooleanProperty(true);


    /**
     * @param rowActions the selected row's actions, for the context menu (made at its first request)
     * @param settings   the layout to start with, and where it is kept
     */
    public LeaderboardTable(TableModel vm, Messages messages, Settings settings, Supplier<List<MenuItem>> rowActions) {
        this.vm = vm;
        this.messages = messages;
        this.rowActions = rowActions;
        this.settings = settings;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());
        this.unknownCutoff = messages.get("cutoff.unknown");
        for (LicenseClass c : LicenseClass.values()) {
            licenseTooltips.put(c, messages.get("table.license.tooltip", messages.get("licenseClass." + c.id())));
        }
        build();
        restoreLayout();
    }

    public TableView<Entry> view() {
        return table;
    }

    /** The focus to the table, on its first row when none is selected (from the search field). */
    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void build() {
        table.setId("leaderboardTable");
        table.getStyleClass().add("leaderboard-table");
        table.setItems(vm.rows());
        // Several rows at once (Ctrl+click) for the history chart.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("table.empty")));

        addColumn(Column.RANK, "column.rank.ub", 100, numeric(e -> Integer.toString(e.rank())));
        addColumn(Column.RANK_STYLECTRL, "column.rank.style", 132,
                numeric(e -> e.hasRankStyleCtrl() ? Integer.toString(e.rankStyleCtrl()) : ""));
        addChangeColumn();
        addColumn(Column.MODEL, "column.model", 330, c -> new ModelCell());
        addColumn(Column.SCORE, "column.score", 70, numeric(e -> Integer.toString(e.score())));
        addColumn(Column.CI, "column.ci", 78, numeric(e -> e.ci().toString()));
        addColumn(Column.VOTES, "column.votes", 86, numeric(e -> numbers.format(e.votes())));
        addColumn(Column.ORGANIZATION, "column.organization", 150,
                c -> new PublishedValueCell(Entry::organization, this::vendorTooltip));
        addColumn(Column.LICENSE, "column.license", 160,
                c -> new PublishedValueCell(Entry::license, license -> licenseTooltips.get(TAXONOMY.licenseClass(license))));
        addColumn(Column.CUTOFF, "column.cutoff", 150, c -> new CutoffCell());
        // The context menus are popup windows with scenes of their own: made at the first request
        // (right-click or menu key) rather than for the first frame; one menu serves all headers.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> makeContextMenus());

        vm.boardProperty().addListener((obs, old, board) -> adaptToSchema(board));
        // New filters show a new list: start it from its top rather than somewhere inside.
        vm.filterProperty().addListener((obs, old, f) -> table.scrollTo(0));
        // A new order keeps the selected model selected (the table finds it again); keep it in
        // sight too, once the rows arrive in their new order (at once, or from the background).
        vm.rows().addListener((javafx.collections.ListChangeListener<Entry>) c -> {
            int selected = table.getSelectionModel().getSelectedIndex();
            if (reordering && selected >= 0) {
                table.scrollTo(Math.max(0, selected - 3));
            }
            reordering = false;
        });
        adaptToSchema(vm.boardProperty().get());

        // Sort by the columns' typed keys through the view model rather than by comparing
        // cell values, so ranks and votes sort as numbers and missing values stay last.
        headerClicks.install(table);
        table.setSortPolicy(t -> {
            if (headerClicks.preparing()) {
                return true;
            }
            List<SortOrder.Key> keys = new ArrayList<>();
            for (TableColumn<Entry, ?> column : t.getSortOrder()) {
                if (!(column.getUserData() instanceof Column)) {
                    continue;
                }
                keys.add(new SortOrder.Key((Column) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            sortBy(new SortOrder(keys));
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
                Entry selected = table.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    vm.openLink(selected);
                }
                e.consume();
            }
        });
    }

    private void makeContextMenus() {
        if (table.getContextMenu() != null) {
            return;
        }
        table.setContextMenu(new ContextMenu(rowActions.get().toArray(MenuItem[]::new)));
        ContextMenu columnMenu = new ContextMenu(columnItems().toArray(MenuItem[]::new));
        for (TableColumn<Entry, Entry> tc : columns.values()) {
            tc.setContextMenu(columnMenu);
        }
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

    /**
     * The rank change since the compared snapshot: not a column of the data, so it sits
     * outside the sortable columns and shows only while there is a comparison.
     */
    private void addChangeColumn() {
        TableColumn<Entry, Entry> tc = new TableColumn<>(messages.get("column.change"));
        tc.setId("changeColumn");
        tc.setPrefWidth(80);
        tc.setSortable(false);
        tc.setReorderable(false);
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        tc.setCellFactory(c -> new ChangeCell());
        tc.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.changesProperty().get().isEmpty(),
                vm.changesProperty()));
        table.getColumns().add(tc);
    }

    /** ▲3 in green, ▼2 in red, "new" highlighted, – for no move. */
    private final class ChangeCell extends TableCell<Entry, Entry> {
        ChangeCell() {
            getStyleClass().addAll("numeric-cell", "change-cell");
            LazyTooltip.install(this, () -> {
                Entry item = getItem();
                return isEmpty() || item == null ? null : vm.changesProperty().get().earlierEntry(item)
                        .map(e -> "#" + e.rank() + " \u2192 #" + item.rank() + ", " + e.score() + " \u2192 " + item.score())
                        .orElse(null);
            });
            vm.changesProperty().addListener((obs, old, c) -> refreshText());
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            refreshText();
        }

        private void refreshText() {
            Entry item = getItem();
            LazyTooltip.refresh(this);
            Changes c = vm.changesProperty().get();
            boolean shown = !isEmpty() && item != null;
            setText(shown ? c.label(item, messages.get("change.new")) : null);
            // Each state set once, to its value: a cell reused for another row changes only what differs.
            Changes.Kind kind = shown ? c.of(item).map(Changes.Change::kind).orElse(null) : null;
            pseudoClassStateChanged(CHANGE_UP, kind == Changes.Kind.UP);
            pseudoClassStateChanged(CHANGE_DOWN, kind == Changes.Kind.DOWN);
            pseudoClassStateChanged(CHANGE_NEW, kind == Changes.Kind.NEW);
        }
    }

    /** One check item per column, to hide and show it; the model column always stays. */
    public List<MenuItem> columnItems() {
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

    // States a cell switches as it is reused for other rows are pseudo-classes, not style
    // classes: changing a style class makes JavaFX match the cell's whole stylesheet again,
    // which a profile of scrolling and of a large file's first rows showed on the window thread.
    private static final PseudoClass UNKNOWN_VALUE = PseudoClass.getPseudoClass("unknown");
    private static final PseudoClass NO_LINK = PseudoClass.getPseudoClass("no-link");
    private static final PseudoClass CHANGE_UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass CHANGE_DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass CHANGE_NEW = PseudoClass.getPseudoClass("new");

    /** Formatted once rather than for every cell shown while scrolling. */
    private final String unknownCutoff;

    private static final Taxonomy TAXONOMY = Taxonomy.standard();
    private final Map<LicenseClass, String> licenseTooltips = new EnumMap<>(LicenseClass.class);
    // A few dozen vendors: each tooltip text is formatted once, on first sight.
    private final Map<String, String> vendorTooltips = new java.util.HashMap<>();

    private String vendorTooltip(String organization) {
        return vendorTooltips.computeIfAbsent(organization,
                o -> messages.get("table.vendor.tooltip", TAXONOMY.vendor(o)));
    }

    /**
     * A vendor or licence exactly as published, with its canonical name or licence class as
     * a tooltip: the table never rewrites the data, grouped or not.
     */
    private static final class PublishedValueCell extends TableCell<Entry, Entry> {
        private final Function<Entry, String> value;

        PublishedValueCell(Function<Entry, String> value, Function<String, String> tooltipText) {
            this.value = value;
            getStyleClass().add("text-cell");
            LazyTooltip.install(this, () -> isEmpty() || getItem() == null ? null
                    : tooltipText.apply(value.apply(getItem())));
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : value.apply(item));
            LazyTooltip.refresh(this);
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
            if (empty || item == null) {
                pseudoClassStateChanged(UNKNOWN_VALUE, false);
                setText(null);
                return;
            }
            setText(item.cutoff().display(unknownCutoff));
            pseudoClassStateChanged(UNKNOWN_VALUE, item.cutoff().isUnstated());
        }
    }

    /** The model's name as a link to its page. */
    private final class ModelCell extends TableCell<Entry, Entry> {
        private final Hyperlink link = new Hyperlink();

        ModelCell() {
            getStyleClass().add("model-cell");
            link.getStyleClass().add("model-link");
            link.setFocusTraversable(false);
            link.setMnemonicParsing(false);
            LazyTooltip.install(link, () -> {
                Entry item = getItem();
                return item == null ? null : item.url().isBlank() ? messages.get("notice.noLink", item.model()) : item.url();
            });
            link.setMaxWidth(Double.MAX_VALUE);
            // The second click of a double-click on the link must not open the page again.
            link.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getClickCount() > 1) {
                    e.consume();
                } else if (e.getButton() == MouseButton.SECONDARY && getItem() != null
                        && !getTableView().getSelectionModel().isSelected(getIndex())) {
                    // The link keeps the press from the table: a right-click on a name selects
                    // its row, as anywhere else on the row, for the row menu that follows.
                    getTableView().getSelectionModel().clearAndSelect(getIndex());
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
                    getTableView().getSelectionModel().clearAndSelect(getIndex());
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
            link.pseudoClassStateChanged(NO_LINK, Links.webUri(item.url()).isEmpty());
            LazyTooltip.refresh(link);
            setGraphic(link);
        }
    }

    /** Set from a new sort order until its rows arrive (at once, or from the background). */
    private boolean reordering;
    private final HeaderClicks headerClicks = new HeaderClicks();

    private void sortBy(SortOrder order) {
        if (!order.equals(vm.sortOrderProperty().get())) {
            reordering = true;
            vm.sortOrderProperty().set(order);
        }
    }

    /** Writes the column order, widths, visibility and the sort order to the settings. */
    public void saveLayout() {
        List<String> order = new ArrayList<>();
        Set<String> hidden = new LinkedHashSet<>();
        Map<String, Double> widths = new LinkedHashMap<>();
        for (TableColumn<Entry, ?> tc : table.getColumns()) {
            if (!(tc.getUserData() instanceof Column)) {
                continue;
            }
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

    private void restoreLayout() {
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
            ordered.add(Math.min(2, ordered.size()), changeColumn());
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

    @SuppressWarnings("unchecked")
    private TableColumn<Entry, Entry> changeColumn() {
        return (TableColumn<Entry, Entry>) table.getColumns().stream().filter(c -> "changeColumn".equals(c.getId()))
                .findFirst().orElseThrow();
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

    /** Every column back, in the report's order and at its width, sorted as at first. */
    public void resetColumns() {
        settings.clearColumns();
        List<TableColumn<Entry, Entry>> ordered = new ArrayList<>();
        for (Column column : Column.values()) {
            ordered.add(columns.get(column));
            wanted.get(column).set(true);
        }
        ordered.add(2, changeColumn());
        table.getColumns().setAll(ordered);
        applySortOrder(SortOrder.DEFAULT);
    }
}
