package dev.arenaview.source;

import dev.arenaview.csv.FileNameInfo;
import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The newest published leaderboard, kept safely: fetches from upstream (or a mirror), parses
 * the download completely, and only then stores it in the cache. Shared by the command line
 * and the window.
 */
public final class LatestData {

    /** What a fetch brought. */
    public enum Result {
        /** A snapshot the cache did not have. */
        NEW,
        /** The same data as a cached snapshot (a 304, or identical content). */
        UNCHANGED
    }

    /** A fetch's result: the leaderboard, its snapshot in the cache, and whether it is new. */
    public record Outcome(Result result, Leaderboard board, Snapshot snapshot) {
    }

    private final SnapshotCache cache;
    private final HttpFetcher fetcher;
    private final UpstreamSource upstream;
    private final Clock clock;

    public LatestData(SnapshotCache cache, HttpFetcher fetcher, UpstreamSource upstream, Clock clock) {
        this.cache = cache;
        this.fetcher = fetcher;
        this.upstream = upstream;
        this.clock = clock;
    }

    public SnapshotCache cache() {
        return cache;
    }

    public UpstreamSource upstream() {
        return upstream;
    }

    /** The newest cached snapshot of an arena, read back; empty when none can be read. */
    public Optional<Leaderboard> newestCached(Arena arena) {
        for (Snapshot s : reversed(cache.history(arena))) {
            try {
                return Optional.of(cache.load(s));
            } catch (IOException | LeaderboardFormatException e) {
                // A damaged snapshot is passed over for the one before it.
            }
        }
        return Optional.empty();
    }

    /** What to show without the network: the newest cached snapshot, else (text arena) the bundled one. */
    public Optional<Leaderboard> offline(Arena arena) {
        Optional<Leaderboard> cached = newestCached(arena);
        if (cached.isPresent() || arena != Arena.TEXT) {
            return cached;
        }
        return Optional.of(BundledData.load());
    }

    /**
     * A day's snapshot for the window's comparison and the command line's {@code --date}: the
     * cached one, else the release of that day, fetched and kept.
     */
    public Leaderboard day(Arena arena, LocalDate date, CancelToken cancel) throws FetchException {
        Optional<Leaderboard> cached = cachedOn(arena, date);
        return cached.isPresent() ? cached.get() : fetchDate(arena, date, cancel).board();
    }

