package dev.arenaview.report;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Freshness;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Origin;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import dev.arenaview.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Markdown report our users publish: title, time line, hint, the leaderboard table of a
 * view, a legend of every column, the data source and a disclaimer. Its table reproduces the
 * reference report cell for cell; columns are padded so the raw text lines up in a
 * monospace font.
 *
 * <p>{@link #withChanges} adds what changed since an earlier snapshot: a change column after
 * the rank columns, its legend, and the models that left the board. Without it the report is
 * exactly the reference's.
 */
public final class MarkdownReport {

    private final ReportLanguage language;
    private final Changes changes;
    private final ChartImage chart;
    private final LocalDate asOf;

    /**
     * A chart image beside the report, linked under the table.
     *
     * @param fileName the image's file name, in the report's folder
     * @param models   how many models it shows, for its alternative text
     */
    public record ChartImage(String fileName, int models) {
        public ChartImage {
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    public MarkdownReport(ReportLanguage language) {
        this(language, Changes.none(), null, null);
    }

    private MarkdownReport(ReportLanguage language, Changes changes, ChartImage chart, LocalDate asOf) {
        this.language = language;
        this.changes = Objects.requireNonNull(changes, "changes");
        this.chart = chart;
        this.asOf = asOf;
    }

    /**
     * This report with a change column ({@code 变化} / {@code Change}) comparing the rows with an
     * earlier snapshot, a legend item naming that snapshot's date, and a line under the table
     * listing the models that have left the board (those the view's filter would show).
     * {@link Changes#none()} gives the plain report back.
     */
    public MarkdownReport withChanges(Changes changes) {
        return new MarkdownReport(language, changes, chart, asOf);
    }

    /**
     * This report with an image of the confidence-interval chart under the table:
     * {@code ![alt](file)}, the file name percent-encoded so that any name stays one relative
     * link to that file. Null gives the report without an image back.
     */
    public MarkdownReport withChart(ChartImage image) {
        return new MarkdownReport(language, changes, image, asOf);
    }

    /**
     * This report made on a given day: its title says "(live)", as the reference's does, only
     * when the data is current that day (not {@linkplain Freshness#isStale() stale}), and
     * otherwise the data's date, so that an old snapshot is not passed off as today's rankings.
     * Without a day, or for undated data, the title is the reference's.
     */
    public MarkdownReport asOf(LocalDate day) {
        return new MarkdownReport(language, changes, chart, day);
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
        out.append("# ").append(title(board)).append("\n\n");
        out.append(text("intro")).append("\n\n");
        out.append("> **").append(text("time.label")).append("**: ").append(time.format(language)).append("\n\n");
        if (!board.category().isOverall()) {
            out.append("> **").append(text("category.label")).append("**: ").append(categoryName(board.category()))
                    .append("\n\n");
        }
        out.append("{% hint style=\"info\" %}\n").append(text("hint")).append("\n{% endhint %}\n\n");
        out.append("## ").append(text("heading.table")).append("\n\n");
        String view = describeView(board, rows, filter, order);
        if (!view.isEmpty()) {
            out.append("> ").append(view).append("\n\n");
        }
        out.append(table(tableColumns(board.schema(), showsChanges()), rows)).append('\n');
        String gone = describeGone(filter);
        if (!gone.isEmpty()) {
            out.append(gone).append("\n\n");
        }
        if (chart != null) {
            out.append(Markdown.image(fill(text(chart.models() == 1 ? "chart.alt.one" : "chart.alt"),
                    grouped(chart.models())), chart.fileName())).append("\n\n");
        }
        out.append("## ").append(text("heading.legend")).append("\n\n");
        List<Column> columns = columns(board.schema());
        for (int c = 0; c < columns.size(); c++) {
            if (showsChanges() && c == changeColumnIndex(columns)) {
                out.append("- **").append(text("col.change")).append("**").append(colon())
                        .append(changeLegend()).append('\n');
            }
            out.append("- **").append(heading(columns.get(c), board.schema())).append("**").append(colon())
                    .append(legend(columns.get(c), board.schema())).append('\n');
        }
        out.append('\n');
        out.append("## ").append(text("heading.source")).append("\n\n").append(sourceText(board)).append("\n\n");
        out.append("## ").append(text("heading.disclaimer")).append("\n\n")
                .append(text(board.origin() == Origin.LMARENA ? "disclaimer.lmarena" : "disclaimer.text")).append('\n');
        return out.toString();
    }

    /**
     * Who published the data: LMArena's dataset must be credited with its licence (CC-BY-4.0
     * asks for attribution), with the board and category the table is of.
     */
    private String sourceText(Leaderboard board) {
        if (board.origin() != Origin.LMARENA) {
            return text("source.text");
        }
        String config = board.arena().orElse(Arena.TEXT).config();
        return fill(text("source.lmarena"), config, categoryName(board.category()));
    }

    /** The category's readable name in the report's language, or its id as published (escaped: it comes from the data). */
    private String categoryName(Category category) {
        return Markdown.text(category.displayName(language.locale()));
    }

    /**
     * The leaderboard table alone: header, alignment row and one line per row, each
     * column padded to its widest cell.
     */
    public String table(Schema schema, List<Entry> rows) {
        // A single copied row has nothing to compare with, so it never has the change column.
        return table(tableColumns(schema, false), rows);
    }

    /** A column of the table as laid out: its heading, its cells, and whether they line up on the right. */
    private record TableColumn(String heading, Function<Entry, String> cell, boolean rightAligned) {
    }

    private List<TableColumn> tableColumns(Schema schema, boolean withChange) {
        List<Column> columns = columns(schema);
        List<TableColumn> out = new ArrayList<>(columns.size() + 1);
        for (Column column : columns) {
            out.add(new TableColumn(heading(column, schema), e -> cell(column, e), isNumeric(column)));
        }
        if (withChange) {
            String newWord = text("change.new");
            out.add(changeColumnIndex(columns), new TableColumn(text("col.change"),
                    e -> Markdown.text(changes.label(e, newWord)), true));
        }
        return out;
    }

    /** The change column goes right after the rank columns, which lead the table. */
    private static int changeColumnIndex(List<Column> columns) {
        int index = 0;
        while (index < columns.size()
                && (columns.get(index) == Column.RANK || columns.get(index) == Column.RANK_STYLECTRL)) {
            index++;
        }
        return index;
    }

    private boolean showsChanges() {
        return !changes.isEmpty();
    }

    private String table(List<TableColumn> columns, List<Entry> rows) {
        int n = columns.size();
        List<String[]> lines = new ArrayList<>(rows.size() + 1);
        String[] head = new String[n];
        for (int c = 0; c < n; c++) {
            head[c] = columns.get(c).heading();
        }
        lines.add(head);
        for (Entry entry : rows) {
            String[] cells = new String[n];
            for (int c = 0; c < n; c++) {
                cells[c] = columns.get(c).cell().apply(entry);
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
                if (columns.get(c).rightAligned()) {
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
            case VOTES: return grouped(entry.votes());
            case ORGANIZATION: return Markdown.text(entry.organization());
            case LICENSE: return Markdown.text(entry.license());
            case CUTOFF: return Markdown.text(entry.cutoff().display(text("unknown")));
            default: throw new AssertionError(column);
        }
    }

    /**
     * {@code 12,327}: thousands grouped by commas, as the reference report writes votes. By hand:
     * {@code String.format} builds its number symbols anew for every one of a million cells.
     */
    static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static boolean isNumeric(Column column) {
        return column == Column.RANK || column == Column.RANK_STYLECTRL || column == Column.SCORE
                || column == Column.VOTES;
    }

    private String legend(Column column, Schema schema) {
        return text(columnKey(column, schema, "legend."));
    }

    private String changeLegend() {
        return changes.earlierDate()
                .map(date -> fill(text("legend.change.dated"), date.toString()))
                .orElseGet(() -> text("legend.change.undated"));
    }

    /**
     * The models that left the board since the earlier snapshot, as a line for under the table;
     * empty when none did or there is no comparison. Only those the view's filter would keep are
     * named, so that a report of one vendor does not list the others' departures.
     */
    private String describeGone(Filter filter) {
        List<String> names = changes.gone().stream().filter(filter)
                .map(e -> Markdown.text(e.model()))
                .collect(Collectors.toList());
        if (names.isEmpty()) {
            return "";
        }
        String list = String.join(text("gone.separator"), names);
        return changes.earlierDate()
                .map(date -> fill(text("gone.dated"), date.toString(), list))
                .orElseGet(() -> fill(text("gone.undated"), list));
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

    private String title(Leaderboard board) {
        String name = text("title." + board.arena().orElse(Arena.TEXT).id());
        Optional<Freshness> age = asOf == null ? Optional.empty() : Freshness.of(board.date(), asOf);
        if (age.isPresent() && age.get().isStale()) {
            return fill(text("title.dated"), name, age.get().date().toString());
        }
        return fill(text("title.live"), name);
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
            parts.add(fill(text("view.vendors"), filter.grouped() ? joinGroupedVendors(board, filter.vendors())
                    : joinValues(filter.vendors())));
        }
        if (!filter.licenses().isEmpty()) {
            parts.add(fill(text("view.licenses"), filter.grouped() ? joinGroupedLicenses(filter.licenses())
                    : joinValues(filter.licenses())));
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
            out.append(fill(text(board.size() == 1 ? "view.count.one" : "view.count"), grouped(rows.size()),
                    grouped(board.size())));
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

    private String joinValues(Set<String> values) {
        // Sorted, so that the same filter always reads the same way.
        return new TreeSet<>(values).stream().map(MarkdownReport::value).collect(Collectors.joining(text("view.or")));
    }

    /**
     * Canonical vendor names, each with the spellings of the data it stands for when those
     * differ from the name: the table shows the published spellings, so a reader sees why
     * "DeepSeek AI" rows are there when the filter says DeepSeek.
     */
    private String joinGroupedVendors(Leaderboard board, Set<String> names) {
        Taxonomy taxonomy = Taxonomy.standard();
        Set<String> published = new HashSet<>();
        board.entries().forEach(e -> published.add(e.organization()));
        Map<String, Set<String>> spellings = new HashMap<>();
        for (String raw : published) {
            String name = taxonomy.vendor(raw);
            if (names.contains(name)) {
                spellings.computeIfAbsent(name, n -> new TreeSet<>()).add(raw);
            }
        }
        return new TreeSet<>(names).stream().map(name -> {
            Set<String> as = spellings.getOrDefault(name, Set.of());
            if (as.isEmpty() || as.equals(Set.of(name))) {
                return value(name);
            }
            return fill(text("view.spellings"), value(name),
                    as.stream().map(MarkdownReport::value).collect(Collectors.joining(text("view.list"))));
        }).collect(Collectors.joining(text("view.or")));
    }

    /** Licence classes by their readable names, in the classes' order, then published licences. */
    private String joinGroupedLicenses(Set<String> values) {
        List<String> parts = new ArrayList<>();
        for (LicenseClass c : LicenseClass.values()) {
            if (values.contains(c.name())) {
                parts.add(fill(text("view.licenseClass"), text("licenseClass." + c.id())));
            }
        }
        new TreeSet<>(values).stream().filter(v -> LicenseClass.fromName(v).isEmpty())
                .forEach(v -> parts.add(value(v)));
        return String.join(text("view.or"), parts);
    }

    private static String value(String v) {
        return v.isEmpty() ? "\"\"" : Markdown.text(v);
    }

    /** Fills {0}, {1}... in one pass, so a value that itself contains "{1}" stays as it is. */
    private static String fill(String pattern, String... values) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 1) - '0' < values.length) {
                out.append(values[pattern.charAt(i + 1) - '0']);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String text(String key) {
        return language.text(key);
    }
}
