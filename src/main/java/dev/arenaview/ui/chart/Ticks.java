package dev.arenaview.ui.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an axis gets its ticks: at round numbers (1, 2 or 5 times a power of ten), at
 * 1-2-5 steps of each decade on a log axis, and at whole days, weeks, months or years on a
 * date axis. Plain arithmetic, tested without a window.
 */
final class Ticks {

    private Ticks() {
    }

    /** Where {@code value} lies from the first tick (0) to the last (1): an axis's scale. */
    static double fraction(double[] ticks, double value) {
        double min = ticks[0];
        return (value - min) / (ticks[ticks.length - 1] - min);
    }

    /**
     * Round values covering {@code [min, max]} with about {@code target} steps: the first at or
     * below {@code min}, the last at or above {@code max}.
     */
    static double[] linear(double min, double max, int target) {
        if (!(max > min)) {
            double pad = Math.max(1, Math.abs(min) * 0.01);
            return linear(min - pad, min + pad, target);
        }
        double step = niceStep((max - min) / Math.max(1, target));
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        // Below 1, divided by a whole power of ten rather than multiplied by a fraction: 3 / 10
        // is the double nearest 0.3, 3 * 0.1 is not.
        double inverse = step < 1 ? Math.rint(1 / step) : 0;
        double[] out = new double[(int) (last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = inverse > 0 ? (first + i) / inverse : (first + i) * step;
        }
        return out;
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * Ticks of a log axis inside {@code [min, max]} (both above 0): 1, 2 and 5 of each decade;
     * when those would be more than {@code target}, 1 and 5; then only the powers of ten.
     * Unlike a linear axis, a log axis is not stretched to round ends: a decade of room would
     * be empty.
     */
    static double[] log(double min, double max, int target) {
        double low = Math.pow(10, Math.floor(Math.log10(min)));
        int decades = (int) Math.ceil(Math.log10(max / low) - 1e-9);
        double[] chosen = new double[0];
        for (int[] multiples : new int[][] {{1, 2, 5}, {1, 5}, {1}}) {
            List<Double> ticks = new ArrayList<>();
            for (int d = 0; d <= decades; d++) {
                double power = Math.rint(low * Math.pow(10, d) * 1e6) / 1e6;
                for (int m : multiples) {
                    if (power * m >= min && power * m <= max) {
                        ticks.add(power * m);
                    }
                }
            }
            if (ticks.size() < 2 && chosen.length > 0) {
                break; // sparser would leave too little to read
            }
            chosen = ticks.stream().mapToDouble(Double::doubleValue).toArray();
            if (ticks.size() <= Math.max(target, 3)) {
                break;
            }
        }
        return chosen;
    }

    /** A step of a date axis. */
    enum DateStep {
        DAY(1, ChronoUnit.DAYS), WEEK(7, ChronoUnit.DAYS), TWO_WEEKS(14, ChronoUnit.DAYS),
        MONTH(1, ChronoUnit.MONTHS), QUARTER(3, ChronoUnit.MONTHS), HALF_YEAR(6, ChronoUnit.MONTHS),
        YEAR(1, ChronoUnit.YEARS);

        final int amount;
        final ChronoUnit unit;

        DateStep(int amount, ChronoUnit unit) {
            this.amount = amount;
            this.unit = unit;
        }

        /** Whether a label needs the day, or the month is enough. */
        boolean showsDays() {
            return unit == ChronoUnit.DAYS;
        }

        long approximateDays() {
            return unit == ChronoUnit.DAYS ? amount : unit == ChronoUnit.MONTHS ? amount * 30L : amount * 365L;
        }
    }

    /** The step for about {@code target} ticks between two dates. */
    static DateStep dateStep(LocalDate from, LocalDate to, int target) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (DateStep step : DateStep.values()) {
            if (days / step.approximateDays() <= Math.max(1, target)) {
                return step;
            }
        }
        return DateStep.YEAR;
    }

    /**
     * Dates from {@code from} to {@code to} at the step: weeks start on the first date, months
     * on the first of a month, years on the first of January, so labels read as round dates.
     */
    static List<LocalDate> dates(LocalDate from, LocalDate to, DateStep step) {
        LocalDate first;
        switch (step.unit) {
            case MONTHS:
                first = from.withDayOfMonth(1);
                int month0 = first.getMonthValue() - 1;
                first = first.withMonth(month0 - month0 % step.amount + 1);
                if (first.isBefore(from)) {
                    first = first.plusMonths(step.amount);
                }
                break;
            case YEARS:
                first = from.withDayOfYear(1);
                if (first.isBefore(from)) {
                    first = first.plusYears(1);
                }
                break;
            default:
                first = from;
                break;
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(to); d = d.plus(step.amount, step.unit)) {
            out.add(d);
        }
        return out;
    }
}