    /** The cached snapshot dated a given day (the day of the first release that carried it). */
    public Optional<Leaderboard> cachedOn(Arena arena, LocalDate date) {
        Optional<Leaderboard> bundled = bundledFor(arena).filter(b -> b.date().equals(Optional.of(date)));
        if (bundled.isPresent()) {
            return bundled;
        }
        for (Snapshot s : reversed(cache.history(arena))) {
            if (s.date().isPresent() && s.date().get().equals(date)) {
                try {
                    return Optional.of(cache.load(s));
                } catch (IOException | LeaderboardFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The snapshot to compare a leaderboard with: the newest cached one dated before it (or,
     * for undated data, the newest cached one); failing that, the bundled snapshot when it is
     * older, so that even the first download shows what changed.
     */
    public Optional<Leaderboard> previous(Arena arena, Optional<LocalDate> date) {
        for (Snapshot s : reversed(cache.history(arena))) {
            boolean earlier = s.date().isPresent() && date.isPresent() && s.date().get().isBefore(date.get());
            if (earlier || (date.isEmpty() && s.date().isPresent())) {
                try {
                    return Optional.of(cache.load(s));
                } catch (IOException | LeaderboardFormatException e) {
                    // Damaged: compare with the one before it.
                }
            }
        }
        return bundledFor(arena).filter(b -> date.isPresent() && b.date().isPresent() && b.date().get().isBefore(date.get()));
    }

    private static Optional<Leaderboard> bundledFor(Arena arena) {
        return arena == Arena.TEXT ? Optional.of(BundledData.load()) : Optional.empty();
    }

    /** When the arena was last checked upstream. */
    public Optional<Instant> lastCheck(Arena arena) {
        return cache.state(arena).lastCheck();
    }

    /**
     * Fetches the newest release of an arena, conditionally when the cache has a copy.
     *
     * @throws FetchException when nothing usable came; the cache is then as it was
     */
    public Outcome refresh(Arena arena, CancelToken cancel) throws FetchException {
        URI uri = upstream.latest(arena);
        Optional<Snapshot> newest = cache.newest(arena);
        SnapshotCache.State state = cache.state(arena);
        HttpFetcher.Validators validators = newest.isPresent()
                ? new HttpFetcher.Validators(state.etag(), state.lastModified()) : HttpFetcher.Validators.NONE;
        HttpFetcher.Response response = fetcher.get(uri, validators, cancel);
        Instant now = clock.instant();
        if (response.notModified() && newest.isPresent()) {
            saveStateQuietly(arena, new SnapshotCache.State(response.etag(), response.lastModified(), Optional.of(now)));
            return new Outcome(Result.UNCHANGED, load(newest.get(), uri), newest.get());
        }
        Outcome outcome = keep(arena, response, uri, now);
        saveStateQuietly(arena, new SnapshotCache.State(response.etag(), response.lastModified(), Optional.of(now)));
        return outcome;
    }

    /** Fetches one day's release into the history. */
    public Outcome fetchDate(Arena arena, LocalDate date, CancelToken cancel) throws FetchException {
        URI uri;
        try {
            uri = upstream.onDate(arena, date);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.NOT_FOUND, upstream.base(), e.getMessage());
        }
        HttpFetcher.Response response = fetcher.get(uri, HttpFetcher.Validators.NONE, cancel);
        return keep(arena, response, uri, clock.instant());
    }

    /** Reads one CSV from a URL without caching it ({@code export --input URL}). */
    public Leaderboard read(URI uri, CancelToken cancel) throws FetchException {
        HttpFetcher.Response response = fetcher.get(uri, HttpFetcher.Validators.NONE, cancel);
        // The requested name carries the asset's arena and date; a redirect target may be opaque.
        Leaderboard board = parse(response.body(), lastSegment(uri), uri);
        Optional<LocalDate> date = board.date().or(response::releaseDate).or(() -> dateOf(response.lastModified()));
        return board.withArenaAndDate(board.arena(), date);
    }

    private Outcome keep(Arena arena, HttpFetcher.Response response, URI uri, Instant now) throws FetchException {
        Optional<LocalDate> date = response.releaseDate().or(() -> dateOf(response.lastModified()));
        Leaderboard parsed = parse(response.body(), lastSegment(uri), uri);
        SnapshotCache.Stored stored;
        try {
            stored = cache.store(arena, response.body(), date, uri.toString(), parsed.size(), now);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.CACHE, uri, "cannot keep the download in the cache "
                    + cache.dir() + ": " + IoMessages.reason(e), e);
        }
        Snapshot s = stored.snapshot();
        Leaderboard board = parsed.withArenaAndDate(Optional.of(arena), s.date())
                .withSource(new DataSource(DataSource.Kind.URL, uri.toString()));
        return new Outcome(stored.added() ? Result.NEW : Result.UNCHANGED, board, s);
    }

    private Leaderboard load(Snapshot snapshot, URI uri) throws FetchException {
        try {
            return cache.load(snapshot);
        } catch (IOException | LeaderboardFormatException e) {
            throw new FetchException(FetchException.Kind.CACHE, uri, "the cached copy " + snapshot.file()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Leaderboard parse(byte[] body, String name, URI uri) throws FetchException {
        try {
            return new LeaderboardReader().read(new ByteArrayInputStream(body), name,
                    new DataSource(DataSource.Kind.URL, uri.toString()));
        } catch (LeaderboardFormatException e) {
            throw new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, uri, "the download from " + uri
                    + " is not a usable leaderboard; nothing was kept:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.TRUNCATED, uri, "cannot read the download from " + uri, e);
        }
    }

    private void saveStateQuietly(Arena arena, SnapshotCache.State state) {
        try {
            cache.saveState(arena, state);
        } catch (IOException e) {
            // Only the next check's shortcut is lost: it will download in full.
        }
    }

    static Optional<LocalDate> dateOf(String httpDate) {
        if (httpDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String lastSegment(URI uri) {
        String name = FileNameInfo.baseName(uri.getPath() == null ? "" : uri.getPath());
        return name.isEmpty() ? uri.toString() : name;
    }

    private static <T> java.util.List<T> reversed(java.util.List<T> list) {
        java.util.List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
