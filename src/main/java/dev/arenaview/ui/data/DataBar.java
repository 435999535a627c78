package dev.arenaview.ui.data;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Entry;
import dev.arenaview.ui.shared.Bars;
import dev.arenaview.ui.shared.LazyTooltip;
import dev.arenaview.ui.shared.Messages;
import java.text.NumberFormat;
import java.time.LocalDate;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The bar under the menus: the arena, Refresh (and Cancel while it runs), and the comparison
 * with a past day, its summary and the models that left the board since.
 */
public final class DataBar {

    /** A day of which a snapshot is cached, in the comparison's calendar. */
    private static final PseudoClass CACHED_DAY = PseudoClass.getPseudoClass("cached");

    private final HBox bar;

    public DataBar(DataModel vm, Messages messages) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.language().locale());
        ComboBox<Arena> arenas = new ComboBox<>(vm.arenas());
        arenas.setId("arenaPicker");
        arenas.getStyleClass().add("arena-picker");
        // All ten boards in the list at once, no scrolling.
        arenas.setVisibleRowCount(Arena.values().length);
        arenas.setConverter(new StringConverter<>() {
            @Override
            public String toString(Arena arena) {
                return arena == null ? "" : messages.get("arena." + arena.id());
            }

            @Override
            public Arena fromString(String text) {
                return null;
            }
        });
        LazyTooltip.install(arenas, () -> messages.get("data.arena.tooltip"));
        arenas.setValue(vm.arenaProperty().get());
        boolean[] syncingArena = {false};
        vm.arenaProperty().addListener((obs, old, now) -> {
            syncingArena[0] = true;
            arenas.setValue(now);
            syncingArena[0] = false;
        });
        // The list's items change with the source; the picker keeps showing the arena meanwhile.
        vm.arenas().addListener((javafx.collections.ListChangeListener<Arena>) c -> {
            syncingArena[0] = true;
            arenas.setValue(vm.arenaProperty().get());
            syncingArena[0] = false;
        });
        arenas.valueProperty().addListener((obs, old, now) -> {
            if (!syncingArena[0] && now != null && now != vm.arenaProperty().get()) {
                vm.selectArena(now);
            }
        });
        CategoryPicker categories = new CategoryPicker(vm, messages);
        Label arenaLabel = new Label(messages.get("data.arena"));
        arenaLabel.setLabelFor(arenas);
        Label categoryLabel = new Label(messages.get("data.category"));
        categoryLabel.setLabelFor(categories.node());
        Label frozen = new Label(messages.get("data.frozen"));
        frozen.setId("frozenLabel");
        frozen.getStyleClass().add("frozen-label");
        LazyTooltip.install(frozen, () -> messages.get("data.frozen.tooltip"));
        frozen.visibleProperty().bind(vm.originProperty().isEqualTo(dev.arenaview.model.Origin.FBOULNOIS));
        frozen.managedProperty().bind(frozen.visibleProperty());

        Button refresh = new Button("\u27f3 " + messages.get("data.refresh"));
        refresh.setId("refreshButton");
        LazyTooltip.install(refresh, () -> messages.get("data.refresh.tooltip"));
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.refreshingProperty());
        Button cancel = new Button(messages.get("data.cancel"));
        cancel.setId("cancelRefresh");
        cancel.setOnAction(e -> vm.cancelRefresh());
        cancel.visibleProperty().bind(vm.refreshingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        DatePicker compare = new DatePicker();
        compare.setId("compareDate");
        compare.setPromptText(messages.get("data.compare.prompt"));
        LazyTooltip.install(compare, () -> messages.get("data.compare.tooltip"));
        compare.setPrefWidth(140);
        compare.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip().replace('.', '-'));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        });
        compare.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                pseudoClassStateChanged(CACHED_DAY, !empty && date != null && vm.historyDates().contains(date));
                setDisable(empty || date == null || date.isAfter(LocalDate.now(vm.clock())));
            }
        });
        boolean[] syncing = {false};
        compare.setValue(vm.comparedWithProperty().get());
        Runnable showCompared = () -> {
            syncing[0] = true;
            compare.setValue(vm.comparedWithProperty().get());
            syncing[0] = false;
        };
        vm.comparedWithProperty().addListener((obs, old, date) -> showCompared.run());
        vm.comparisonRefusedProperty().addListener((obs, old, n) -> showCompared.run());
        compare.valueProperty().addListener((obs, old, date) -> {
            if (!syncing[0] && !java.util.Objects.equals(date, vm.comparedWithProperty().get())) {
                vm.compareWith(date);
            }
        });
        Button clearCompare = new Button("\u00d7");
        clearCompare.setId("clearCompare");
        LazyTooltip.install(clearCompare, () -> messages.get("data.compare.clear"));
        clearCompare.setOnAction(e -> vm.compareWith(null));
        clearCompare.disableProperty().bind(vm.comparedWithProperty().isNull());

        Label summary = new Label();
        summary.setId("changesSummary");
        MenuButton gone = new MenuButton();
        gone.setId("goneButton");
        gone.getStyleClass().add("gone-button");
        Runnable describeChanges = () -> {
            Changes c = vm.changesProperty().get();
            LocalDate since = vm.comparedWithProperty().get();
            if (c.isEmpty() || since == null) {
                summary.setText("");
                gone.setVisible(false);
                return;
            }
            summary.setText(messages.get("changes.summary", since.toString(), numbers.format(c.newCount()),
                    numbers.format(c.movedUp()), numbers.format(c.movedDown())));
            gone.setVisible(true);
            gone.setText(c.gone().isEmpty() ? messages.get("changes.gone.none")
                    : messages.get("changes.gone", numbers.format(c.gone().size())));
            gone.setDisable(c.gone().isEmpty());
            gone.getItems().clear();
            for (Entry e : c.gone()) {
                MenuItem item = new MenuItem(e.model() + "  \u2014  " + e.organization() + ", #" + e.rank());
                item.setMnemonicParsing(false);
                item.setOnAction(ev -> vm.openLink(e));
                gone.getItems().add(item);
            }
        };
        vm.changesProperty().addListener((obs, old, c) -> describeChanges.run());
        vm.comparedWithProperty().addListener((obs, old, c) -> describeChanges.run());
        describeChanges.run();

        Label compareLabel = new Label(messages.get("data.compare"));
        compareLabel.setLabelFor(compare);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(8, arenaLabel, arenas, categoryLabel, categories.node(), frozen, refresh, cancel, Bars.separator(),
                compareLabel, compare, clearCompare, summary, gone, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 0, 10));
        bar.getStyleClass().add("data-bar");
    }

    public Node node() {
        return bar;
    }

}
