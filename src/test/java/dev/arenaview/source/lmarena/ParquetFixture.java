package dev.arenaview.source.lmarena;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Parquet files of a rating board, made by DuckDB as the tests need them: the dataset's columns
 * with its real types ({@code vote_count} and {@code rank} DOUBLE as in {@code text}, or BIGINT
 * as in {@code webdev} and the image boards), and any of its quirks (null bounds, NaN ratings,
 * empty vendors, a model listed twice).
 */
public final class ParquetFixture {

    /** One row; a null is written as SQL null, {@code Double.NaN} as NaN. */
    public record Row(String model, String organization, String license, String category, String date,
                      Double rating, Double lower, Double upper, Double votes) {
    }

    private final List<Row> rows = new ArrayList<>();
    private boolean integerCounts;

    public static ParquetFixture board() {
        return new ParquetFixture();
    }

    /** A rated row with an interval of {@code minus} below and {@code plus} above the rating. */
    public ParquetFixture row(String model, String organization, String license, String category, String date,
                              double rating, double minus, double plus, double votes) {
        rows.add(new Row(model, organization, license, category, date, rating, rating - minus, rating + plus, votes));
        return this;
    }

    public ParquetFixture row(Row row) {
        rows.add(row);
        return this;
    }

    /** {@code vote_count} and {@code rank} as BIGINT, as the webdev, image and video boards write them. */
    public ParquetFixture integerCounts() {
        integerCounts = true;
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The Parquet file's bytes (SNAPPY, as the dataset's). */
    public byte[] bytes() {
        try {
            Path file = Files.createTempFile("fixture", ".parquet");
            try {
                write(file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) {
        String count = integerCounts ? "BIGINT" : "DOUBLE";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE board (model_name VARCHAR, organization VARCHAR, license VARCHAR,"
                        + " category VARCHAR, leaderboard_publish_date VARCHAR, rating DOUBLE, rating_lower DOUBLE,"
                        + " rating_upper DOUBLE, variance DOUBLE, vote_count " + count + ", rank " + count + ")");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO board VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int rank = 0;
                for (Row r : rows) {
                    p.setString(1, r.model());
                    p.setString(2, r.organization());
                    p.setString(3, r.license());
                    p.setString(4, r.category());
                    p.setString(5, r.date());
                    setDouble(p, 6, r.rating());
                    setDouble(p, 7, r.lower());
                    setDouble(p, 8, r.upper());
                    setDouble(p, 9, r.lower() == null ? null : 4.0);
                    if (integerCounts) {
                        if (r.votes() == null) {
                            p.setNull(10, Types.BIGINT);
                        } else {
                            p.setLong(10, Math.round(r.votes()));
                        }
                        p.setLong(11, ++rank);
                    } else {
                        setDouble(p, 10, r.votes());
                        p.setDouble(11, ++rank);
                    }
                    p.execute();
                }
            }
            try (PreparedStatement p = c.prepareStatement("COPY board TO ? (FORMAT parquet, COMPRESSION snappy)")) {
                p.setString(1, file.toAbsolutePath().toString());
                p.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the Parquet fixture: " + e.getMessage(), e);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }
}
