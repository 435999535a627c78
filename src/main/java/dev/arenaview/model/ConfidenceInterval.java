package dev.arenaview.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 95% confidence interval as upstream writes it, {@code +U/-L} in whole score points.
 * {@link #UNKNOWN} stands for an empty cell.
 */
public record ConfidenceInterval(int plus, int minus) {

    public static final ConfidenceInterval UNKNOWN = new ConfidenceInterval(-1, -1);

    private static final Pattern FORM = Pattern.compile("\\+?\\s*(\\d{1,9})\\s*/\\s*-\\s*(\\d{1,9})");

    /** Parses {@code +5/-4}; an empty text is {@link #UNKNOWN}; anything else is empty. */
    public static Optional<ConfidenceInterval> parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ConfidenceInterval(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public boolean isKnown() {
        return plus >= 0;
    }

    /** Total width of the interval, the measure of how uncertain the score is. */
    public int width() {
        return isKnown() ? plus + minus : Integer.MAX_VALUE;
    }

    /** {@code +5/-4}, or the empty string when unknown. */
    @Override
    public String toString() {
        return isKnown() ? "+" + plus + "/-" + minus : "";
    }
}
