package dev.arenaview.source.lmarena;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.model.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * LMArena's dataset on disk, under {@code DIR/lmarena}: the Parquet files as downloaded (with
 * what the listing said of them), and each arena's boards of the {@code latest} split derived
 * once into CSV files that the app's CSV reader reads at start and for an export, so that neither
 * needs DuckDB.
 *
 * <pre>
 * DIR/lmarena/files/text/latest-00000-of-00001.parquet      as downloaded, checked against the listing
 * DIR/lmarena/files/text/full-00000-of-00001.parquet        the history, once something needed it
 * DIR/lmarena/files/text/files.properties                   each file's size and hash; the last check
 * DIR/lmarena/boards/text/2026-10-02-1a2b3c4d5e6f.csv       one category's board, named by its content
 * DIR/lmarena/boards/text/index.properties                  the category of each board, its date, schema, rows
 * </pre>
 *
 * Changes are {@link Update staged}: every new file is written beside its place first, and only
 * when all are written are they renamed into place, the index last. A failure before that (a full
 * disk) removes what was staged and leaves the cache byte for byte as it was.
 */
final class DatasetCache {

    /** A Parquet file kept, as the listing described it when it was fetched. */
    record CachedFile(String path, String name, Path file, long size, String contentId, Instant fetchedAt) {
    }

    /** What is kept of a config: its files, and when its listing was last read. */
    record ConfigFiles(Map<String, CachedFile> byName, Optional<Instant> lastCheck) {

        static final ConfigFiles NONE = new ConfigFiles(Map.of(), Optional.empty());

        List<CachedFile> split(String split) {
            return byName.values().stream().filter(f -> f.name().startsWith(split + "-") || f.name().equals(split + ".parquet"))
                    .sorted(java.util.Comparator.comparing(CachedFile::name)).toList();
        }
    }

    /**
     * One derived board in an arena's index.
     *
     * @param withoutRating rows of the dataset left out because they have no rating (NaN)
     */
    record Board(Category category, LocalDate date, String file, Schema schema, int rows, int withoutRating) {
    }

    /**
     * An arena's derived boards.
     *
     * @param derivation {@link Derivation#VERSION} that made them
     * @param sources    the Parquet files they were derived from, each as {@code path@contentId}
     * @param derivedAt  when
     */
    record Index(int derivation, List<String> sources, Instant derivedAt, List<Board> boards) {

        Optional<Board> board(Category category) {
            return boards.stream().filter(b -> b.category().equals(category)).findFirst();
        }
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String[] HEADER = {"rank", "rank_stylectrl", "model", "arena_score", "95_pct_ci", "votes",
        "organization", "license", "knowledge_cutoff", "url"};

    private final Path root;

    DatasetCache(Path cacheDir) {
        this.root = cacheDir.resolve("lmarena");
    }

    Path root() {
        return root;
    }

    /** The folder of a config's Parquet files (also where downloads are staged). */
    Path filesDir(String config) {
        return root.resolve("files").resolve(HubListing.checkedName(config));
    }

    Path boardsDir(Arena arena) {
        return root.resolve("boards").resolve(arena.id());
    }

    /** DuckDB's folder for spill files, which it makes only if a query ever needs one. */
    Path tempDir() {
        return root.resolve("tmp");
    }

    // ---- Parquet files ---------------------------------------------------------------------

    /** The config's files that are still there with the size they were fetched with. */
    ConfigFiles files(String config) {
        Properties p = read(filesDir(config).resolve("files.properties"));
        if (p == null) {
            return ConfigFiles.NONE;
        }
        Map<String, CachedFile> byName = new LinkedHashMap<>();
        for (int i = 0; p.getProperty("file." + i + ".name") != null; i++) {
            String prefix = "file." + i + ".";
            try {
                String name = HubListing.checkedName(p.getProperty(prefix + "name"));
                Path file = filesDir(config).resolve(name);
                long size = Long.parseLong(p.getProperty(prefix + "size", "-1"));
                if (Files.isRegularFile(file) && Files.size(file) == size) {
                    byName.put(name, new CachedFile(p.getProperty(prefix + "path", config + "/" + name), name, file, size,
                            p.getProperty(prefix + "contentId", ""), instant(p.getProperty(prefix + "fetchedAt"))
                            .orElse(Instant.EPOCH)));
                }
            } catch (IOException | RuntimeException e) {
                // A damaged entry counts as not cached: the file is fetched again.
            }
        }
        return new ConfigFiles(Map.copyOf(byName), instant(p.getProperty("lastCheck")));
    }

