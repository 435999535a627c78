package dev.arenaview.source;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.model.Arena;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The downloaded leaderboards on disk: every distinct snapshot per arena with a small
 * properties file beside it, and per arena what the last check learned (validators for
 * conditional requests, when it was). Every file is written atomically, and a snapshot
 * counts only once its properties file exists, so a failure half-way leaves the cache as it was.
 *
 * <pre>
 * DIR/snapshots/text/2025-08-04-1a2b3c4d5e6f.csv
 * DIR/snapshots/text/2025-08-04-1a2b3c4d5e6f.properties
 * DIR/state-text.properties
 * </pre>
 */
public final class SnapshotCache {

    /** What the last check of an arena learned. */
    public record State(String etag, String lastModified, Optional<Instant> lastCheck) {
        public static final State NONE = new State(null, null, Optional.empty());
    }

    private final Path dir;

    public SnapshotCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Every snapshot of an arena, oldest data first. */
    public List<Snapshot> history(Arena arena) {
        if (!arena.hasCsvReleases()) {
            return List.of();
        }
        Path folder = dir.resolve("snapshots").resolve(folderName(arena));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Snapshot> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().endsWith(".properties")).toList()) {
                readMeta(arena, meta).ifPresent(result::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        result.sort(ORDER);
        return result;
    }

    /** Oldest data first; undated snapshots by when they were fetched, before dated ones of later days. */
    private static final Comparator<Snapshot> ORDER = Comparator
            .comparing((Snapshot s) -> s.date().orElse(LocalDate.MIN))
            .thenComparing(Snapshot::fetchedAt);

    public Optional<Snapshot> newest(Arena arena) {
        List<Snapshot> all = history(arena);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The snapshot before the given one, if any. */
    public Optional<Snapshot> before(Snapshot snapshot) {
        List<Snapshot> all = history(snapshot.arena());
        for (int i = all.size() - 1; i > 0; i--) {
            if (all.get(i).sha256().equals(snapshot.sha256())) {
                return Optional.of(all.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** A stored snapshot, and whether storing it added a new one. */
    public record Stored(Snapshot snapshot, boolean added) {
    }

    /**
     * Keeps a downloaded CSV (already parsed and found good): a new snapshot when its content
     * is new, else the existing one is marked as seen again.
     */
    public Stored store(Arena arena, byte[] csv, Optional<LocalDate> date, String url, int rows, Instant now)
            throws IOException {
        String sha = sha256(csv);
        for (Snapshot existing : history(arena)) {
            if (existing.sha256().equals(sha)) {
                Snapshot seen = new Snapshot(existing.arena(), existing.date().or(() -> date), existing.file(), sha,
                        existing.fetchedAt(), now, existing.url(), existing.rows());
                writeMeta(seen);
                return new Stored(seen, false);
            }
        }
        Path folder = Files.createDirectories(dir.resolve("snapshots").resolve(folderName(arena)));
        String base = date.map(LocalDate::toString).orElse("undated") + "-" + sha.substring(0, 12);
        Path file = folder.resolve(base + ".csv");
        AtomicFiles.write(file, out -> out.write(csv));
        Snapshot snapshot = new Snapshot(arena, date, file, sha, now, now, url, rows);
        try {
            writeMeta(snapshot);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Stored(snapshot, true);
    }

    /** Reads a snapshot back as a leaderboard with its arena and date. */
    public Leaderboard load(Snapshot snapshot) throws IOException, LeaderboardFormatException {
        try (InputStream in = Files.newInputStream(snapshot.file())) {
            Leaderboard read = new LeaderboardReader().read(in, snapshot.file().getFileName().toString(),
                    new DataSource(DataSource.Kind.CACHE, snapshot.url()));
            return read.withArenaAndDate(Optional.of(snapshot.arena()), snapshot.date());
        }
    }

    public State state(Arena arena) {
        if (!arena.hasCsvReleases()) {
            return State.NONE;
        }
        Path file = stateFile(arena);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return State.NONE;
        } catch (IOException | IllegalArgumentException e) {
            return State.NONE;
        }
        Optional<Instant> check = Optional.ofNullable(p.getProperty("lastCheck")).flatMap(SnapshotCache::instant);
        return new State(p.getProperty("etag"), p.getProperty("lastModified"), check);
    }

    public void saveState(Arena arena, State state) throws IOException {
        Properties p = new Properties();
        if (state.etag() != null) {
            p.setProperty("etag", state.etag());
        }
        if (state.lastModified() != null) {
            p.setProperty("lastModified", state.lastModified());
        }
        state.lastCheck().ifPresent(t -> p.setProperty("lastCheck", t.toString()));
        Files.createDirectories(dir);
        AtomicFiles.writeString(stateFile(arena), toText(p));
    }

    private Path stateFile(Arena arena) {
        return dir.resolve("state-" + folderName(arena) + ".properties");
    }

    /** The releases' own name of the arena ({@code image}), which names the cache's files since the first release. */
    private static String folderName(Arena arena) {
        return arena.csvId().orElseThrow(() -> new IllegalArgumentException(
                "the CSV releases have no " + arena.id() + " arena"));
    }

    private void writeMeta(Snapshot s) throws IOException {
        Properties p = new Properties();
        p.setProperty("arena", folderName(s.arena()));
        s.date().ifPresent(d -> p.setProperty("date", d.toString()));
        p.setProperty("file", s.file().getFileName().toString());
        p.setProperty("sha256", s.sha256());
        p.setProperty("fetchedAt", s.fetchedAt().toString());
        p.setProperty("lastSeen", s.lastSeen().toString());
        p.setProperty("url", s.url());
        p.setProperty("rows", Integer.toString(s.rows()));
        String name = s.file().getFileName().toString();
        Path meta = s.file().resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".properties");
        AtomicFiles.writeString(meta, toText(p));
    }

    private static Optional<Snapshot> readMeta(Arena arena, Path meta) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(in);
            Path file = meta.resolveSibling(p.getProperty("file"));
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<LocalDate> date = Optional.ofNullable(p.getProperty("date")).map(LocalDate::parse);
            Instant fetched = instant(p.getProperty("fetchedAt")).orElse(Instant.EPOCH);
            Instant seen = instant(p.getProperty("lastSeen")).orElse(fetched);
            return Optional.of(new Snapshot(arena, date, file, p.getProperty("sha256", ""), fetched, seen,
                    p.getProperty("url", ""), Integer.parseInt(p.getProperty("rows", "0"))));
        } catch (IOException | RuntimeException e) {
            // A damaged entry is skipped rather than breaking the whole history.
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String toText(Properties p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, null);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
