package dev.arenaview.ui.shared;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** What the window's bars share. */
public final class Bars {

    private Bars() {
    }

    /** A thin vertical line between groups of a bar's controls. */
    public static Node separator() {
        Region line = new Region();
        line.getStyleClass().add("status-separator");
        return line;
    }
}
