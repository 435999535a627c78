package dev.arenaview.ui.chart;

import dev.arenaview.ui.shared.Messages;
import java.text.NumberFormat;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * A chart drawn on a canvas that fills the region: its title and subtitle on top, the rest
 * by the subclass. The same drawing makes the picture on screen and the images saved,
 * copied and exported (at any size, on a canvas of their own). The thing under the mouse
 * gets a tooltip, and a click on it picks its model.
 */
public abstract class ChartCanvas extends Region {

    /** Height of the title and subtitle. */
    static final double HEADER = 52;
    static final double PAD = 16;

    /** What is under a point of the chart: a model and the tooltip's text. */
    record Hit(String model, String text) {
    }

    /** Rows of the charts drawn as one row per model or vendor get between these heights. */
    static final double MIN_ROW = 18;
    static final double MAX_ROW = 24;

    final ChartStyle style;
    final Messages messages;
    /** Whole numbers in the chart's language. */
    final NumberFormat numbers;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private String title = "";
    private String subtitle = "";
    private String message = "";
    private Hit shown;
    private BiConsumer<String, Boolean> onPick = (model, adding) -> { };

    ChartCanvas(ChartStyle style, Messages messages) {
        this.style = Objects.requireNonNull(style);
        this.messages = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());
        getStyleClass().add("chart-canvas");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        tooltip.getStyleClass().add("chart-tooltip");
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            Hit hit = hitAt(e.getX(), e.getY());
            if (hit != null && e.getClickCount() == 1) {
                onPick.accept(hit.model(), e.isShortcutDown() || e.isShiftDown());
            }
        });
    }

    /**
     * The height of each of {@code count} rows sharing {@code space}: filling it, within
     * {@link #MIN_ROW} and {@link #MAX_ROW} (the chart scrolls below the least).
     */
    static double rowHeight(double space, int count) {
        return count == 0 ? MAX_ROW : Math.max(MIN_ROW, Math.min(MAX_ROW, space / count));
    }

    /** Sets what a click on a model does; the flag says whether Ctrl or Shift was down (add to the selection). */
    void setOnPick(BiConsumer<String, Boolean> action) {
        this.onPick = Objects.requireNonNull(action);
    }

    /**
     * The title and subtitle drawn on top, and a message drawn in the middle instead of the
     * chart (empty: the chart).
     */
    void setTexts(String newTitle, String newSubtitle, String newMessage) {
        title = newTitle;
        subtitle = newSubtitle;
        message = newMessage;
        setAccessibleText(newMessage.isEmpty() ? newTitle + ". " + newSubtitle : newTitle + ". " + newMessage);
        changed();
    }

    /** The title, as drawn. */
    public String getTitle() {
        return title;
    }

    /** The subtitle, as given. */
    public String getSubtitle() {
        return subtitle;
    }

    /** The subtitle as it fits the chart's width now (cut short with an ellipsis when it does not). */
    public String shownSubtitle() {
        return style.fit(subtitle, style.subtitle, getWidth() - 2 * PAD);
    }

    /** The message drawn instead of a chart, or empty. */
    public String getMessage() {
        return message;
    }

    /** After the data changed: the height needed may have changed too. */
    final void changed() {
        requestLayout();
        redraw();
    }

    final void redraw() {
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        redraw();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(160, contentHeight(width < 0 ? 600 : width));
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(360, computeMinHeight(width));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 280;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    /** The height the chart needs at a width; 0 for charts that fit any height. */
    double contentHeight(double width) {
        return 0;
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(ChartStyle.BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (w < 1 || h < 1) {
            return;
        }
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ChartStyle.TEXT);
        g.setFont(style.title);
        g.fillText(style.fit(title, style.title, w - 2 * PAD), PAD, 24);
        g.setFill(ChartStyle.MUTED);
        g.setFont(style.subtitle);
        g.fillText(style.fit(subtitle, style.subtitle, w - 2 * PAD), PAD, 42);
        if (!message.isEmpty()) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(style.label);
            g.fillText(style.fit(message, style.label, w - 2 * PAD), w / 2, HEADER + (h - HEADER) / 2);
            return;
        }
        g.save();
        paint(g, w, h);
        g.restore();
    }

    /**
     * A vertical grid line from {@code top} to {@code bottom}, its value written under it and
     * over it (long charts scroll, so the scale shows at both ends).
     */
    static void verticalGridLine(GraphicsContext g, double x, double top, double bottom, String label, double gap) {
        g.setStroke(ChartStyle.GRID);
        g.strokeLine(x, top, x, bottom);
        g.setFill(ChartStyle.MUTED);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(label, x, bottom + 6);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(label, x, top - gap);
        g.setTextBaseline(VPos.TOP);
    }

    /** A horizontal grid line across {@code left..right} at {@code y}, labelled at its left (right-aligned text). */
    static void horizontalGridLine(GraphicsContext g, double y, double left, double right, String label) {
        g.setStroke(ChartStyle.GRID);
        g.strokeLine(left, y, right, y);
        g.setFill(ChartStyle.MUTED);
        g.fillText(label, left - 8, y);
    }

    /**
     * The axes of a plot in the box {@code left..right} by {@code top..bottom}, with the x title
     * {@code xTitleGap} under the box and the y title turned along the left edge.
     */
    void axes(GraphicsContext g, double left, double right, double top, double bottom,
              String xTitle, double xTitleGap, String yTitle) {
        g.setStroke(ChartStyle.AXIS);
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
        g.strokeLine(left - 0.5, top, left - 0.5, bottom);
        g.setFill(ChartStyle.TEXT);
        g.setFont(style.label);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(xTitle, (left + right) / 2, bottom + xTitleGap);
        g.save();
        g.translate(18, (top + bottom) / 2);
        g.rotate(-90);
        g.fillText(yTitle, 0, 0);
        g.restore();
    }

    /** Draws the chart below {@link #HEADER}, on a white canvas of the given size. */
    abstract void paint(GraphicsContext g, double w, double h);

    /** What is at a point of the chart as shown, or null. */
    Hit hitAt(double x, double y) {
        return null;
    }

    /** A short name for files of this chart ({@code intervals}). */
    abstract String fileStem();

    /**
     * The chart as an image at its width and at least its height, all of its rows included
     * when they do not fit on screen.
     */
    public WritableImage image() {
        double w = Math.max(computeMinWidth(-1), Math.ceil(getWidth()));
        double h = Math.max(Math.ceil(getHeight()), Math.ceil(contentHeight(w)));
        return render(w, Math.max(h, 200));
    }

    /** The chart drawn afresh at a size, on a canvas of its own. */
    public WritableImage render(double w, double h) {
        Canvas offscreen = new Canvas(w, h);
        draw(offscreen.getGraphicsContext2D(), w, h);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(ChartStyle.BACKGROUND);
        return offscreen.snapshot(parameters, null);
    }

    private void hover(MouseEvent e) {
        Hit hit = message.isEmpty() ? hitAt(e.getX(), e.getY()) : null;
        setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
        if (hit == null) {
            hideTooltip();
            return;
        }
        if (!hit.equals(shown)) {
            tooltip.setText(hit.text());
            shown = hit;
        }
        // Beside the pointer, not under it: it must not take the click meant for the chart.
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(e.getScreenX() + 14);
            tooltip.setAnchorY(e.getScreenY() + 14);
        } else if (getScene() != null && getScene().getWindow() != null) {
            tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void hideTooltip() {
        shown = null;
        tooltip.hide();
    }

    /** The text of the tooltip, while one shows. */
    public String tooltipText() {
        return tooltip.isShowing() ? tooltip.getText() : "";
    }
}
