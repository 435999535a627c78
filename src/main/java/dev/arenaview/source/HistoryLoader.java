package dev.arenaview.source;

import dev.arenaview.csv.FileNameInfo;
import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.csv.Problem;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the dated leaderboards of a history: the snapshots of an arena in the cache (with the
 * bundled one for the text arena), or the CSV files of a folder dated by their names
 * ({@code lmsys_2025.06.27.csv}, {@code lmarena_text_20250804.csv}). What cannot be used is
 * skipped and named with the reason, never dropped silently. Reads files: call it off the
 * window thread.
 */
public final class HistoryLoader {

    /**
     * Larger than any leaderboard (one is about 50 KB), as for downloads: a merged export in
     * the folder is not a snapshot and would only fill memory.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** A file left out of the history, and why. */
    public record Skipped(String file, String reason) {
    }

    /**
     * A history as read.
     *
     * @param boards  one leaderboard per date, oldest first, each with its date
     * @param skipped the files left out, in the order they were met
     */
    public record Loaded(List<Leaderboard> boards, List<Skipped> skipped) {

        public Loaded {
            boards = List.copyOf(boards);
            skipped = List.copyOf(skipped);
        }
    }

    private HistoryLoader() {
    }

    /**
     * The cached snapshots of an arena, and for the text arena the bundled snapshot unless the
     * cache has one of its date. Undated or unreadable snapshots are skipped; of two
     * snapshots of one date (a release replaced the same day) the one fetched later counts.
     */
    public static Loaded fromCache(SnapshotCache cache, Arena arena) {
        TreeMap<LocalDate, Leaderboard> byDate = new TreeMap<>();
        Map<LocalDate, String> fileOf = new TreeMap<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Snapshot> newestFirst = new ArrayList<>(cache.history(arena));
        Collections.reverse(newestFirst);
        for (Snapshot s : newestFirst) {
            String name = s.file().getFileName().toString();
            if (s.date().isEmpty()) {
                skipped.add(new Skipped(name, "no date"));
                continue;
            }
            try {
                keep(cache.load(s), name, byDate, fileOf, skipped);
            } catch (LeaderboardFormatException e) {
                skipped.add(new Skipped(name, reason(e)));
            } catch (IOException e) {
                skipped.add(new Skipped(name, IoMessages.reason(e)));
            }
        }
        if (arena == Arena.TEXT) {
            Leaderboard bundled = BundledData.load();
            bundled.date().filter(d -> !byDate.containsKey(d)).ifPresent(d -> {
                byDate.put(d, bundled);
                fileOf.put(d, BundledData.FILE_NAME);
            });
        }
        return new Loaded(List.copyOf(byDate.values()), skipped);
    }

    /**
     * Every {@code .csv} file directly in a folder whose name carries a date. Files of another
     * arena than {@code arena} (by their names) are skipped, as are files without a date in
     * their names, files that are not readable leaderboards and a second file of a date.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static Loaded fromFolder(Path folder, Optional<Arena> arena) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        TreeMap<LocalDate, Leaderboard> byDate = new TreeMap<>();
        Map<LocalDate, String> fileOf = new TreeMap<>();
        List<Skipped> skipped = new ArrayList<>();
        LeaderboardReader reader = new LeaderboardReader();
        for (Path file : files) {
            String name = file.getFileName().toString();
            FileNameInfo info = FileNameInfo.of(name);
            if (info.date().isEmpty()) {
                skipped.add(new Skipped(name, "no date in the file name"));
                continue;
            }
            if (arena.isPresent() && info.arena().isPresent() && info.arena().get() != arena.get()) {
                skipped.add(new Skipped(name, "the " + info.arena().get().id() + " arena, not " + arena.get().id()));
                continue;
            }
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    skipped.add(new Skipped(name, "larger than any leaderboard (" + (size >> 20) + " MB)"));
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    keep(reader.read(in, name, DataSource.file(file.toString())), name, byDate, fileOf, skipped);
                }
            } catch (LeaderboardFormatException e) {
                skipped.add(new Skipped(name, reason(e)));
            } catch (IOException e) {
                skipped.add(new Skipped(name, IoMessages.reason(e)));
            }
        }
        return new Loaded(List.copyOf(byDate.values()), skipped);
    }

    private static void keep(Leaderboard board, String name, Map<LocalDate, Leaderboard> byDate,
                             Map<LocalDate, String> fileOf, List<Skipped> skipped) {
        LocalDate date = board.date().orElseThrow();
        String earlier = fileOf.get(date);
        if (earlier != null) {
            skipped.add(new Skipped(name, "the same date as " + earlier));
            return;
        }
        byDate.put(date, board);
        fileOf.put(date, name);
    }

    /** The first problem, with its line, and how many more there are. */
    private static String reason(LeaderboardFormatException e) {
        if (e.problems().isEmpty()) {
            return e.getMessage();
        }
        Problem first = e.problems().get(0);
        String text = first.line() > 0 ? "line " + first.line() + ": " + first.message() : first.message();
        long more = e.totalProblems() - 1;
        return more <= 0 ? text : text + " (and " + more + (more == 1 ? " more problem)" : " more problems)");
    }
}
