package dev.arenaview.source.lmarena;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.source.BundledData;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.Snapshot;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.lmarena.DatasetCache.CachedFile;
import dev.arenaview.source.lmarena.DatasetCache.ConfigFiles;
import dev.arenaview.source.lmarena.HubListing.HubFile;
import dev.arenaview.source.lmarena.ParquetTable.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * LMArena's own daily dataset ({@code lmarena-ai/leaderboard-dataset} on Hugging Face) as the
 * app's source of leaderboards, kept safely in the cache and readable offline once fetched.
 * Shared by the command line and the window.
 *
 * <ul>
 *   <li>{@link #refresh} reads the listing of a board's folder (and of its style-control twin),
 *       downloads only the files whose content changed, reads them completely and derives every
 *       category's board; only then is anything kept. The {@code full} split (the history) is
 *       refreshed with them once it is cached.</li>
 *   <li>{@link #cached} and {@link #offline} read a derived board back with the CSV reader: no
 *       DuckDB, no network.</li>
 *   <li>{@link #onDate}, {@link #previous} and {@link #history} read the {@code full} split,
 *       fetching it the first time one of them needs it.</li>
 * </ul>
 * Every failure is a {@link FetchException} that says what and where; the cache is then byte for
 * byte as it was. Reads files and the network: call it off the window thread.
 */
public final class LmarenaData {

    /** Hears how downloads go: which file, bytes so far, and its size. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, done, total) -> { };

        void bytes(String file, long done, long total);
    }

    /** A category's board as the cache holds it. */
    public record BoardInfo(Category category, LocalDate date, int rows, int withoutRating) {
    }

    /**
     * What a refresh brought.
     *
     * @param changed    whether the boards differ from those cached before (false: the listing matched)
     * @param boards     every category's board now cached, overall first
     * @param downloaded the bytes downloaded
     */
    public record Refreshed(Arena arena, boolean changed, List<BoardInfo> boards, long downloaded) {
    }

    /** Larger than any file of the dataset (the text history is about 60 MB and grows by some 30 a year). */
    static final long MAX_FILE_BYTES = 1L << 30;

    private static final String LATEST = "latest";
    private static final String FULL = "full";

    private final DatasetCache cache;
    private final HttpFetcher fetcher;
    private final HubSource hub;
    private final Clock clock;
    private final LatestData csv;

    /**
     * @param cacheDir the app's cache folder (the dataset goes to its {@code lmarena} folder)
     * @param csv      the CSV releases' data in the same cache: model links, and what to show
     *                 before this dataset was ever fetched
     */
    public LmarenaData(Path cacheDir, HttpFetcher fetcher, HubSource hub, Clock clock, LatestData csv) {
        this.cache = new DatasetCache(cacheDir);
        this.fetcher = fetcher;
        this.hub = hub;
        this.clock = clock;
        this.csv = csv;
    }

    public HubSource hub() {
        return hub;
    }

    /** The cache's folder of an arena's derived boards. */
    public Path boardsFolder(Arena arena) {
        return cache.boardsDir(arena);
    }

    // ---- from the cache --------------------------------------------------------------------

    /** A category's newest board in the cache, read back without DuckDB; empty when none is cached or readable. */
    public Optional<Leaderboard> cached(Arena arena, Category category) {
        Optional<DatasetCache.Index> index = cache.index(arena);
        Optional<DatasetCache.Board> board = index.flatMap(i -> i.board(category));
        if (board.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cache.load(arena, board.get(), source(index.get())));
        } catch (IOException | LeaderboardFormatException e) {
            // A damaged file: as if nothing were cached, and the next fetch writes it again.
            return Optional.empty();
        }
    }

    /**
     * What to show without the network: the category's cached board; before this dataset was
     * ever fetched, for the overall category of an arena the CSV releases had, their newest cached
     * snapshot, else (text) the bundled one.
     */
    public Optional<Leaderboard> offline(Arena arena, Category category) {
        Optional<Leaderboard> cached = cached(arena, category);
        if (cached.isPresent() || !category.isOverall() || !arena.hasCsvReleases()) {
            return cached;
        }
        return csv.offline(arena);
    }

    /** Every category's board in the cache, overall first; empty when the arena was never fetched. */
    public List<BoardInfo> boards(Arena arena) {
        return cache.index(arena).map(LmarenaData::infos).orElse(List.of());
    }

    /** When the arena's listing was last read. */
    public Optional<Instant> lastCheck(Arena arena) {
        return cache.files(arena.config()).lastCheck();
    }

    /** Whether the arena's history (the {@code full} split, and its style-control twin's) is in the cache. */
    public boolean hasHistory(Arena arena) {
        return configs(arena).stream().noneMatch(c -> cache.files(c).split(FULL).isEmpty());
    }

    private static List<String> configs(Arena arena) {
        List<String> configs = new ArrayList<>(List.of(arena.config()));
        arena.styleControlConfig().ifPresent(configs::add);
        return configs;
    }

    // ---- fetching --------------------------------------------------------------------------

    /**
     * Fetches what changed of an arena's newest boards (and of its history, when that is cached)
     * and keeps every category's board.
     *
     * @throws FetchException when nothing usable came; the cache is then as it was
     */
    public Refreshed refresh(Arena arena, CancelToken cancel, Progress progress) throws FetchException {
        List<String> configs = configs(arena);
        Map<String, HubListing> listings = new LinkedHashMap<>();
        for (String config : configs) {
            listings.put(config, listing(config, cancel));
        }
        Instant now = clock.instant();
        Optional<DatasetCache.Index> before = cache.index(arena);
        try (DatasetCache.Update update = cache.update()) {
            long[] downloaded = {0};
            Map<String, List<Fetched>> latest = new LinkedHashMap<>();
            Map<String, List<Fetched>> full = new LinkedHashMap<>();
            Map<String, List<CachedFile>> keep = new LinkedHashMap<>();
            for (String config : configs) {
                HubListing listing = listings.get(config);
                ConfigFiles kept = cache.files(config);
                List<HubFile> latestFiles = listing.split(LATEST);
                if (latestFiles.isEmpty()) {
                    throw new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, hub.listing(config),
                            "the dataset's " + config + " folder has no " + LATEST + " split (" + hub.listing(config) + ")");
                }
                latest.put(config, fetchAll(update, config, latestFiles, kept, now, cancel, progress, downloaded));
                if (!kept.split(FULL).isEmpty() && !listing.split(FULL).isEmpty()) {
                    full.put(config, fetchAll(update, config, listing.split(FULL), kept, now, cancel, progress, downloaded));
                }
                List<CachedFile> files = new ArrayList<>();
                latest.get(config).forEach(f -> files.add(f.kept()));
                full.getOrDefault(config, List.of()).forEach(f -> files.add(f.kept()));
                if (!full.containsKey(config)) {
                    files.addAll(kept.split(FULL));
                }
                keep.put(config, files);
            }
            List<String> sources = new ArrayList<>();
            latest.values().forEach(list -> list.forEach(f -> sources.add(f.kept().path() + "@" + f.kept().contentId())));
            boolean current = before.isPresent() && before.get().derivation() == Derivation.VERSION
                    && before.get().sources().equals(sources);
            boolean anyNew = latest.values().stream().flatMap(List::stream).anyMatch(Fetched::isNew)
                    || full.values().stream().flatMap(List::stream).anyMatch(Fetched::isNew);
            DatasetCache.Index index = before.orElse(null);
            if (!current || anyNew) {
                try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
                    if (!current) {
                        index = derive(update, table, arena, latest, sources, now);
                    }
                    for (Map.Entry<String, List<Fetched>> e : full.entrySet()) {
                        if (e.getValue().stream().anyMatch(Fetched::isNew)) {
                            table.check(dataFiles(e.getValue()));
                        }
                    }
                } catch (DatasetException e) {
                    throw notUsable(e);
                }
            }
            for (String config : configs) {
                try {
                    update.files(config, keep.get(config), Optional.of(now));
                } catch (IOException e) {
                    throw cacheFailure(e);
                }
            }
            try {
                update.commit();
            } catch (IOException e) {
                throw cacheFailure(e);
            }
            if (index != null && !current) {
                cache.forget(arena, before, index);
            }
            return new Refreshed(arena, !current, infos(Objects.requireNonNull(index)), downloaded[0]);
        } catch (IOException e) {
            throw cacheFailure(e);
        }
    }

    /** A file of a split: kept as it was, or downloaded to {@code staged} (to be renamed into place). */
    private record Fetched(CachedFile kept, Path staged) {

        boolean isNew() {
            return staged != null;
        }

        /** Where to read it now: the download before it is in place, else the kept file. */
        Path readable() {
            return staged != null ? staged : kept.file();
        }
    }

    private List<Fetched> fetchAll(DatasetCache.Update update, String config, List<HubFile> files, ConfigFiles kept,
                                   Instant now, CancelToken cancel, Progress progress, long[] downloaded)
            throws FetchException, IOException {
        List<Fetched> out = new ArrayList<>();
        for (HubFile f : files) {
            CachedFile have = kept.byName().get(f.name());
            if (have != null && have.contentId().equals(f.contentId()) && have.size() == f.size()) {
                out.add(new Fetched(have, null));
                continue;
            }
            Path temp = update.download(config, f.name());
            download(f, temp, cancel, progress);
            downloaded[0] += f.size();
            out.add(new Fetched(new CachedFile(f.path(), f.name(), cache.filesDir(config).resolve(f.name()), f.size(),
                    f.contentId(), now), temp));
        }
        return out;
    }

    /** Reads the newest split's rows of the board and its twin, and stages every category's board. */
    private DatasetCache.Index derive(DatasetCache.Update update, ParquetTable table, Arena arena,
                                      Map<String, List<Fetched>> latest, List<String> sources, Instant now)
            throws DatasetException, FetchException, IOException {
        ParquetTable.Rows main = table.all(dataFiles(latest.get(arena.config())));
        List<RatingRow> style = List.of();
        if (arena.styleControlConfig().isPresent()) {
            style = table.all(dataFiles(latest.get(arena.styleControlConfig().get()))).rows();
        }
        String first = latest.get(arena.config()).get(0).kept().path();
        if (main.rows().isEmpty()) {
            throw new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, hub.file(first), first
                    + " has no rated models; nothing was kept");
        }
        DataSource source = new DataSource(DataSource.Kind.URL, hub.file(first).toString());
        List<Leaderboard> boards = Derivation.latest(arena, main.rows(), style, links(arena), source);
        return update.boards(arena, boards, main.withoutRating(), sources, now);
    }

    /** The listing of a folder of the dataset, every page of it. */
    private HubListing listing(String config, CancelToken cancel) throws FetchException {
        URI first = config.isEmpty() ? hub.rootListing() : hub.listing(config);
        URI next = first;
        HubListing all = null;
        for (int page = 0; next != null; page++) {
            if (page >= 100) {
                throw new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, first,
                        "the listing of " + first + " goes on past 100 pages; it is not this dataset's");
            }
            HttpFetcher.Response response;
            try {
                response = fetcher.get(next, HttpFetcher.Validators.NONE, cancel, HubListing.MAX_BYTES);
            } catch (FetchException e) {
                if (e.kind() == FetchException.Kind.NOT_FOUND) {
                    throw new FetchException(FetchException.Kind.NOT_FOUND, e.uri(), "the dataset " + HubSource.DATASET
                            + " has no " + (config.isEmpty() ? "listing" : config + " folder") + " at " + hub.endpoint()
                            + " (404 for " + e.uri() + ")", e);
                }
                throw e;
            }
            HubListing page1 = HubListing.parse(response.body(), config, next);
            all = all == null ? page1 : all.plus(page1);
            next = sameOrigin(first, response.nextPage());
        }
        return all;
    }

    /** A next page on the listing's own server only: a listing does not send us elsewhere. */
    private static URI sameOrigin(URI first, URI next) {
        if (next == null || !Objects.equals(first.getScheme(), next.getScheme())
                || !Objects.equals(first.getHost(), next.getHost()) || first.getPort() != next.getPort()) {
            return null;
        }
        return next;
    }

    /** Downloads a listed file and checks it is the file listed: its size, and its SHA-256 (or Git object id). */
    private void download(HubFile f, Path temp, CancelToken cancel, Progress progress) throws FetchException {
        URI uri = hub.file(f.path());
        if (f.size() > MAX_FILE_BYTES) {
            throw new FetchException(FetchException.Kind.TOO_LARGE, uri, f.path() + " is listed at " + megabytes(f.size())
                    + ", more than any file of the dataset (" + megabytes(MAX_FILE_BYTES) + "); not downloaded");
        }
        HttpFetcher.Download d = fetcher.download(uri, temp, f.size(), cancel,
                (done, total) -> progress.bytes(f.path(), done, f.size()));
        if (d.bytes() != f.size()) {
            throw new FetchException(FetchException.Kind.TRUNCATED, uri, "the download of " + f.path() + " is " + d.bytes()
                    + " bytes where the dataset lists " + f.size() + ": cut short, or not the file listed; try again");
        }
        boolean same = f.sha256().isPresent() ? f.sha256().get().equals(d.sha256()) : f.oid().equals(gitBlobId(temp, uri));
        if (!same) {
            throw new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, uri, "the download of " + f.path()
                    + " is not the file the dataset lists (its hash differs: changed on the server meanwhile, or"
                    + " damaged on the way); nothing was kept, try again");
        }
    }

    /** The Git object id of a file not kept in LFS: SHA-1 of {@code "blob <size>\0"} and the content. */
    private static String gitBlobId(Path file, URI uri) throws FetchException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + Files.size(file) + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha1.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha1.digest());
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.CACHE, uri, "cannot read the download back: " + IoMessages.reason(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    // ---- the history -----------------------------------------------------------------------

    /**
     * A category's board on the newest publish date on or before a day: the cached newest board
     * when that is it, else from the history (fetched the first time), with StyleCtrl ranks from
     * the twin's history.
     *
     * @throws FetchException when the history cannot be had, or has no such date (the message gives the first)
     */
    public Leaderboard onDate(Arena arena, Category category, LocalDate day, CancelToken cancel, Progress progress)
            throws FetchException {
        Optional<Leaderboard> newest = cached(arena, category);
        if (newest.isPresent() && !newest.get().date().orElseThrow().isAfter(day)) {
            return newest.get();
        }
        List<DataFile> main = history(arena.config(), cancel, progress);
        Optional<List<DataFile>> style = arena.styleControlConfig().isPresent()
                ? Optional.of(history(arena.styleControlConfig().get(), cancel, progress)) : Optional.empty();
        try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
            List<LocalDate> dates = historyDates(arena, table, main).getOrDefault(category, List.of());
            LocalDate date = dates.stream().filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder())
                    .orElseThrow(() -> noSuchDate(arena, category, "on or before " + day, dates));
            ParquetTable.Rows rows = table.snapshot(main, category, date);
            List<RatingRow> styleRows = style.isPresent() ? table.snapshot(style.get(), category, date).rows() : List.of();
            return Derivation.board(arena, category, date, rows.rows(), styleRows, links(arena),
                    new DataSource(DataSource.Kind.CACHE, hub.file(main.get(0).name()).toString()));
        } catch (DatasetException e) {
            throw notUsable(e);
        }
    }

    /**
     * The board of the publish date before this one's, from the history (fetched the first
     * time), to compare with; empty when this is the first, or the board is not of this dataset.
     * Its rows have no StyleCtrl ranks: a comparison only reads the rank (UB) and score.
     */
    public Optional<Leaderboard> previous(Leaderboard board, CancelToken cancel, Progress progress) throws FetchException {
        if (board.origin() != Origin.LMARENA || board.arena().isEmpty() || board.date().isEmpty()) {
            return Optional.empty();
        }
        Arena arena = board.arena().get();
        List<DataFile> main = history(arena.config(), cancel, progress);
        try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
            Optional<LocalDate> date = historyDates(arena, table, main).getOrDefault(board.category(), List.of()).stream()
                    .filter(d -> d.isBefore(board.date().get())).max(Comparator.naturalOrder());
            if (date.isEmpty()) {
                return Optional.empty();
            }
            ParquetTable.Rows rows = table.snapshot(main, board.category(), date.get());
            return Optional.of(Derivation.board(arena, board.category(), date.get(), rows.rows(), List.of(), links(arena),
                    new DataSource(DataSource.Kind.CACHE, hub.file(main.get(0).name()).toString())));
        } catch (DatasetException e) {
            throw notUsable(e);
        }
    }

    /**
     * Every published board of a category, oldest first, from the history (fetched the first
     * time): a model's real score across every date since 2023.
     */
    public List<Leaderboard> history(Arena arena, Category category, CancelToken cancel, Progress progress)
            throws FetchException {
        List<DataFile> main = history(arena.config(), cancel, progress);
        try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
            return Derivation.history(arena, table.category(main, category).rows(),
                    new DataSource(DataSource.Kind.CACHE, hub.file(main.get(0).name()).toString()));
        } catch (DatasetException e) {
            throw notUsable(e);
        }
    }

    /** The dates of an arena's cached history, with the files (and their content) they were read from. */
    private record HistoryDates(List<String> files, Map<Category, List<LocalDate>> dates) {
    }

    private final Map<Arena, HistoryDates> historyDates = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The publish dates of each category in an arena's history: read from the files once, as long
     * as they stay the same. The window asks for them with each board it shows (its comparison).
     */
    private Map<Category, List<LocalDate>> historyDates(Arena arena, ParquetTable table, List<DataFile> main)
            throws DatasetException {
        Optional<Map<Category, List<LocalDate>>> known = knownHistoryDates(arena);
        if (known.isPresent()) {
            return known.get();
        }
        Map<Category, List<LocalDate>> dates = Map.copyOf(table.dates(main));
        historyDates.put(arena, new HistoryDates(historyFiles(arena), dates));
        return dates;
    }

    private Optional<Map<Category, List<LocalDate>>> knownHistoryDates(Arena arena) {
        HistoryDates known = historyDates.get(arena);
        return known != null && known.files().equals(historyFiles(arena)) ? Optional.of(known.dates()) : Optional.empty();
    }

    private List<String> historyFiles(Arena arena) {
        return cache.files(arena.config()).split(FULL).stream().map(f -> f.path() + "@" + f.contentId()).toList();
    }

    /** Downloads the arena's history (and its twin's) when it is not cached yet, and keeps it. */
    public void fetchHistory(Arena arena, CancelToken cancel, Progress progress) throws FetchException {
        for (String config : configs(arena)) {
            history(config, cancel, progress);
        }
    }

    /**
     * The dates a category's board was published, newest first, from the cached history; without
     * it, the cached newest board's date only. Never downloads.
     */
    public List<LocalDate> publishedDates(Arena arena, Category category) throws FetchException {
        List<LocalDate> dates = new ArrayList<>();
        Optional<Map<Category, List<LocalDate>>> known = knownHistoryDates(arena);
        if (known.isPresent()) {
            dates.addAll(known.get().getOrDefault(category, List.of()));
        } else if (!cache.files(arena.config()).split(FULL).isEmpty()) {
            List<DataFile> main = history(arena.config(), CancelToken.none(), Progress.NONE);
            try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
                dates.addAll(historyDates(arena, table, main).getOrDefault(category, List.of()));
            } catch (DatasetException e) {
                throw notUsable(e);
            }
        }
        cache.index(arena).flatMap(i -> i.board(category)).map(DatasetCache.Board::date)
                .filter(d -> !dates.contains(d)).ifPresent(dates::add);
        dates.sort(Comparator.reverseOrder());
        return dates;
    }

    /** The size of an arena's history, as its folder lists it: what a first use will download. */
    public long historySize(Arena arena, CancelToken cancel) throws FetchException {
        long size = 0;
        for (String config : configs(arena)) {
            if (cache.files(config).split(FULL).isEmpty()) {
                for (HubFile f : listing(config, cancel).split(FULL)) {
                    size += f.size();
                }
            }
        }
        return size;
    }

    /** A config's {@code full} split as files to read: the cached ones, else fetched now and kept. */
    private List<DataFile> history(String config, CancelToken cancel, Progress progress) throws FetchException {
        ConfigFiles kept = cache.files(config);
        if (!kept.split(FULL).isEmpty()) {
            return kept.split(FULL).stream().map(f -> new DataFile(f.file(), f.path())).toList();
        }
        HubListing listing = listing(config, cancel);
        List<HubFile> files = listing.split(FULL);
        if (files.isEmpty()) {
            throw new FetchException(FetchException.Kind.NOT_FOUND, hub.listing(config), "the dataset's " + config
                    + " folder has no " + FULL + " split, which holds the history (" + hub.listing(config) + ")");
        }
        Instant now = clock.instant();
        try (DatasetCache.Update update = cache.update()) {
            List<Fetched> fetched = fetchAll(update, config, files, ConfigFiles.NONE, now, cancel, progress, new long[1]);
            try (ParquetTable table = ParquetTable.open(cache.root().resolve("files"), cache.tempDir())) {
                table.check(dataFiles(fetched));
            } catch (DatasetException e) {
                throw notUsable(e);
            }
            List<CachedFile> all = new ArrayList<>(kept.byName().values());
            fetched.forEach(f -> all.add(f.kept()));
            update.files(config, all, kept.lastCheck());
            update.commit();
        } catch (IOException e) {
            throw cacheFailure(e);
        }
        return cache.files(config).split(FULL).stream().map(f -> new DataFile(f.file(), f.path())).toList();
    }

    /** The folders of the dataset: every config, rating boards and others alike. */
    public List<String> configs(CancelToken cancel) throws FetchException {
        return listing("", cancel).folders();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static List<DataFile> dataFiles(List<Fetched> files) {
        return files.stream().map(f -> new DataFile(f.readable(), f.kept().path())).toList();
    }

    private DataSource source(DatasetCache.Index index) {
        String first = index.sources().isEmpty() ? "" : index.sources().get(0);
        int at = first.indexOf('@');
        return new DataSource(DataSource.Kind.CACHE, at > 0 ? hub.file(first.substring(0, at)).toString()
                : HubSource.PAGE.toString());
    }

    private static List<BoardInfo> infos(DatasetCache.Index index) {
        return index.boards().stream().sorted(Comparator.comparing(DatasetCache.Board::category))
                .map(b -> new BoardInfo(b.category(), b.date(), b.rows(), b.withoutRating())).toList();
    }

    /**
     * Model links from the CSV snapshots: the arena's own (newest first, the bundled one among
     * the text arena's), then the other arenas', so a model of a board the CSVs never had still
     * gets the page its text or vision row gave.
     */
    private LinkIndex links(Arena arena) {
        SnapshotCache snapshots = csv.cache();
        List<Arena> order = new ArrayList<>();
        if (arena.hasCsvReleases()) {
            order.add(arena);
        }
        Arena.csvArenas().stream().filter(a -> a != arena).forEach(order::add);
        List<Leaderboard> boards = new ArrayList<>();
        for (Arena a : order) {
            List<Leaderboard> ofArena = new ArrayList<>();
            for (Snapshot s : snapshots.history(a)) {
                try {
                    ofArena.add(snapshots.load(s));
                } catch (IOException | LeaderboardFormatException e) {
                    // A damaged snapshot gives no links.
                }
            }
            if (a == Arena.TEXT) {
                ofArena.add(BundledData.load());
            }
            ofArena.sort(Comparator.comparing((Leaderboard b) -> b.date().orElse(LocalDate.MIN)).reversed());
            boards.addAll(ofArena);
        }
        return LinkIndex.of(boards);
    }

    private static FetchException noSuchDate(Arena arena, Category category, String when, List<LocalDate> dates) {
        String known = dates.isEmpty() ? "it has no " + category + " leaderboard at all"
                : "its first " + category + " leaderboard is of " + dates.get(0);
        return new FetchException(FetchException.Kind.NOT_FOUND, HubSource.PAGE, "the " + arena.id()
                + " board has no " + category + " leaderboard published " + when + "; " + known);
    }

    private FetchException notUsable(DatasetException e) {
        return new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, HubSource.PAGE, e.getMessage()
                + "; nothing was kept", e);
    }

    private FetchException cacheFailure(IOException e) {
        return new FetchException(FetchException.Kind.CACHE, HubSource.PAGE, "cannot keep the dataset in the cache "
                + cache.root() + ": " + IoMessages.reason(e), e);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
