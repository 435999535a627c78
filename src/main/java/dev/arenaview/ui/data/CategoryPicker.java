package dev.arenaview.ui.data;

import dev.arenaview.model.Category;
import dev.arenaview.ui.shared.DropDown;
import dev.arenaview.ui.shared.LazyTooltip;
import dev.arenaview.ui.shared.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The board's categories (overall, coding, the languages...) by their readable names: a
 * button naming the category shown, which opens the list with a find field. Typing on the
 * button opens it with what was typed; Enter takes the first category found, Down and Up move
 * in the list, Escape closes it.
 */
public final class CategoryPicker {

    private final DataModel vm;
    private final Messages messages;
    private final Locale locale;
    private final Button button = new Button();
    private DropDown popup;
    private TextField find;
    private ListView<Category> list;
    private FilteredList<Category> found;

    CategoryPicker(DataModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.locale = messages.language().locale();
        button.setId("categoryPicker");
        button.getStyleClass().add("category-picker");
        DropDown.styleOpener(button, () -> show(""));
        button.textProperty().bind(Bindings.createStringBinding(() -> name(vm.categoryProperty().get()),
                vm.categoryProperty()));
        // A board of one category (webdev, the CSV releases) has nothing to choose.
        button.disableProperty().bind(Bindings.size(vm.categories()).lessThan(2));
        LazyTooltip.install(button, () -> messages.get("data.category.tooltip", vm.categories().size()));
        // Type-to-find from the button itself: the first letter opens the list with it.
        button.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !typed.isBlank()
                    && !e.isShortcutDown() && !e.isAltDown()) {
                show(typed);
                e.consume();
            }
        });
    }

    public Button node() {
        return button;
    }

    /** A category as the window names it: "Coding", "编程", or the id as published. */
    public String name(Category category) {
        return category == null ? "" : category.displayName(locale);
    }

    /** Opens the list below the button with {@code typed} in its find field. */
    public void show(String typed) {
        if (popup == null) {
            build();
        }
        if (popup.isShowing()) {
            return;
        }
        find.setText(typed);
        find.positionCaret(typed.length());
        int at = found.indexOf(vm.categoryProperty().get());
        if (typed.isEmpty() && at >= 0) {
            list.getSelectionModel().select(at);
            list.scrollTo(Math.max(0, at - 3));
        }
        popup.show(find);
    }

    private boolean matches(Category c, String needle) {
        return name(c).toLowerCase(locale).contains(needle) || c.id().toLowerCase(Locale.ROOT).contains(needle)
                || c.displayName(Locale.ENGLISH).toLowerCase(Locale.ROOT).contains(needle);
    }

    private void build() {
        found = new FilteredList<>(new javafx.collections.transformation.SortedList<>(vm.categories(), Category.byGroup()));
        list = new ListView<>(found);
        list.setId("categoryList");
        list.getStyleClass().add("facet-list");
        list.setPrefHeight(360);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        pick(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(Category item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name(item));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                Category c = list.getSelectionModel().getSelectedItem();
                if (c != null) {
                    pick(c);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                find.requestFocus();
                e.consume();
            }
        });

        find = new TextField();
        find.setId("categoryFind");
        find.setPromptText(messages.get("data.category.find"));
        find.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(locale);
            found.setPredicate(needle.isEmpty() ? null : c -> matches(c, needle));
            if (!found.isEmpty() && !needle.isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        });
        find.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !found.isEmpty()) {
                list.requestFocus();
                int next = Math.min(found.size() - 1, list.getSelectionModel().getSelectedIndex() + 1);
                list.getSelectionModel().select(Math.max(0, next));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !found.isEmpty()) {
                // Enter takes the category found: type "cod", Enter, and Coding is shown.
                Category c = list.getSelectionModel().getSelectedItem();
                pick(c != null ? c : found.get(0));
                e.consume();
            }
        });

        popup = new DropDown(button, find, list);
    }

    private void pick(Category category) {
        popup.hide();
        vm.selectCategory(category);
    }
}
