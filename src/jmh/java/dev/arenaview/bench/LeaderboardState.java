package dev.arenaview.bench;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.SortIndex;
import dev.arenaview.model.SortOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A generated leaderboard file of 300, 100k or 1M rows, read once, with the window's sort keys and shown-rows list. */
@State(Scope.Benchmark)
public class LeaderboardState {

    @Param({"300", "100000", "1000000"})
    public int rows;

    public Path file;
    public Leaderboard board;
    public SortIndex index;
    public boolean descending;
    /** The window's list of shown rows over all of them. */
    public FilteredList<Entry> shown;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "arenaview-bench");
        Files.createDirectories(dir);
        file = dir.resolve("leaderboard-" + rows + ".csv");
        if (!Files.exists(file)) {
            GenerateLeaderboard.write(rows, file, 42);
        }
        board = new LeaderboardReader().read(file);
        index = new SortIndex(board.entries());
        index.sorted(new SortOrder(List.of(new SortOrder.Key(Column.MODEL, true))));
        shown = new FilteredList<>(FXCollections.observableArrayList(board.entries()));
    }
}
