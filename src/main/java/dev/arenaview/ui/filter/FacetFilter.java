package dev.arenaview.ui.filter;

import dev.arenaview.ui.shared.DropDown;
import dev.arenaview.ui.shared.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A filter on one column's values: a button that says what it keeps ("Vendor: all",
 * "Vendor: Google", "Vendor: 2 of 43") and opens the values with their counts to check, with a
 * field that narrows the list as one types and buttons to check every value shown or none.
 *
 * <p>The list is made when first opened, not in the window's first frame. The checked values
 * are the view model's set; the list only shows them.
 */
public final class FacetFilter {

    private final String id;
    private final String title;
    private final ObservableList<FacetValue> choices;
    private final ObservableSet<String> selected;
    private final Function<String, String> label;
    private final Consumer<Runnable> atOnce;
    private final Messages messages;
    private final NumberFormat numbers;
    private final Button button = new Button();
    private DropDown popup;
    private TextField find;
    private ListView<FacetValue> list;

    /**
     * @param choices  the column's values with their counts, as the view model keeps them
     * @param selected the checked values (none checked: all rows pass)
     * @param label    a value as shown (a licence class by its name in the window's language)
     * @param atOnce   runs several changes of {@code selected} as one filter change
     */
    FacetFilter(String id, String title, ObservableList<FacetValue> choices, ObservableSet<String> selected,
                Function<String, String> label, Consumer<Runnable> atOnce, Messages messages) {
        this.id = id;
        this.title = title;
        this.choices = choices;
        this.selected = selected;
        this.label = label;
        this.atOnce = atOnce;
        this.messages = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());
        button.setId(id);
        DropDown.styleOpener(button, this::show);
        button.getProperties().put(FacetFilter.class, this);
        button.textProperty().bind(Bindings.createStringBinding(this::summary, choices, selected));
    }

    public Button node() {
        return button;
    }

    /** What the filter keeps, in a few words. */
    public String summary() {
        List<String> checked = checkedValues();
        if (checked.isEmpty()) {
            return messages.get("filter.summary.all", title);
        }
        if (checked.size() == 1) {
            return messages.get("filter.summary.one", title, shown(checked.get(0)));
        }
        return messages.get("filter.summary.some", title, checked.size(), choices.size());
    }

    /** The checked values that the current data has, in the list's order. */
    private List<String> checkedValues() {
        List<String> out = new ArrayList<>();
        for (FacetValue f : choices) {
            if (selected.contains(f.value())) {
                out.add(f.value());
            }
        }
        return out;
    }

    private String shown(String value) {
        return value.isEmpty() ? messages.get("filter.value.empty") : label.apply(value);
    }

    /** A value as its row in the list reads: the value and its count. */
    public String text(FacetValue f) {
        return shown(f.value()) + "  (" + numbers.format(f.count()) + ")";
    }

    /** Opens the list below the button, the find field ready for typing. */
    public void show() {
        if (popup == null) {
            build();
        }
        if (popup.isShowing()) {
            return;
        }
        find.clear();
        popup.show(find);
    }

    public void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    /** The open list's rows (the values the find field lets through); made on first use. */
    public ListView<FacetValue> list() {
        if (popup == null) {
            build();
        }
        return list;
    }

    public TextField findField() {
        if (popup == null) {
            build();
        }
        return find;
    }

    private void build() {
        FilteredList<FacetValue> found = new FilteredList<>(choices);
        list = new ListView<>(found);
        list.setId(id + "List");
        list.getStyleClass().add("facet-list");
        list.setCellFactory(v -> new ValueCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                FacetValue focused = list.getFocusModel().getFocusedItem();
                if (focused != null) {
                    toggle(focused);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getFocusModel().getFocusedIndex() <= 0) {
                find.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                popup.hide();
                e.consume();
            }
        });

        find = new TextField();
        find.setId(id + "Find");
        find.setPromptText(messages.get("filter.find.prompt"));
        find.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            found.setPredicate(needle.isEmpty() ? null : f -> text(f).toLowerCase(Locale.ROOT).contains(needle));
            if (!found.isEmpty()) {
                list.getFocusModel().focus(0);
                list.scrollTo(0);
            }
        });
        find.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !found.isEmpty()) {
                list.requestFocus();
                list.getFocusModel().focus(0);
                list.getSelectionModel().select(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !found.isEmpty()) {
                // Enter checks the first value found: type "goo", Enter, and Google is kept.
                toggle(found.get(0));
                e.consume();
            }
        });

        Button all = new Button(messages.get("filter.checkAll"));
        all.setId(id + "All");
        all.setOnAction(e -> atOnce.accept(() -> found.forEach(f -> selected.add(f.value()))));
        Button none = new Button(messages.get("filter.checkNone"));
        none.setId(id + "None");
        none.setOnAction(e -> atOnce.accept(selected::clear));
        none.disableProperty().bind(Bindings.isEmpty(selected));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("facet-count");
        count.textProperty().bind(button.textProperty());
        HBox buttons = new HBox(6, count, gap, all, none);
        buttons.setAlignment(Pos.CENTER_LEFT);

        popup = new DropDown(button, find, buttons, list);
        // Checks made elsewhere (Clear filters, other data) show in the rows, open or not.
        selected.addListener((SetChangeListener<String>) c -> list.refresh());
    }

    private void toggle(FacetValue f) {
        if (!selected.remove(f.value())) {
            selected.add(f.value());
        }
    }

    /** A row: a check box and the value's text; a click anywhere on it toggles the value. */
    private final class ValueCell extends ListCell<FacetValue> {

        private final CheckBox box = new CheckBox();

        ValueCell() {
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    toggle(getItem());
                }
            });
        }

        @Override
        protected void updateItem(FacetValue item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                box.setSelected(selected.contains(item.value()));
                setText(text(item));
                setGraphic(box);
            }
        }
    }
}
