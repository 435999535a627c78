package dev.arenaview.ui.chart;

import dev.arenaview.model.Entry;
import dev.arenaview.ui.shared.Messages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One point per model: votes across (on a log scale when they span more than a decade and a
 * bit, as they usually do), score up, coloured by a {@link ColourKey}, with a legend. The
 * first rows of the table are drawn last, so they stay on top where points crowd.
 */
public final class ScoreVotesChart extends ChartCanvas {

    /** How near (in pixels) the pointer must be to a point for its tooltip and click. */
    static final double REACH = 8;
    /** Selected models beyond this many get a ring but no name: the names would cover the chart. */
    static final int MAX_NAMED = 10;
    private static final double LEFT = 66;
    private static final double BOTTOM = 50;

    private final ColourKey<?> key;
    private List<Entry> points = List.of();
    private Set<String> selected = Set.of();

    ScoreVotesChart(ChartStyle style, Messages messages, ColourKey<?> key) {
        super(style, messages);
        this.key = key;
        setId("scatterChart");
    }

    void setPoints(List<Entry> newPoints) {
        points = List.copyOf(newPoints);
        changed();
    }

    /** The models drawn. */
    public List<Entry> points() {
        return points;
    }

    void setSelected(Set<String> models) {
        selected = Set.copyOf(models);
        redraw();
    }

    @Override
    String fileStem() {
        return "score-votes";
    }

    private record Geometry(double left, double right, double top, double bottom, boolean log,
                            double xMin, double xMax, double[] xTicks, double[] yTicks) {

        double x(double votes) {
            double v = Math.max(votes, xMin);
            double f = log ? Math.log(v / xMin) / Math.log(xMax / xMin) : (v - xMin) / (xMax - xMin);
            return left + f * (right - left);
        }

        double y(double score) {
            return bottom - Ticks.fraction(yTicks, score) * (bottom - top);
        }
    }

    private Geometry geometry(double w, double h) {
        double left = LEFT;
        double right = Math.max(left + 40, w - PAD - 8);
        double top = HEADER + 12;
        double bottom = Math.max(top + 40, h - BOTTOM);
        int minVotes = Integer.MAX_VALUE;
        int maxVotes = 0;
        int minScore = Integer.MAX_VALUE;
        int maxScore = Integer.MIN_VALUE;
        for (Entry e : points) {
            minVotes = Math.min(minVotes, Math.max(1, e.votes()));
            maxVotes = Math.max(maxVotes, Math.max(1, e.votes()));
            minScore = Math.min(minScore, e.score());
            maxScore = Math.max(maxScore, e.score());
        }
        boolean log = maxVotes >= 20.0 * minVotes;
        int xTarget = Math.max(2, (int) ((right - left) / 70));
        double[] xTicks;
        double xMin;
        double xMax;
        if (log) {
            // A little room beyond the outermost points, in proportion as the axis is.
            xMin = minVotes / 1.12;
            xMax = maxVotes * 1.12;
            xTicks = Ticks.log(xMin, xMax, xTarget);
        } else {
            xTicks = Ticks.linear(minVotes, maxVotes, xTarget);
            if (xTicks[0] < 0) {
                xTicks = Ticks.linear(0, maxVotes, xTarget);
            }
            xMin = xTicks[0];
            xMax = xTicks[xTicks.length - 1];
        }
        double[] yTicks = Ticks.linear(minScore, maxScore, Math.max(2, (int) ((bottom - top) / 50)));
        return new Geometry(left, right, top, bottom, log, xMin, xMax, xTicks, yTicks);
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        Geometry geo = geometry(w, h);
        g.setLineWidth(1);
        g.setFont(style.small);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : geo.xTicks()) {
            double x = Math.round(geo.x(t)) + 0.5;
            g.setStroke(ChartStyle.GRID);
            g.strokeLine(x, geo.top(), x, geo.bottom());
            g.setFill(ChartStyle.MUTED);
            g.fillText(compact(t), x, geo.bottom() + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : geo.yTicks()) {
            horizontalGridLine(g, Math.round(geo.y(t)) + 0.5, geo.left(), geo.right(), ChartTexts.score(t));
        }
        axes(g, geo.left(), geo.right(), geo.top(), geo.bottom(),
                messages.get(geo.log() ? "chart.axis.votesLog" : "chart.axis.votes"), 40,
                messages.get("chart.axis.score"));

        int[] counts = new int[key.classes().size()];
        for (int i = points.size() - 1; i >= 0; i--) {
            Entry e = points.get(i);
            int cls = key.indexOf(e);
            if (cls >= 0) {
                counts[cls]++;
            }
            Color colour = ChartStyle.classColour(cls);
            double x = geo.x(Math.max(1, e.votes()));
            double y = geo.y(e.score());
            g.setFill(colour.deriveColor(0, 1, 1, 0.82));
            g.fillOval(x - 4, y - 4, 8, 8);
            g.setStroke(ChartStyle.BACKGROUND);
            g.setLineWidth(1);
            g.strokeOval(x - 4, y - 4, 8, 8);
        }
        int named = 0;
        for (Entry e : points) {
            if (selected.contains(e.model())) {
                boolean withName = named++ < MAX_NAMED;
                double x = geo.x(Math.max(1, e.votes()));
                double y = geo.y(e.score());
                g.setStroke(ChartStyle.TEXT);
                g.setLineWidth(2);
                g.strokeOval(x - 7, y - 7, 14, 14);
                if (withName) {
                    g.setFill(ChartStyle.TEXT);
                    g.setFont(style.labelBold);
                    g.setTextAlign(x > geo.right() - 160 ? TextAlignment.RIGHT : TextAlignment.LEFT);
                    g.setTextBaseline(VPos.BOTTOM);
                    g.fillText(e.model(), x > geo.right() - 160 ? x - 10 : x + 10, y - 6);
                }
            }
        }
        legend(g, geo, counts);
    }

