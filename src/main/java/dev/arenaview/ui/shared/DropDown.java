package dev.arenaview.ui.shared;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A button that opens a list below it, as the filters and the category picker do: the button
 * has an arrow and opens on a click, Down or F4; the popup closes on Esc from wherever the focus
 * is in it (a find field would keep the key otherwise) or a click elsewhere, and gives the focus
 * back to the button.
 */
public final class DropDown {

    private final Button button;
    private final PopupControl popup = new PopupControl();

    /**
     * @param button the button that opens it, styled and wired here
     * @param rows   the popup's rows, top to bottom; the last (the list) takes the height left
     */
    public DropDown(Button button, Node... rows) {
        this.button = button;
        VBox content = new VBox(6, rows);
        content.setPadding(new Insets(8));
        content.getStyleClass().add("facet-popup");
        VBox.setVgrow(rows[rows.length - 1], Priority.ALWAYS);
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setSkin(new Skin<PopupControl>() {
            @Override
            public PopupControl getSkinnable() {
                return popup;
            }

            @Override
            public Node getNode() {
                return content;
            }

            @Override
            public void dispose() {
            }
        });
        popup.setOnHidden(e -> button.requestFocus());
    }

    /** Gives a button the arrow and the keys of a drop-down; {@code open} shows its list. */
    public static void styleOpener(Button button, Runnable open) {
        button.getStyleClass().add("facet-filter");
        Region arrow = new Region();
        arrow.getStyleClass().add("facet-arrow");
        button.setGraphic(arrow);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.setGraphicTextGap(8);
        button.setOnAction(e -> open.run());
        button.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.F4) {
                open.run();
                e.consume();
            }
        });
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows the popup below the button, the focus in {@code focus}. */
    public void show(Node focus) {
        Bounds at = button.localToScreen(button.getBoundsInLocal());
        popup.show(button, at.getMinX(), at.getMaxY());
        focus.requestFocus();
    }

    public void hide() {
        popup.hide();
    }
}
