package dev.arenaview.bench;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Leaderboard;
import java.io.Reader;
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
import org.openjdk.jmh.annotations.Warmup;

/** Reading a file: our reader against Commons CSV's bare parse of the same bytes. */
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
}
