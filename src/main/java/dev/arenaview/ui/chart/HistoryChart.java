package dev.arenaview.ui.chart;

import dev.arenaview.model.History;
import dev.arenaview.model.History.Point;
import dev.arenaview.model.History.Series;
import dev.arenaview.ui.shared.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Models across the snapshots of a history: their scores with the 95% interval as a band,
 * or their place by score (first at the top). A line joins a model's points only across
 * snapshots that all have it, so a model that left and came back shows the gap. Small marks
 * on the date axis show where there are snapshots.
 */
public final class HistoryChart extends ChartCanvas {

    /** What the vertical axis shows. */
    public enum Measure { SCORE, RANK }

    static final double REACH = 8;
    private static final double LEFT = 66;
    private static final double BOTTOM = 50;
    private static final double LEGEND_ROW = 18;

    private History history = History.empty();
    private List<Series> series = List.of();
    private Measure measure = Measure.SCORE;

    HistoryChart(ChartStyle style, Messages messages) {
        super(style, messages);
        setId("historyChart");
    }

    void setData(History newHistory, List<Series> newSeries) {
        history = newHistory;
        series = List.copyOf(newSeries);
        changed();
    }

    void setMeasure(Measure newMeasure) {
        measure = newMeasure;
        redraw();
    }

    public Measure measure() {
        return measure;
    }

    /** The series drawn, in the legend's order. */
    public List<Series> series() {
        return series;
    }

    @Override
    String fileStem() {
        return measure == Measure.SCORE ? "score-history" : "rank-history";
    }

    private record Legend(List<double[]> places, double height) {
    }

    /** Where each model's name goes in the legend, flowing into as many lines as it needs. */
    private Legend legend(double w) {
        List<double[]> places = new ArrayList<>();
        double x = PAD;
        double y = HEADER + 4;
        for (Series s : series) {
            double width = 22 + style.width(label(s), style.small);
            if (x > PAD && x + width > w - PAD) {
                x = PAD;
                y += LEGEND_ROW;
            }
            places.add(new double[] {x, y});
            x += width + 14;
        }
        return new Legend(places, series.isEmpty() ? 0 : y + LEGEND_ROW - HEADER);
    }

    private String label(Series s) {
        return s.points().isEmpty() ? messages.get("chart.history.absent", s.model()) : s.model();
    }

    private record Geometry(double left, double right, double top, double bottom, double firstDay, double lastDay,
                            double[] yTicks, boolean inverted) {

        double x(LocalDate date) {
            return left + (date.toEpochDay() - firstDay) / (lastDay - firstDay) * (right - left);
        }

        double y(double value) {
            double f = Ticks.fraction(yTicks, value);
            return inverted ? top + f * (bottom - top) : bottom - f * (bottom - top);
        }
    }

