package dev.arenaview.ui.chart;

import dev.arenaview.model.ChartData.Interval;
import dev.arenaview.model.Entry;
import dev.arenaview.ui.shared.Messages;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Each model's score with its 95% interval as a horizontal error bar, one row per model in
 * the table's order, the names on the left. A model without an interval shows as a hollow
 * dot. Rows keep a readable height: when they do not fit, the chart grows and scrolls.
 */
public final class IntervalChart extends ChartCanvas {

    /** Room above the rows for the axis labels, repeated there because the bottom may be scrolled away. */
    private static final double TOP_AXIS = 22;
    private static final double BOTTOM = 46;
    private static final double VALUE_SPACE = 86;

    private List<Interval> rows = List.of();
    private Set<String> selected = Set.of();

    IntervalChart(ChartStyle style, Messages messages) {
        super(style, messages);
        setId("intervalChart");
    }

    void setRows(List<Interval> newRows) {
        rows = List.copyOf(newRows);
        changed();
    }

    /** The rows drawn, top to bottom. */
    public List<Interval> rows() {
        return rows;
    }

    /** Highlights the rows of these models (the table's selection). */
    void setSelected(Set<String> models) {
        selected = Set.copyOf(models);
        redraw();
    }

    @Override
    String fileStem() {
        return "intervals";
    }

    @Override
    double contentHeight(double width) {
        return HEADER + TOP_AXIS + rows.size() * MIN_ROW + BOTTOM;
    }

    /** Where things go at a size. */
    private record Geometry(double nameRight, double left, double right, double top, double row, double[] ticks) {

        double x(double score) {
            return left + Ticks.fraction(ticks, score) * (right - left);
        }
    }

    private Geometry geometry(double w, double h) {
        double names = 0;
        for (Interval i : rows) {
            names = Math.max(names, style.width(i.entry().model(), style.labelBold));
        }
        double nameWidth = Math.min(names + 4, Math.max(80, w * 0.4));
        double nameRight = PAD + nameWidth;
        double left = nameRight + 14;
        double right = Math.max(left + 40, w - VALUE_SPACE);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Interval i : rows) {
            min = Math.min(min, i.low());
            max = Math.max(max, i.high());
        }
        double[] ticks = Ticks.linear(min, max, Math.max(4, (int) ((right - left) / 55)));
        double top = HEADER + TOP_AXIS;
        double row = rowHeight(h - top - BOTTOM, rows.size());
        return new Geometry(nameRight, left, right, top, row, ticks);
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        Geometry geo = geometry(w, h);
        double rowHeight = geo.row();
        double bottom = geo.top() + rows.size() * rowHeight;

        for (int i = 0; i < rows.size(); i++) {
            double y = geo.top() + i * rowHeight;
            boolean isSelected = selected.contains(rows.get(i).entry().model());
            if (isSelected || i % 2 == 1) {
                g.setFill(isSelected ? ChartStyle.ROW_SELECTED : ChartStyle.ROW_ALT);
                g.fillRect(0, y, w, rowHeight);
            }
        }
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(style.small);
        for (double t : geo.ticks()) {
            verticalGridLine(g, Math.round(geo.x(t)) + 0.5, geo.top(), bottom, ChartTexts.score(t), 4);
        }
        g.setStroke(ChartStyle.AXIS);
        g.strokeLine(geo.left(), bottom + 0.5, geo.right(), bottom + 0.5);
        g.setFill(ChartStyle.TEXT);
        g.setFont(style.label);
        g.fillText(messages.get("chart.axis.score"), (geo.left() + geo.right()) / 2, bottom + 24);

        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < rows.size(); i++) {
            Interval row = rows.get(i);
            Entry e = row.entry();
            double y = geo.top() + i * rowHeight + rowHeight / 2;
            boolean isSelected = selected.contains(e.model());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(ChartStyle.TEXT);
            g.setFont(isSelected ? style.labelBold : style.label);
            g.fillText(style.fit(e.model(), g.getFont(), geo.nameRight() - PAD), geo.nameRight(), y);

            double xs = geo.x(row.score());
            g.setStroke(ChartStyle.ACCENT);
            if (row.known()) {
                double x0 = geo.x(row.low());
                double x1 = geo.x(row.high());
                g.setLineWidth(2);
                g.strokeLine(x0, y, x1, y);
                g.strokeLine(x0, y - 4, x0, y + 4);
                g.strokeLine(x1, y - 4, x1, y + 4);
                g.setFill(ChartStyle.ACCENT);
                g.fillOval(xs - 4, y - 4, 8, 8);
            } else {
                g.setLineWidth(1.5);
                g.setFill(ChartStyle.BACKGROUND);
                g.fillOval(xs - 4, y - 4, 8, 8);
                g.strokeOval(xs - 4, y - 4, 8, 8);
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(style.small);
            g.setFill(ChartStyle.MUTED);
            String value = ChartTexts.score(row.score()) + (row.known() ? "  " + e.ci() : "");
            g.fillText(value, geo.x(row.high()) + 8, y);
        }
    }

    @Override
    Hit hitAt(double x, double y) {
        Geometry geo = geometry(getWidth(), getHeight());
        int i = (int) Math.floor((y - geo.top()) / geo.row());
        if (y < geo.top() || i >= rows.size()) {
            return null;
        }
        return new Hit(rows.get(i).entry().model(), ChartTexts.describe(messages, numbers, rows.get(i).entry()));
    }
}
