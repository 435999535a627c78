package dev.arenaview.ui.chart;

import dev.arenaview.model.ChartData.VendorStat;
import dev.arenaview.ui.shared.Messages;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * One row per vendor of the visible models, most models first: a bar of how many models it
 * has, and a dot at its best model's score. Like the interval chart, it grows and scrolls
 * rather than squeeze its rows.
 */
public final class VendorChart extends ChartCanvas {

    /** Vendors beyond this many are left out (the subtitle says so): a generated file may have thousands. */
    static final int MAX_VENDORS = 100;
    /** The columns' headings, and the axes' labels repeated under them: the bottom may be scrolled away. */
    private static final double COLUMN_HEADS = 40;
    private static final double BOTTOM = 46;

    private List<VendorStat> vendors = List.of();

    VendorChart(ChartStyle style, Messages messages) {
        super(style, messages);
        setId("vendorChart");
    }

    void setVendors(List<VendorStat> all) {
        vendors = List.copyOf(all.subList(0, Math.min(MAX_VENDORS, all.size())));
        changed();
    }

    /** The vendors drawn, top to bottom. */
    public List<VendorStat> vendors() {
        return vendors;
    }

    @Override
    String fileStem() {
        return "vendors";
    }

    @Override
    double contentHeight(double width) {
        return HEADER + COLUMN_HEADS + vendors.size() * MIN_ROW + BOTTOM;
    }

    private record Geometry(double nameRight, double barLeft, double barRight, double dotLeft, double dotRight,
                            double top, double row, double[] countTicks, double[] scoreTicks) {

        double barX(double count) {
            return barLeft + count / countTicks[countTicks.length - 1] * (barRight - barLeft);
        }

        double dotX(double score) {
            return dotLeft + Ticks.fraction(scoreTicks, score) * (dotRight - dotLeft);
        }
    }

    private Geometry geometry(double w, double h) {
        double names = 0;
        int maxCount = 1;
        int minBest = Integer.MAX_VALUE;
        int maxBest = Integer.MIN_VALUE;
        for (VendorStat v : vendors) {
            names = Math.max(names, style.width(ChartTexts.vendor(messages, v.vendor()), style.label));
            maxCount = Math.max(maxCount, v.models());
            minBest = Math.min(minBest, v.bestScore());
            maxBest = Math.max(maxBest, v.bestScore());
        }
        double nameRight = PAD + Math.min(names + 4, Math.max(70, w * 0.3));
        double rest = Math.max(120, w - nameRight - PAD);
        double barLeft = nameRight + 12;
        double barRight = barLeft + rest * 0.5 - 40;
        double dotLeft = barLeft + rest * 0.5 + 10;
        double dotRight = Math.max(dotLeft + 30, w - PAD - 44);
        double[] countTicks = Ticks.linear(0, maxCount, Math.max(2, (int) ((barRight - barLeft) / 60)));
        double[] scoreTicks = Ticks.linear(minBest, maxBest, Math.max(2, (int) ((dotRight - dotLeft) / 70)));
        double top = HEADER + COLUMN_HEADS;
        double row = rowHeight(h - top - BOTTOM, vendors.size());
        return new Geometry(nameRight, barLeft, barRight, dotLeft, dotRight, top, row, countTicks, scoreTicks);
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        Geometry geo = geometry(w, h);
        double row = geo.row();
        double bottom = geo.top() + vendors.size() * row;
        for (int i = 1; i < vendors.size(); i += 2) {
            g.setFill(ChartStyle.ROW_ALT);
            g.fillRect(0, geo.top() + i * row, w, row);
        }
        g.setFont(style.labelBold);
        g.setFill(ChartStyle.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(messages.get("chart.vendors.models"), geo.barLeft(), geo.top() - 22);
        g.fillText(messages.get("chart.vendors.best"), geo.dotLeft(), geo.top() - 22);

        g.setLineWidth(1);
        g.setFont(style.small);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : geo.countTicks()) {
            verticalGridLine(g, Math.round(geo.barX(t)) + 0.5, geo.top(), bottom, numbers.format(t), 3);
        }
        for (double t : geo.scoreTicks()) {
            verticalGridLine(g, Math.round(geo.dotX(t)) + 0.5, geo.top(), bottom, ChartTexts.score(t), 3);
        }
        g.setStroke(ChartStyle.AXIS);
        g.strokeLine(geo.barLeft(), bottom + 0.5, geo.barRight(), bottom + 0.5);
        g.strokeLine(geo.dotLeft(), bottom + 0.5, geo.dotRight(), bottom + 0.5);
        g.setFill(ChartStyle.TEXT);
        g.setFont(style.label);
        g.fillText(messages.get("chart.axis.models"), (geo.barLeft() + geo.barRight()) / 2, bottom + 24);
        g.fillText(messages.get("chart.axis.bestScore"), (geo.dotLeft() + geo.dotRight()) / 2, bottom + 24);

        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < vendors.size(); i++) {
            VendorStat v = vendors.get(i);
            double y = geo.top() + i * row + row / 2;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(ChartStyle.TEXT);
            g.setFont(style.label);
            g.fillText(style.fit(ChartTexts.vendor(messages, v.vendor()), style.label, geo.nameRight() - PAD),
                    geo.nameRight(), y);
            double x = geo.barX(v.models());
            g.setFill(ChartStyle.ACCENT.deriveColor(0, 1, 1, 0.85));
            g.fillRect(geo.barLeft(), y - 6, Math.max(1, x - geo.barLeft()), 12);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(style.small);
            g.setFill(ChartStyle.MUTED);
            g.fillText(numbers.format(v.models()), x + 6, y);
            double dot = geo.dotX(v.bestScore());
            g.setFill(ChartStyle.ACCENT);
            g.fillOval(dot - 4, y - 4, 8, 8);
            g.setFill(ChartStyle.MUTED);
            g.fillText(ChartTexts.score(v.bestScore()), dot + 8, y);
        }
    }

    @Override
    Hit hitAt(double x, double y) {
        Geometry geo = geometry(getWidth(), getHeight());
        int i = (int) Math.floor((y - geo.top()) / geo.row());
        if (y < geo.top() || i >= vendors.size()) {
            return null;
        }
        VendorStat v = vendors.get(i);
        return new Hit(v.best().model(), messages.get("chart.tip.vendor", ChartTexts.vendor(messages, v.vendor()),
                v.models(), v.best().model(), ChartTexts.score(v.bestScore())));
    }
}
