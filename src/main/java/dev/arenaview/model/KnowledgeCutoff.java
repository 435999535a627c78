package dev.arenaview.model;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[/.-]\\s*(\\d{1,2})");

    public static KnowledgeCutoff parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return EMPTY;
        }
        Matcher m = YEAR_MONTH.matcher(t);
        if (m.matches()) {
            try {
                return new KnowledgeCutoff(t, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                // "2023/13" is not a date; it is shown as written and sorts with the unknown ones.
            }
        }
        return new KnowledgeCutoff(t, null);
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
