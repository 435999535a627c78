package dev.arenaview.bench;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Leaderboard;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a file: our reader against Commons CSV's bare parse of the same bytes, and against
 * DuckDB's own CSV reader loading the same file into a table (in memory, on every core).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ReadBenchmark {

    @Benchmark
    public Leaderboard arenaReader(LeaderboardState state) throws Exception {
        return new LeaderboardReader().read(state.file);
    }

    /** The floor: Commons CSV splitting the records, with no values parsed. */
    @Benchmark
    public long commonsCsvBare(LeaderboardState state) throws Exception {
        long fields = 0;
        try (Reader in = Files.newBufferedReader(state.file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                fields += record.size();
            }
        }
        return fields;
    }

    /** An in-memory DuckDB, opened once: its start is not the CSV reader's work. */
    @State(Scope.Benchmark)
    public static class DuckDb {
        Connection connection;

        @Setup
        public void open() throws SQLException {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        }

        @TearDown
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** DuckDB's CSV reader, every column typed, into a table; the count makes sure it is all there. */
    @Benchmark
    public long duckDbCsv(LeaderboardState state, DuckDb duck) throws SQLException {
        try (PreparedStatement load = duck.connection.prepareStatement(
                "CREATE OR REPLACE TEMP TABLE board AS SELECT * FROM read_csv(?, header = true)")) {
            load.setString(1, state.file.toAbsolutePath().toString());
            load.execute();
        }
        try (Statement count = duck.connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT count(*) FROM board")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