    // ---- derived boards --------------------------------------------------------------------

    Optional<Index> index(Arena arena) {
        Properties p = read(boardsDir(arena).resolve("index.properties"));
        if (p == null) {
            return Optional.empty();
        }
        try {
            List<Board> boards = new ArrayList<>();
            for (int i = 0; p.getProperty("board." + i + ".category") != null; i++) {
                String prefix = "board." + i + ".";
                boards.add(new Board(new Category(p.getProperty(prefix + "category")),
                        LocalDate.parse(p.getProperty(prefix + "date")),
                        HubListing.checkedName(p.getProperty(prefix + "file")),
                        Schema.valueOf(p.getProperty(prefix + "schema")),
                        Integer.parseInt(p.getProperty(prefix + "rows")),
                        Integer.parseInt(p.getProperty(prefix + "withoutRating", "0"))));
            }
            String sources = p.getProperty("sources", "");
            return Optional.of(new Index(Integer.parseInt(p.getProperty("derivation", "0")),
                    sources.isEmpty() ? List.of() : List.of(sources.split(",")),
                    instant(p.getProperty("derivedAt")).orElse(Instant.EPOCH), List.copyOf(boards)));
        } catch (RuntimeException e) {
            // A damaged index is no index: the boards are derived again at the next fetch.
            return Optional.empty();
        }
    }

    /** A derived board read back, with everything the index knows of it. */
    Leaderboard load(Arena arena, Board board, DataSource source) throws IOException, LeaderboardFormatException {
        Path file = boardsDir(arena).resolve(board.file());
        try (InputStream in = Files.newInputStream(file)) {
            Leaderboard read = new LeaderboardReader().read(in, file.toString(), source);
            return new Leaderboard(read.entries(), board.schema(), Optional.of(arena), Optional.of(board.date()), source,
                    board.category(), Origin.LMARENA);
        }
    }

    // ---- updates ---------------------------------------------------------------------------

    /** Starts a change of the cache; nothing is visible until {@link Update#commit()}. */
    Update update() {
        return new Update();
    }

    /**
     * A set of files to put in place together. Each is written to a temporary file beside its
     * place (and flushed to disk) when it is staged; {@link #commit()} renames them in the order
     * they were staged, which writes no data and so cannot run out of space.
     */
    final class Update implements AutoCloseable {

        private record Staged(Path temp, Path target) {
        }

        private final List<Staged> staged = new ArrayList<>();
        private boolean committed;

        /** A temporary file in a config's folder for a download to go to; it is staged to become {@code name}. */
        Path download(String config, String name) throws IOException {
            Path dir = Files.createDirectories(filesDir(config));
            Path temp = Files.createTempFile(dir, "." + HubListing.checkedName(name) + ".", ".part");
            staged.add(new Staged(temp, dir.resolve(name)));
            return temp;
        }

        /** A config's list of files, replacing the one kept. */
        void files(String config, List<CachedFile> files, Optional<Instant> lastCheck) throws IOException {
            Properties p = new Properties();
            lastCheck.ifPresent(t -> p.setProperty("lastCheck", t.toString()));
            for (int i = 0; i < files.size(); i++) {
                CachedFile f = files.get(i);
                String prefix = "file." + i + ".";
                p.setProperty(prefix + "name", f.name());
                p.setProperty(prefix + "path", f.path());
                p.setProperty(prefix + "size", Long.toString(f.size()));
                p.setProperty(prefix + "contentId", f.contentId());
                p.setProperty(prefix + "fetchedAt", f.fetchedAt().toString());
            }
            stage(filesDir(config).resolve("files.properties"), text(p));
        }

