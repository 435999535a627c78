package dev.arenaview.report;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Markdown report our users publish: title, time line, hint, the leaderboard table of a
 * view, a legend of every column, the data source and a disclaimer. Its table reproduces the
 * reference report cell for cell; columns are padded so the raw text lines up in a
 * monospace font.
 */
public final class MarkdownReport {

    private final ReportLanguage language;

    public MarkdownReport(ReportLanguage language) {
        this.language = language;
    }

    /** The report of everything a view shows. */
    public String render(LeaderboardView view, ReportTime time) {
        return render(view.board(), view.rows(), view.filter(), view.order(), time);
    }

    /**
     * The report of given rows of a leaderboard.
     *
     * @param board  the leaderboard the rows come from (its schema, arena and size)
     * @param rows   the rows to show, in the order to show them
     * @param filter the filter that chose the rows, described under the table heading when active
     * @param order  the order of the rows, described when it is not the leaderboard's own
     * @param time   the data time for the time line
     */
    public String render(Leaderboard board, List<Entry> rows, Filter filter, SortOrder order, ReportTime time) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 256);
        out.append("# ").append(text(titleKey(board))).append("\n\n");
        out.append(text("intro")).append("\n\n");
        out.append("> **").append(text("time.label")).append("**: ").append(time.format(language)).append("\n\n");
        out.append("{% hint style=\"info\" %}\n").append(text("hint")).append("\n{% endhint %}\n\n");
        out.append("## ").append(text("heading.table")).append("\n\n");
        String view = describeView(board, rows, filter, order);
        if (!view.isEmpty()) {
            out.append("> ").append(view).append("\n\n");
        }
        out.append(table(board.schema(), rows)).append('\n');
        out.append("## ").append(text("heading.legend")).append("\n\n");
        for (Column column : columns(board.schema())) {
            out.append("- **").append(heading(column, board.schema())).append("**").append(colon())
                    .append(legend(column, board.schema())).append('\n');
        }
        out.append('\n');
        out.append("## ").append(text("heading.source")).append("\n\n").append(text("source.text")).append("\n\n");
        out.append("## ").append(text("heading.disclaimer")).append("\n\n").append(text("disclaimer.text")).append('\n');
        return out.toString();
    }

    /**
     * The leaderboard table alone: header, alignment row and one line per row, each
     * column padded to its widest cell.
     */
    public String table(Schema schema, List<Entry> rows) {
        List<Column> columns = columns(schema);
        int n = columns.size();
        List<String[]> lines = new ArrayList<>(rows.size() + 1);
        String[] head = new String[n];
        for (int c = 0; c < n; c++) {
            head[c] = heading(columns.get(c), schema);
        }
        lines.add(head);
        for (Entry entry : rows) {
            String[] cells = new String[n];
            for (int c = 0; c < n; c++) {
                cells[c] = cell(columns.get(c), entry);
            }
            lines.add(cells);
        }
        int[] width = new int[n];
        for (String[] cells : lines) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], Markdown.displayWidth(cells[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            out.append('|');
            for (int c = 0; c < n; c++) {
                int pad = width[c] - Markdown.displayWidth(cells[c]);
                out.append(' ');
                if (isNumeric(columns.get(c))) {
                    out.append(" ".repeat(pad)).append(cells[c]);
                } else {
                    out.append(cells[c]).append(" ".repeat(pad));
                }
                out.append(" |");
            }
            out.append('\n');
            if (i == 0) {
                out.append('|');
                for (int c = 0; c < n; c++) {
                    out.append(':').append("-".repeat(width[c] + 1)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The columns a schema's report has: schema A has no style-control rank. */
    public static List<Column> columns(Schema schema) {
        List<Column> columns = new ArrayList<>(List.of(Column.values()));
        if (!schema.hasStyleControlRank()) {
            columns.remove(Column.RANK_STYLECTRL);
        }
        return columns;
    }

    /** The column's heading in this language ({@code 排名(UB)}, or {@code 排名} in schema C). */
    public String heading(Column column, Schema schema) {
        return text(columnKey(column, schema, "col."));
    }

    /** One cell as it appears in the report, escaped. */
    public String cell(Column column, Entry entry) {
        switch (column) {
            case RANK: return Integer.toString(entry.rank());
            case RANK_STYLECTRL: return entry.hasRankStyleCtrl() ? Integer.toString(entry.rankStyleCtrl()) : "";
            case MODEL: return Markdown.link(entry.model(), entry.url());
            case SCORE: return Integer.toString(entry.score());
            case CI: return entry.ci().toString();
            case VOTES: return String.format(Locale.ROOT, "%,d", entry.votes());
            case ORGANIZATION: return Markdown.text(entry.organization());
            case LICENSE: return Markdown.text(entry.license());
            case CUTOFF: return Markdown.text(entry.cutoff().display(text("unknown")));
            default: throw new AssertionError(column);
        }
    }

    private static boolean isNumeric(Column column) {
        return column == Column.RANK || column == Column.RANK_STYLECTRL || column == Column.SCORE
                || column == Column.VOTES;
    }

    private String legend(Column column, Schema schema) {
        return text(columnKey(column, schema, "legend."));
    }

    private static String columnKey(Column column, Schema schema, String prefix) {
        switch (column) {
            case RANK: return prefix + (schema.rankIsUpperBound() ? "rank.ub" : "rank.position");
            case RANK_STYLECTRL: return prefix + "rank.style";
            case MODEL: return prefix + "model";
            case SCORE: return prefix + "score";
            case CI: return prefix + "ci";
            case VOTES: return prefix + "votes";
            case ORGANIZATION: return prefix + "organization";
            case LICENSE: return prefix + "license";
            case CUTOFF: return prefix + "cutoff";
            default: throw new AssertionError(column);
        }
    }

    private static String titleKey(Leaderboard board) {
        Arena arena = board.arena().orElse(Arena.TEXT);
        return "title." + arena.id();
    }

    /** The separator after a legend item's name: a full-width colon in Chinese. */
    private String colon() {
        return language == ReportLanguage.ZH ? "：" : ": ";
    }

    /**
     * What the table shows when it is not the whole leaderboard in its own order: the
     * filters, the count and the order. Empty for the plain leaderboard.
     */
    private String describeView(Leaderboard board, List<Entry> rows, Filter filter, SortOrder order) {
        List<String> parts = new ArrayList<>();
        if (!filter.vendors().isEmpty()) {
            parts.add(fill(text("view.vendors"), joinValues(filter.vendors())));
        }
        if (!filter.licenses().isEmpty()) {
            parts.add(fill(text("view.licenses"), joinValues(filter.licenses())));
        }
        if (filter.openLicensesOnly()) {
            parts.add(text("view.open"));
        }
        if (!filter.search().isEmpty()) {
            parts.add(fill(text("view.search"), Markdown.text(filter.search())));
        }
        StringBuilder out = new StringBuilder();
        if (!parts.isEmpty() || rows.size() != board.size()) {
            if (!parts.isEmpty()) {
                out.append(text("view.prefix")).append(language == ReportLanguage.ZH ? "" : " ")
                        .append(String.join(text("view.and"), parts))
                        .append(language == ReportLanguage.ZH ? "。" : ". ");
            }
            out.append(fill(text("view.count"), String.format(Locale.ROOT, "%,d", rows.size()),
                    String.format(Locale.ROOT, "%,d", board.size())));
        }
        if (!order.equals(SortOrder.DEFAULT) && !order.keys().isEmpty()) {
            String keys = order.keys().stream()
                    .map(k -> heading(k.column(), board.schema()) + " " + text(k.ascending() ? "view.asc" : "view.desc"))
                    .collect(Collectors.joining(language == ReportLanguage.ZH ? "，" : ", "));
            if (out.length() > 0) {
                out.append(language == ReportLanguage.ZH ? "" : " ");
            }
            out.append(fill(text("view.sorted"), keys));
        }
        return out.toString();
    }

    private String joinValues(java.util.Set<String> values) {
        // Sorted, so that the same filter always reads the same way.
        return new TreeSet<>(values).stream()
                .map(v -> v.isEmpty() ? "\"\"" : Markdown.text(v))
                .collect(Collectors.joining(text("view.or")));
    }

    private static String fill(String pattern, String... values) {
        String out = pattern;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", values[i]);
        }
        return out;
    }

    private String text(String key) {
        return language.text(key);
    }
}
