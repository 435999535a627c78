package dev.arenaview.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.History;
import dev.arenaview.source.HistoryLoader.Loaded;
import dev.arenaview.source.HistoryLoader.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLoaderTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";

    @TempDir
    Path dir;

    static String board(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static List<LocalDate> dates(Loaded loaded) {
        return loaded.boards().stream().map(b -> b.date().orElseThrow()).toList();
    }

    @Test
    void aFolderOfDatedFilesBecomesASeriesAndBadFilesAreNamedWithTheirReason() throws IOException {
        write("lmsys_2025.06.27.csv", board("1,1,Alpha,1450,+5/-5,9000,A,MIT,,https://a.example",
                "2,2,Beta,1440,+4/-4,8000,B,Proprietary,,https://b.example"));
        write("lmsys_2025.07.18.csv", board("1,1,Beta,1455,+4/-4,9000,B,Proprietary,,https://b.example",
                "2,2,Alpha,1452,+5/-5,9500,A,MIT,,https://a.example"));
        write("lmarena_text_20250804.csv", board("1,1,Beta,1460,+3/-3,9900,B,Proprietary,,https://b.example"));
        write("lmsys_2025.07.01.csv", board("1,1,Alpha,1450,+5/-5,lots,A,MIT,,https://a.example"));
        write("notes.csv", board("1,1,Alpha,1450,+5/-5,9000,A,MIT,,https://a.example"));
        write("lmarena_vision_20250804.csv", board("1,1,Eye,1300,+3/-3,900,E,MIT,,https://e.example"));
        write("readme.txt", "not a csv, not even looked at");

        Loaded loaded = HistoryLoader.fromFolder(dir, Optional.of(Arena.TEXT));

        assertEquals(List.of(LocalDate.of(2025, 6, 27), LocalDate.of(2025, 7, 18), LocalDate.of(2025, 8, 4)),
                dates(loaded));
        assertEquals(List.of(
                new Skipped("lmarena_vision_20250804.csv", "the vision arena, not text"),
                new Skipped("lmsys_2025.07.01.csv", "line 2: votes \"lots\" is not a whole number"),
                new Skipped("notes.csv", "no date in the file name")), loaded.skipped());
        History history = History.of(loaded.boards());
        assertEquals(List.of(1440, 1455, 1460), history.series("Beta").points().stream()
                .map(History.Point::score).toList());
    }

    @Test
    void aSecondFileOfTheSameDateIsSkippedNotMixedIn() throws IOException {
        write("lmsys_2025.06.27.csv", board("1,1,Alpha,1450,+5/-5,9000,A,MIT,,https://a.example"));
        write("lmsys_20250627_copy.csv", board("1,1,Alpha,1300,+5/-5,9000,A,MIT,,https://a.example"));
        Loaded loaded = HistoryLoader.fromFolder(dir, Optional.empty());
        assertEquals(1, loaded.boards().size());
        assertEquals(1450, loaded.boards().get(0).entries().get(0).score());
        assertEquals(List.of(new Skipped("lmsys_20250627_copy.csv", "the same date as lmsys_2025.06.27.csv")),
                loaded.skipped());
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThrows(NoSuchFileException.class, () -> HistoryLoader.fromFolder(dir.resolve("gone"), Optional.empty()));
    }

    @Test
    void theCacheHistoryAddsTheBundledSnapshotForTheTextArena() throws IOException {
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache"));
        byte[] august = board("1,1,Beta,1460,+3/-3,9900,B,Proprietary,,https://b.example")
                .getBytes(StandardCharsets.UTF_8);
        byte[] july = board("1,1,Beta,1455,+4/-4,9000,B,Proprietary,,https://b.example")
                .getBytes(StandardCharsets.UTF_8);
        cache.store(Arena.TEXT, august, Optional.of(LocalDate.of(2025, 8, 4)), "https://x.example/a", 1, Instant.EPOCH);
        cache.store(Arena.TEXT, july, Optional.of(LocalDate.of(2025, 7, 18)), "https://x.example/b", 1, Instant.EPOCH);

        Loaded text = HistoryLoader.fromCache(cache, Arena.TEXT);
        assertEquals(List.of(LocalDate.of(2025, 6, 27), LocalDate.of(2025, 7, 18), LocalDate.of(2025, 8, 4)),
                dates(text));
        assertEquals(209, text.boards().get(0).size(), "the bundled snapshot");
        assertTrue(text.skipped().isEmpty());
        assertTrue(HistoryLoader.fromCache(cache, Arena.VISION).boards().isEmpty(), "nothing bundled for vision");
    }

    @Test
    void aDamagedCachedSnapshotIsSkippedByName() throws IOException {
        SnapshotCache cache = new SnapshotCache(dir.resolve("cache"));
        SnapshotCache.Stored stored = cache.store(Arena.VISION,
                board("1,1,Eye,1300,+3/-3,900,E,MIT,,https://e.example").getBytes(StandardCharsets.UTF_8),
                Optional.of(LocalDate.of(2025, 8, 4)), "https://x.example/v", 1, Instant.EPOCH);
        Files.writeString(stored.snapshot().file(), "<html>gone</html>");
        Loaded loaded = HistoryLoader.fromCache(cache, Arena.VISION);
        assertTrue(loaded.boards().isEmpty());
        assertEquals(1, loaded.skipped().size());
        assertEquals(stored.snapshot().file().getFileName().toString(), loaded.skipped().get(0).file());
    }
}