    /** The classes with their colours and counts, in a box in the lower right, where scores are lowest. */
    private void legend(GraphicsContext g, Geometry geo, int[] counts) {
        int n = key.classes().size();
        double width = 0;
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            texts[i] = key.labelAt(i) + " (" + numbers.format(counts[i]) + ")";
            width = Math.max(width, style.width(texts[i], style.small));
        }
        double boxW = width + 34;
        double boxH = n * 18 + 10;
        double x0 = geo.right() - boxW - 6;
        double y0 = geo.bottom() - boxH - 6;
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRoundRect(x0, y0, boxW, boxH, 6, 6);
        g.setStroke(ChartStyle.AXIS);
        g.setLineWidth(1);
        g.strokeRoundRect(x0 + 0.5, y0 + 0.5, boxW, boxH, 6, 6);
        g.setFont(style.small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double y = y0 + 14 + i * 18;
            g.setFill(ChartStyle.classColour(i));
            g.fillOval(x0 + 10, y - 4, 8, 8);
            g.setFill(ChartStyle.TEXT);
            g.fillText(texts[i], x0 + 24, y);
        }
    }

    /** 500, 2k, 10k, 1.5M: tick labels short enough to sit side by side. */
    private String compact(double votes) {
        if (votes >= 1_000_000) {
            return trim(votes / 1_000_000) + "M";
        }
        if (votes >= 1_000) {
            return trim(votes / 1_000) + "k";
        }
        return numbers.format(votes);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Where a model's point is, in the chart's coordinates; empty when it is not drawn. */
    public Optional<Point2D> locate(String model) {
        Geometry geo = geometry(getWidth(), getHeight());
        return points.stream().filter(e -> e.model().equals(model)).findFirst()
                .map(e -> new Point2D(geo.x(Math.max(1, e.votes())), geo.y(e.score())));
    }

    @Override
    Hit hitAt(double x, double y) {
        if (points.isEmpty()) {
            return null;
        }
        Geometry geo = geometry(getWidth(), getHeight());
        Entry best = null;
        double bestDistance = REACH * REACH;
        // In table order, so of two points at the same place the first row's wins, as drawn on top.
        for (Entry e : points) {
            double dx = geo.x(Math.max(1, e.votes())) - x;
            double dy = geo.y(e.score()) - y;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        int cls = key.indexOf(best);
        return new Hit(best.model(), ChartTexts.describe(messages, numbers, best) + (cls < 0 ? "" : "\n" + key.labelAt(cls)));
    }
}