    private Geometry geometry(double w, double h) {
        double top = HEADER + legend(w).height() + 12;
        double bottom = Math.max(top + 40, h - BOTTOM);
        double left = LEFT;
        double right = Math.max(left + 40, w - PAD - 8);
        List<LocalDate> dates = history.dates();
        double first = dates.isEmpty() ? 0 : dates.get(0).toEpochDay();
        double last = dates.isEmpty() ? 1 : dates.get(dates.size() - 1).toEpochDay();
        // A little room at both ends, so the first and last points are not cut by the frame.
        double pad = Math.max(1, (last - first) * 0.03);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : series) {
            for (Point p : s.points()) {
                min = Math.min(min, measure == Measure.SCORE ? p.low() : p.rank());
                max = Math.max(max, measure == Measure.SCORE ? p.high() : p.rank());
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        int target = Math.max(2, (int) ((bottom - top) / 50));
        double[] ticks;
        if (measure == Measure.RANK) {
            // Places start at 1: the axis runs from first place down to a round number.
            double[] round = Ticks.linear(1, Math.max(2, max), target);
            List<Double> kept = new ArrayList<>(List.of(1.0));
            for (double t : round) {
                if (t > 1) {
                    kept.add(t);
                }
            }
            ticks = kept.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            ticks = Ticks.linear(min, max, target);
        }
        return new Geometry(left, right, top, bottom, first - pad, last + pad, ticks, measure == Measure.RANK);
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        Legend legend = legend(w);
        g.setFont(style.small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < series.size(); i++) {
            double[] at = legend.places().get(i);
            g.setStroke(ChartStyle.seriesColour(i));
            g.setLineWidth(3);
            g.strokeLine(at[0], at[1] + 8, at[0] + 16, at[1] + 8);
            g.setFill(series.get(i).points().isEmpty() ? ChartStyle.MUTED : ChartStyle.TEXT);
            g.fillText(label(series.get(i)), at[0] + 22, at[1] + 8);
        }

        Geometry geo = geometry(w, h);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : geo.yTicks()) {
            horizontalGridLine(g, Math.round(geo.y(t)) + 0.5, geo.left(), geo.right(),
                    measure == Measure.RANK ? "#" + numbers.format(t) : ChartTexts.score(t));
        }
        List<LocalDate> dates = history.dates();
        if (!dates.isEmpty()) {
            Ticks.DateStep step = Ticks.dateStep(dates.get(0), dates.get(dates.size() - 1),
                    Math.max(2, (int) ((geo.right() - geo.left()) / 100)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (LocalDate d : Ticks.dates(dates.get(0), dates.get(dates.size() - 1), step)) {
                double x = Math.round(geo.x(d)) + 0.5;
                g.setStroke(ChartStyle.GRID);
                g.strokeLine(x, geo.top(), x, geo.bottom());
                g.setFill(ChartStyle.MUTED);
                String text = step.showsDays() ? d.toString() : d.toString().substring(0, 7);
                g.fillText(text, x, geo.bottom() + 8);
            }
            g.setStroke(ChartStyle.MUTED);
            for (LocalDate d : dates) {
                double x = Math.round(geo.x(d)) + 0.5;
                g.strokeLine(x, geo.bottom(), x, geo.bottom() + 4);
            }
        }
        axes(g, geo.left(), geo.right(), geo.top(), geo.bottom(), messages.get("chart.axis.date"), 42,
                messages.get(measure == Measure.SCORE ? "chart.axis.score" : "chart.axis.rank"));

        for (int i = 0; i < series.size(); i++) {
            Color colour = ChartStyle.seriesColour(i);
            for (List<Point> run : runs(series.get(i))) {
                if (measure == Measure.SCORE) {
                    band(g, geo, run, colour);
                }
                g.setStroke(colour);
                g.setLineWidth(2);
                for (int k = 1; k < run.size(); k++) {
                    g.strokeLine(geo.x(run.get(k - 1).date()), geo.y(value(run.get(k - 1))),
                            geo.x(run.get(k).date()), geo.y(value(run.get(k))));
                }
                g.setFill(colour);
                for (Point p : run) {
                    g.fillOval(geo.x(p.date()) - 3.5, geo.y(value(p)) - 3.5, 7, 7);
                }
            }
        }
    }

    private double value(Point p) {
        return measure == Measure.SCORE ? p.score() : p.rank();
    }

    /** The interval as a translucent band along a run; a single point gets an error bar instead. */
    private static void band(GraphicsContext g, Geometry geo, List<Point> run, Color colour) {
        if (run.size() == 1) {
            Point p = run.get(0);
            double x = geo.x(p.date());
            g.setStroke(colour.deriveColor(0, 1, 1, 0.5));
            g.setLineWidth(6);
            g.strokeLine(x, geo.y(p.low()), x, geo.y(p.high()));
            return;
        }
        int n = run.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int k = 0; k < n; k++) {
            Point p = run.get(k);
            xs[k] = geo.x(p.date());
            ys[k] = geo.y(p.high());
            Point back = run.get(n - 1 - k);
            xs[n + k] = geo.x(back.date());
            ys[n + k] = geo.y(back.low());
        }
        g.setFill(colour.deriveColor(0, 1, 1, 0.16));
        g.fillPolygon(xs, ys, 2 * n);
    }

    /** The model's points cut where it is missing from a snapshot between two of them. */
    private List<List<Point>> runs(Series s) {
        List<LocalDate> dates = history.dates();
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        int index = -1;
        for (Point p : s.points()) {
            int at = java.util.Collections.binarySearch(dates, p.date());
            if (!run.isEmpty() && at != index + 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
            index = at;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** Where a model's point of a date is, in the chart's coordinates; null when there is none. */
    public javafx.geometry.Point2D locate(String model, LocalDate date) {
        Geometry geo = geometry(getWidth(), getHeight());
        for (Series s : series) {
            if (s.model().equals(model)) {
                for (Point p : s.points()) {
                    if (p.date().equals(date)) {
                        return new javafx.geometry.Point2D(geo.x(date), geo.y(value(p)));
                    }
                }
            }
        }
        return null;
    }

    @Override
    Hit hitAt(double x, double y) {
        Geometry geo = geometry(getWidth(), getHeight());
        Hit best = null;
        double bestDistance = REACH * REACH;
        for (Series s : series) {
            for (Point p : s.points()) {
                double dx = geo.x(p.date()) - x;
                double dy = geo.y(value(p)) - y;
                if (dx * dx + dy * dy < bestDistance) {
                    bestDistance = dx * dx + dy * dy;
                    String ci = p.ci().isKnown() ? " (" + p.ci() + ")" : "";
                    best = new Hit(s.model(), messages.get("chart.tip.history", s.model(), p.date().toString(),
                            ChartTexts.score(p.score()) + ci, numbers.format(p.rank()), numbers.format(p.models())));
                }
            }
        }
        return best;
    }
}
