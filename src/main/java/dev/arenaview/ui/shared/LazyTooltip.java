package dev.arenaview.ui.shared;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its control, for controls made by the
 * dozen such as table cells, and for those of the window's first frame. Each {@link Tooltip} is a
 * popup window with a scene of its own, costly to make for tooltips few rows are ever hovered
 * for, and the first one would load the popup classes before the first frame.
 */
public final class LazyTooltip {

    private static final String TEXT = "arenaview.lazyTooltipText";
    private static final String TOOLTIP = "arenaview.lazyTooltip";

    private LazyTooltip() {
    }

    /** Gives {@code control} a tooltip of {@code text} (none while it gives null) once hovered. */
    public static void install(Control control, Supplier<String> text) {
        control.getProperties().put(TEXT, text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> show(control, true));
    }

    /** Brings a tooltip already made up to date: the control shows another row now. */
    public static void refresh(Control control) {
        show(control, false);
    }

    private static void show(Control control, boolean make) {
        // Kept once made: an empty cell goes without its tooltip, and gets it back with its next row.
        Tooltip tooltip = (Tooltip) control.getProperties().get(TOOLTIP);
        if (tooltip == null && !make) {
            return;
        }
        @SuppressWarnings("unchecked")
        Supplier<String> text = (Supplier<String>) control.getProperties().get(TEXT);
        String now = text.get();
        if (now == null) {
            control.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            control.getProperties().put(TOOLTIP, tooltip);
        }
        tooltip.setText(now);
        control.setTooltip(tooltip);
    }
}
