package dev.arenaview.source.lmarena;

import dev.arenaview.model.Category;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The rating boards' Parquet files read through DuckDB, checked as they are read. This is the
 * only class that touches DuckDB, so that nothing else loads its 60 MB native library: the
 * window's start and an export the cache can serve never come here.
 *
 * <p>Every downloaded byte is treated as hostile. DuckDB runs in memory, may read only the
 * dataset's own folder (no other file, no network, no extensions, its settings locked), and every
 * value is bound as a parameter. The rows it gives are checked one by one: a value no board has
 * (a negative vote count, a bound on the wrong side of the rating, a control character in a name)
 * is an error naming the file and row.
 */
final class ParquetTable implements AutoCloseable {

    /** More rows than any query of a real board gives (the text board's whole history is about 3 million). */
    static final int MAX_ROWS = 20_000_000;

    /** Longer than any name, licence or category the dataset has: a longer one is a damaged file. */
    static final int MAX_TEXT = 1_000;

    /** The columns a rating board has, and what each must be. */
    private static final Map<String, String> REQUIRED = requiredColumns();

    private static Map<String, String> requiredColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model_name", "text");
        m.put("organization", "text");
        m.put("license", "text");
        m.put("category", "text");
        m.put("leaderboard_publish_date", "date");
        m.put("rating", "number");
        m.put("rating_lower", "number");
        m.put("rating_upper", "number");
        m.put("vote_count", "number");
        return m;
    }

    private static final Set<String> NUMBER_TYPES = Set.of("DOUBLE", "FLOAT", "REAL", "BIGINT", "INTEGER", "SMALLINT",
            "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT");

    private static final String COLUMNS = "model_name, organization, license, category,"
            + " CAST(leaderboard_publish_date AS VARCHAR), CAST(rating AS DOUBLE), CAST(rating_lower AS DOUBLE),"
            + " CAST(rating_upper AS DOUBLE), CAST(vote_count AS DOUBLE), filename, file_row_number";

    /** A file to read: where it is, and its name in the dataset for messages. */
    record DataFile(Path path, String name) {
    }

    /** Rows as read: those with a rating, and how many of each category had none (NaN or null, as some old ones do). */
    record Rows(List<RatingRow> rows, Map<Category, Integer> withoutRating) {
    }

    private final Connection connection;

    private ParquetTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * DuckDB in memory, allowed to read files under {@code folder} only, with its spill files (if a
     * query ever needs them) in {@code tempFolder}.
     */
    static ParquetTable open(Path folder, Path tempFolder) throws DatasetException {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException | RuntimeException | LinkageError e) {
            throw new DatasetException("DuckDB", "cannot start DuckDB, which reads the dataset's Parquet files: "
                    + firstLine(e), e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET allowed_directories = ['" + literal(folder) + "']");
            s.execute("SET temp_directory = '" + literal(tempFolder) + "'");
            s.execute("SET memory_limit = '1GB'");
            s.execute("SET enable_external_access = false");
            s.execute("SET lock_configuration = true");
            return new ParquetTable(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatasetException("DuckDB", "cannot set DuckDB up: " + firstLine(e), e);
        }
    }

    /**
     * A folder as a SQL string literal, for the two settings that take no parameters: it is the
     * app's own cache folder, never a downloaded value, and quotes in it are doubled.
     */
    private static String literal(Path folder) {
        String text = folder.toAbsolutePath().normalize().toString();
        if (!text.endsWith(java.io.File.separator)) {
            text += java.io.File.separator;
        }
        return text.replace("'", "''");
    }

    /** Every row of the files (a {@code latest} split: each category's newest snapshot). */
    Rows all(List<DataFile> files) throws DatasetException {
        checkColumns(files);
        return rows(files, "SELECT " + COLUMNS + " FROM " + source(files.size()), List.of());
    }

    /**
     * Reads every row of the files through the same checks, keeping none: a download of the whole
     * history (millions of rows) is read completely before it is accepted.
     *
     * @return how many rows were read
     */
    long check(List<DataFile> files) throws DatasetException {
        checkColumns(files);
        long[] count = {0};
        rows(files, "SELECT " + COLUMNS + " FROM " + source(files.size()), List.of(), r -> count[0]++, c -> count[0]++);
        return count[0];
    }

    /** Every snapshot of one category, oldest first (a {@code full} split: the history). */
    Rows category(List<DataFile> files, Category category) throws DatasetException {
        checkColumns(files);
        return rows(files, "SELECT " + COLUMNS + " FROM " + source(files.size()) + " WHERE category = ?"
                + " ORDER BY CAST(leaderboard_publish_date AS VARCHAR)", List.of(category.id()));
    }

    /** One category's snapshot of one day. */
    Rows snapshot(List<DataFile> files, Category category, LocalDate date) throws DatasetException {
        checkColumns(files);
        return rows(files, "SELECT " + COLUMNS + " FROM " + source(files.size())
                + " WHERE category = ? AND CAST(leaderboard_publish_date AS VARCHAR) = ?",
                List.of(category.id(), date.toString()));
    }

    /**
     * The publish dates of each category, oldest first. Dates are compared as the dataset writes
     * them ({@code YYYY-MM-DD} sorts as it reads); one that is not a date is an error.
     */
    Map<Category, List<LocalDate>> dates(List<DataFile> files) throws DatasetException {
        checkColumns(files);
        String sql = "SELECT DISTINCT category, CAST(leaderboard_publish_date AS VARCHAR) FROM " + source(files.size());
        Map<Category, TreeSet<LocalDate>> found = new TreeMap<>();
        String name = names(files);
        try (PreparedStatement p = prepare(sql, files, List.of()); ResultSet r = p.executeQuery()) {
            int n = 0;
            while (r.next()) {
                if (++n > MAX_ROWS) {
                    throw new DatasetException(name, "more than " + MAX_ROWS + " dates, more than any board has");
                }
                Category category = category(r.getString(1), name, -1);
                found.computeIfAbsent(category, c -> new TreeSet<>()).add(date(r.getString(2), name, -1));
            }
        } catch (SQLException e) {
            throw failure(files, e);
        }
        Map<Category, List<LocalDate>> out = new TreeMap<>();
        found.forEach((c, d) -> out.put(c, List.copyOf(d)));
        return out;
    }

    /** {@code read_parquet([?, ?], ...)} for this many files: the count shapes the SQL, never a value. */
    private static String source(int files) {
        return "read_parquet([" + String.join(", ", java.util.Collections.nCopies(files, "?"))
                + "], union_by_name = true, filename = true, file_row_number = true)";
    }

    private PreparedStatement prepare(String sql, List<DataFile> files, List<String> values) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        int i = 1;
        for (DataFile f : files) {
            p.setString(i++, f.path().toAbsolutePath().normalize().toString());
        }
        for (String v : values) {
            p.setString(i++, v);
        }
        return p;
    }

    /** Refuses files that are not a rating board: a column missing, or of a type no rating board has. */
    private void checkColumns(List<DataFile> files) throws DatasetException {
        String name = names(files);
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement p = prepare("DESCRIBE SELECT * FROM " + source(files.size()), files, List.of());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                types.put(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2).toUpperCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw failure(files, e);
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> column : REQUIRED.entrySet()) {
            String type = types.get(column.getKey());
            if (type == null) {
                missing.add(column.getKey());
            } else if (!fits(type, column.getValue())) {
                throw new DatasetException(name, "the column " + column.getKey() + " is " + type + ", not a "
                        + column.getValue());
            }
        }
        if (!missing.isEmpty()) {
            throw new DatasetException(name, "not a rating board: it has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns"));
        }
    }

    private static boolean fits(String type, String kind) {
        switch (kind) {
            case "text": return type.equals("VARCHAR");
            case "date": return type.equals("VARCHAR") || type.equals("DATE");
            case "number": return NUMBER_TYPES.contains(type) || type.startsWith("DECIMAL");
            default: throw new AssertionError(kind);
        }
    }

    private Rows rows(List<DataFile> files, String sql, List<String> values) throws DatasetException {
        List<RatingRow> out = new ArrayList<>();
        Map<Category, Integer> without = new TreeMap<>();
        rows(files, sql, values, out::add, c -> without.merge(c, 1, Integer::sum));
        return new Rows(out, without);
    }

    /** Hands each checked row with a rating to {@code sink}, and the category of each without one to {@code unrated}. */
    private void rows(List<DataFile> files, String sql, List<String> values, Consumer<RatingRow> sink,
                      Consumer<Category> unrated) throws DatasetException {
        Map<String, String> nameOf = new HashMap<>();
        files.forEach(f -> nameOf.put(f.path().toAbsolutePath().normalize().toString(), f.name()));
        String all = names(files);
        long read = 0;
        try (PreparedStatement p = prepare(sql, files, values); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                if (++read > MAX_ROWS) {
                    throw new DatasetException(all, "more than " + MAX_ROWS + " rows, more than any board has");
                }
                String name = nameOf.getOrDefault(r.getString(10), all);
                long row = r.getLong(11) + 1;
                double rating = number(r, 6);
                if (Double.isNaN(rating)) {
                    unrated.accept(category(r.getString(4), name, row));
                    continue;
                }
                sink.accept(row(r, rating, name, row));
            }
        } catch (SQLException e) {
            throw failure(files, e);
        }
    }

    private static RatingRow row(ResultSet r, double rating, String file, long row) throws SQLException, DatasetException {
        String model = text(r.getString(1), "model_name", file, row);
        if (model.isEmpty()) {
            throw rowProblem(file, row, "model_name is empty");
        }
        String organization = text(r.getString(2), "organization", file, row);
        String license = text(r.getString(3), "license", file, row);
        Category category = category(r.getString(4), file, row);
        LocalDate date = date(r.getString(5), file, row);
        if (Double.isInfinite(rating) || rating < 0 || rating > 1e6) {
            throw rowProblem(file, row, "rating " + rating + " is not a rating");
        }
        double lower = number(r, 7);
        double upper = number(r, 8);
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            // An interval needs both ends; old snapshots have neither.
            lower = Double.NaN;
            upper = Double.NaN;
        } else if (Double.isInfinite(lower) || Double.isInfinite(upper) || lower > rating + 0.5 || upper < rating - 0.5) {
            throw rowProblem(file, row, "the interval " + lower + " to " + upper + " does not hold the rating " + rating);
        }
        double votes = number(r, 9);
        if (Double.isNaN(votes)) {
            votes = 0;
        }
        if (votes < 0 || votes > Integer.MAX_VALUE) {
            throw rowProblem(file, row, "vote_count " + votes + " is not a number of votes");
        }
        return new RatingRow(model, organization, license, category, date, rating, lower, upper,
                (int) Math.round(votes));
    }

    /** A double column; NaN for SQL null. */
    private static double number(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    private static String text(String value, String column, String file, long row) throws DatasetException {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw rowProblem(file, row, column + " is " + v.length() + " characters long, longer than any board writes");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                throw rowProblem(file, row, String.format(Locale.ROOT,
                        "%s contains the control character U+%04X, which no board has", column, (int) c));
            }
        }
        return v;
    }

    private static Category category(String value, String file, long row) throws DatasetException {
        String v = text(value, "category", file, row);
        if (v.isEmpty()) {
            throw rowProblem(file, row, "category is empty");
        }
        return new Category(v);
    }

    private static LocalDate date(String value, String file, long row) throws DatasetException {
        String v = text(value, "leaderboard_publish_date", file, row);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw rowProblem(file, row, "leaderboard_publish_date \"" + v + "\" is not a date like 2026-10-02");
        }
    }

    private static DatasetException rowProblem(String file, long row, String problem) {
        return new DatasetException(file, (row > 0 ? "row " + row + ": " : "") + problem);
    }

    /** DuckDB's complaint, with the files named as the dataset names them rather than by their place in the cache. */
    private static DatasetException failure(List<DataFile> files, SQLException e) {
        String message = firstLine(e);
        for (DataFile f : files) {
            message = message.replace(f.path().toAbsolutePath().normalize().toString(), f.name());
        }
        return new DatasetException(names(files), "not a readable Parquet file: " + message, e);
    }

    /** DuckDB's message without the SQL it quotes below it. */
    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = m.indexOf('\n');
        return (line >= 0 ? m.substring(0, line) : m).strip();
    }

    private static String names(List<DataFile> files) {
        return files.size() == 1 ? files.get(0).name()
                : String.join(", ", files.stream().map(DataFile::name).toList());
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing was read from it.
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
