package dev.arenaview.model;

import java.util.Optional;

/**
 * A 95% confidence interval as upstream writes it, {@code +U/-L} in whole score points.
 * {@link #UNKNOWN} stands for an empty cell.
 */
public record ConfidenceInterval(int plus, int minus) {

    public static final ConfidenceInterval UNKNOWN = new ConfidenceInterval(-1, -1);

    /**
     * Parses {@code +5/-4} (the plus optional, blanks allowed around the parts); an empty text
     * is {@link #UNKNOWN}; anything else is empty. Hand-written rather than a regular
     * expression: it runs once per row of files with a million rows.
     */
    public static Optional<ConfidenceInterval> parse(String text) {
        int[] pos = {skipBlanks(text, 0)};
        int end = text.length();
        if (pos[0] == end) {
            return Optional.of(UNKNOWN);
        }
        if (text.charAt(pos[0]) == '+') {
            pos[0] = skipBlanks(text, pos[0] + 1);
        }
        int plus = digits(text, pos);
        pos[0] = skipBlanks(text, pos[0]);
        if (plus < 0 || pos[0] == end || text.charAt(pos[0]) != '/') {
            return Optional.empty();
        }
        pos[0] = skipBlanks(text, pos[0] + 1);
        if (pos[0] == end || text.charAt(pos[0]) != '-') {
            return Optional.empty();
        }
        pos[0] = skipBlanks(text, pos[0] + 1);
        int minus = digits(text, pos);
        if (minus < 0 || skipBlanks(text, pos[0]) != end) {
            return Optional.empty();
        }
        return Optional.of(new ConfidenceInterval(plus, minus));
    }

    /** The number of 1 to 9 digits at {@code pos[0]}, moving past them; -1 when there is none. */
    private static int digits(String text, int[] pos) {
        int i = pos[0];
        int value = 0;
        while (i < text.length() && i - pos[0] < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == pos[0] || (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
            return -1;
        }
        pos[0] = i;
        return value;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
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
