package dev.arenaview.bench;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Leaderboard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A generated leaderboard file of 300, 100k or 1M rows, and it read once. */
@State(Scope.Benchmark)
public class LeaderboardState {

    @Param({"300", "100000", "1000000"})
    public int rows;

    public Path file;
    public Leaderboard board;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "arenaview-bench");
        Files.createDirectories(dir);
        file = dir.resolve("leaderboard-" + rows + ".csv");
        if (!Files.exists(file)) {
            GenerateLeaderboard.write(rows, file, 42);
        }
        board = new LeaderboardReader().read(file);
    }
}