        /** An arena's boards, written as CSV files named by their content, and the index that lists them. */
        Index boards(Arena arena, List<Leaderboard> boards, Map<Category, Integer> withoutRating, List<String> sources,
                     Instant now) throws IOException {
            List<Board> entries = new ArrayList<>();
            for (Leaderboard b : boards) {
                byte[] csv = csv(b.entries());
                String file = b.date().orElseThrow() + "-" + sha256(csv).substring(0, 12) + ".csv";
                Path target = boardsDir(arena).resolve(file);
                if (!Files.exists(target) && staged.stream().noneMatch(s -> s.target().equals(target))) {
                    stage(target, csv);
                }
                entries.add(new Board(b.category(), b.date().orElseThrow(), file, b.schema(), b.size(),
                        withoutRating.getOrDefault(b.category(), 0)));
            }
            Properties p = new Properties();
            p.setProperty("derivation", Integer.toString(Derivation.VERSION));
            p.setProperty("sources", String.join(",", sources));
            p.setProperty("derivedAt", now.toString());
            for (int i = 0; i < entries.size(); i++) {
                Board b = entries.get(i);
                String prefix = "board." + i + ".";
                p.setProperty(prefix + "category", b.category().id());
                p.setProperty(prefix + "date", b.date().toString());
                p.setProperty(prefix + "file", b.file());
                p.setProperty(prefix + "schema", b.schema().name());
                p.setProperty(prefix + "rows", Integer.toString(b.rows()));
                p.setProperty(prefix + "withoutRating", Integer.toString(b.withoutRating()));
            }
            stage(boardsDir(arena).resolve("index.properties"), text(p));
            return new Index(Derivation.VERSION, sources, now, List.copyOf(entries));
        }

        private void stage(Path target, byte[] content) throws IOException {
            Path dir = Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            staged.add(new Staged(temp, target));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        /** Renames every staged file into place, in order. */
        void commit() throws IOException {
            for (Staged s : staged) {
                try {
                    Files.move(s.temp(), s.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        }

        /** Without a commit, removes every staged file: the cache is as it was. */
        @Override
        public void close() {
            if (committed) {
                return;
            }
            for (Staged s : staged) {
                try {
                    Files.deleteIfExists(s.temp());
                } catch (IOException e) {
                    // A leftover ".part" file is never read; the next update's clean-up removes it.
                }
            }
        }
    }

    /**
     * Removes an arena's board files that neither index lists any more, after an update replaced
     * {@code before} with {@code after}: only those this process knew of, so that another process's
     * update under way keeps its files.
     */
    void forget(Arena arena, Optional<Index> before, Index after) {
        if (before.isEmpty()) {
            return;
        }
        Set<String> kept = after.boards().stream().map(Board::file).collect(Collectors.toSet());
        for (Board b : before.get().boards()) {
            if (!kept.contains(b.file())) {
                try {
                    Files.deleteIfExists(boardsDir(arena).resolve(b.file()));
                } catch (IOException e) {
                    // Only space is lost.
                }
            }
        }
    }

    /** A board's rows as the CSV the reader reads (the releases' columns, every value quoted where it must be). */
    static byte[] csv(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 120);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, CSV)) {
            out.printRecord((Object[]) HEADER);
            for (Entry e : entries) {
                out.printRecord(e.rank(), e.hasRankStyleCtrl() ? Integer.toString(e.rankStyleCtrl()) : "", e.model(),
                        e.score(), e.ci().toString(), e.votes(), e.organization(), e.license(), e.cutoff().text(),
                        e.url());
            }
        }
        return bytes.toByteArray();
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] text(Properties p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), null);
        return out.toByteArray();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
