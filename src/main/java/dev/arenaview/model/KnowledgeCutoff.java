package dev.arenaview.model;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A model's knowledge cutoff: the cell's text as published, and the year-month it names
 * when it names one ({@code 2023/10}). {@code Unknown}, an empty cell and any other word
 * ({@code Online}) have no date and sort last.
 *
 * @param text  the cell, trimmed
 * @param month the date it names, or {@code null}
 */
public record KnowledgeCutoff(String text, YearMonth month) {

    public static final KnowledgeCutoff EMPTY = new KnowledgeCutoff("", null);

    /** Parses {@code 2023/10} (also {@code 2023-10}, {@code 2023.10}); any other text has no date. */
    public static KnowledgeCutoff parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return EMPTY;
        }
        // By hand, not by regular expression: this runs for every row of very large files.
        int sep = 4;
        boolean shape = t.length() >= 6 && t.length() <= 7 && allDigits(t, 0, 4)
                && (t.charAt(sep) == '/' || t.charAt(sep) == '.' || t.charAt(sep) == '-') && allDigits(t, 5, t.length());
        if (shape) {
            try {
                return new KnowledgeCutoff(t, YearMonth.of(Integer.parseInt(t, 0, 4, 10),
                        Integer.parseInt(t, 5, t.length(), 10)));
            } catch (DateTimeException e) {
                // "2023/13" is not a date; it is shown as written and sorts with the unknown ones.
            }
        }
        return new KnowledgeCutoff(t, null);
    }

    private static boolean allDigits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    public Optional<YearMonth> yearMonth() {
        return Optional.ofNullable(month);
    }

    /**
     * True when the cell says nothing: empty or {@code Unknown}. Such cells are shown as
     * "n/a" / "暂无数据"; other undated words ({@code Online}) are shown as written.
     */
    public boolean isUnstated() {
        return text.isEmpty() || text.equalsIgnoreCase("Unknown");
    }

    /** The text to show: {@code unstatedLabel} for an unstated cutoff, else the cell as written. */
    public String display(String unstatedLabel) {
        return isUnstated() ? unstatedLabel : text;
    }
}
