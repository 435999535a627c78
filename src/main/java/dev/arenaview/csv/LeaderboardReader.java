package dev.arenaview.csv;

import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.KnowledgeCutoff;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an upstream leaderboard CSV (any of the {@link Schema schemas}) into a
 * {@link Leaderboard}.
 *
 * <p>Columns are found by header name, case-insensitively; extra columns are ignored.
 * The file is UTF-8 with or without a byte-order mark, LF or CRLF, RFC 4180 quoting;
 * blanks around values are trimmed and blank lines skipped. Anything that is not a
 * leaderboard, and every row that cannot be read, ends in a
 * {@link LeaderboardFormatException} that names the file, the line and the problem:
 * no row is ever dropped silently.
 *
 * <p>A local file of 8 MB or more, on a machine with more than one core, is read in parallel
 * ({@code ChunkedRead}): split at line feeds outside quotes into a chunk per core (at most
 * {@value #MAX_CHUNKS}), each chunk parsed by a Commons CSV parser of its own and typed on its own
 * thread, the rows joined in file order and the schema judged over all of them. That is only for
 * files without a single problem: at the first sign of one in any chunk the parallel read is
 * dropped and the file read again sequentially, in one streaming pass, so that every answer,
 * errors and their lines included, is the sequential one. Streams are always read sequentially.
 */
public final class LeaderboardReader {

    /** How many problems an error lists before it only counts the rest. */
    public static final int MAX_LISTED_PROBLEMS = 10;

    /**
     * The longest field read, in characters as written. Upstream names are under 200 characters
     * and URLs under 2,000; a longer field is a broken file (usually a quote left open), and
     * reading stops there rather than take the rest of the file into memory.
     */
    public static final int MAX_FIELD_CHARS = 64 * 1024;

    /** The most fields a row may have: leaderboards have about ten columns, the widest upstream file a few dozen. */
    public static final int MAX_COLUMNS = 1_000;

    /**
     * The longest row read, in characters as written. Without it a row of many fields just under
     * {@link #MAX_FIELD_CHARS} could still take a gigabyte.
     */
    public static final int MAX_ROW_CHARS = 1024 * 1024;

    private static final String RANK = "rank";
    private static final String RANK_STYLECTRL = "rank_stylectrl";
    private static final String MODEL = "model";
    private static final String SCORE = "arena_score";
    private static final String CI = "95_pct_ci";
    private static final String VOTES = "votes";
    private static final String ORGANIZATION = "organization";
    private static final String LICENSE = "license";
    private static final String CUTOFF = "knowledge_cutoff";
    private static final String URL = "url";

    /** Columns without which a file is not a leaderboard, in the order they are reported missing. */
    private static final List<String> REQUIRED = List.of(RANK, MODEL, SCORE, CI, VOTES, ORGANIZATION, LICENSE);

    /** Older names of today's columns: {@code arena_elo} until mid-2024. */
    private static final Map<String, String> ALIASES = Map.of("arena_elo", SCORE);

    private static final int SNIFF_CHARS = 512;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank lines are skipped here, so line numbers stay true
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    /**
     * Local files from this size up are read in parallel. Below it a sequential read is about as
     * quick, and most leaderboards are far smaller: upstream's files are under a megabyte.
     */
    static final long PARALLEL_FROM_BYTES = 8L << 20;

    /**
     * The most chunks a file is read in, one thread each: beyond a few, the file system and the
     * allocation of rows, not the parsing, set the pace, and the window wants a core of its own.
     */
    static final int MAX_CHUNKS = 4;

    private final long parallelFrom;
    private final int chunks;

    /** A reader that reads large local files on as many cores as it may use. */
    public LeaderboardReader() {
        this(PARALLEL_FROM_BYTES, Math.min(MAX_CHUNKS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * A reader that reads local files of {@code parallelFrom} bytes and more in up to {@code chunks}
     * chunks at once; tests force small files into many chunks.
     */
    LeaderboardReader(long parallelFrom, int chunks) {
        this.parallelFrom = parallelFrom;
        this.chunks = chunks;
    }

    /** Reads a local file; messages name it as {@code file} was given. */
    public Leaderboard read(Path file) throws IOException, LeaderboardFormatException {
        return read(file, ReadListener.NONE);
    }

    /** Reads a local file, telling the listener how it goes (first rows, progress) and letting it stop. */
    public Leaderboard read(Path file, ReadListener listener) throws IOException, LeaderboardFormatException {
        String name = file.toString();
        DataSource source = DataSource.file(name);
        if (chunks > 1 && sizeOf(file) >= parallelFrom) {
            Relay relay = new Relay(listener);
            Leaderboard board = ChunkedRead.read(file, name, source, relay, chunks);
            if (board != null) {
                return board;
            }
            listener = relay;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, source, listener);
        }
    }

    /** The file's size, or -1 when it has none to tell (the sequential read then says what is wrong). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /**
     * The caller's listener, for a read that may start again from the first row after a parallel
     * read gave up: the first rows are handed over once, and progress never goes back.
     */
    private static final class Relay implements ReadListener {
        private final ReadListener listener;
        private boolean firstRowsSent;
        private long progress;

        Relay(ReadListener listener) {
            this.listener = listener;
        }

        @Override
        public void firstRows(List<Entry> rows, Schema schemaSoFar) {
            if (!firstRowsSent) {
                firstRowsSent = true;
                listener.firstRows(rows, schemaSoFar);
            }
        }

        @Override
        public void progress(long bytesRead) {
            if (bytesRead > progress) {
                progress = bytesRead;
                listener.progress(bytesRead);
            }
        }

        @Override
        public boolean isCancelled() {
            return listener.isCancelled();
        }
    }

    /**
     * Reads a leaderboard from a stream, which it closes.
     *
     * @param in     the CSV bytes
     * @param name   the file's name or path: used in messages, and for the arena and date it may carry
     * @param source where the data came from, kept with the result
     */
    public Leaderboard read(InputStream in, String name, DataSource source)
            throws IOException, LeaderboardFormatException {
        return read(in, name, source, ReadListener.NONE);
    }

    /** Like {@link #read(InputStream, String, DataSource)}, telling the listener how it goes. */
    public Leaderboard read(InputStream raw, String name, DataSource source, ReadListener listener)
            throws IOException, LeaderboardFormatException {
        CountingInputStream in = new CountingInputStream(raw);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8()), 1 << 16)) {
            sniff(reader, name);
            BoundedCsvReader bounded = bounded(reader);
            try (CSVParser parser = CSVParser.parse(bounded, FORMAT)) {
                return new Pass(parser, bounded, name, source, listener, in).run();
            } catch (BoundedCsvReader.CsvLimitException e) {
                // Commons CSV reads nothing before the first record is asked for, so this is only
                // a guard: the limits are reported from the records, with the rows before them.
                throw LeaderboardFormatException.atLine(name, e.line(), e.getMessage());
            }
        }
    }

    /** The text of a file (or of a chunk of one) within this reader's limits. */
    static BoundedCsvReader bounded(Reader text) {
        return new BoundedCsvReader(text, MAX_FIELD_CHARS, MAX_COLUMNS, MAX_ROW_CHARS);
    }

    /** A UTF-8 decoder that reads bytes which are not UTF-8 as U+FFFD. */
    static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                // Bad bytes become U+FFFD and are reported on their own row: the decoder reads
                // ahead of the parser, so failing here would name the wrong line.
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** Refuses at once what is plainly not CSV text, and skips a byte-order mark. */
    static void sniff(Reader reader, String name) throws IOException, LeaderboardFormatException {
        reader.mark(SNIFF_CHARS + 1);
        char[] head = new char[SNIFF_CHARS];
        int n = 0;
        for (int r; n < head.length && (r = reader.read(head, n, head.length - n)) > 0; ) {
            n += r;
        }
        reader.reset();
        int start = 0;
        if (n > 0 && head[0] == '\uFEFF') {
            reader.skip(1);
            start = 1;
        }
        String text = new String(head, start, n - start);
        if (text.isBlank()) {
            throw LeaderboardFormatException.ofFile(name, "the file is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw LeaderboardFormatException.ofFile(name, "this is a binary file, not a CSV leaderboard");
        }
        String lead = text.stripLeading().toLowerCase(Locale.ROOT);
        // No leaderboard header starts with "<"; every HTML, XML or SVG document does.
        if (lead.startsWith("<")) {
            throw LeaderboardFormatException.ofFile(name,
                    "this is an HTML or XML page, not a CSV leaderboard (was a web page saved instead of the file?)");
        }
    }

    /**
     * Schema A has no style-control rank; C numbers its rows where B ranks them, and leaves unknown
     * cutoffs empty where B writes "Unknown".
     */
    static Schema schemaOf(Columns columns, FileNameInfo info, boolean rankIsPosition, boolean sawUnknownCutoff,
                           int rows) {
        if (!columns.has(RANK_STYLECTRL)) {
            return Schema.A;
        }
        if (info.lmarenaName() || (rankIsPosition && !sawUnknownCutoff && rows > 1)) {
            return Schema.C;
        }
        return Schema.B;
    }

    /** Schema B writes "Unknown" where C leaves the cutoff empty. */
    static boolean isUnknownCutoff(Entry entry) {
        return entry.cutoff().text().equalsIgnoreCase("Unknown");
    }

    /** A blank line, or one of blanks only: skipped, though counted for line numbers. */
    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    /**
     * A record's values, as rows and headers are read from them: Commons CSV's records in a
     * sequential read, the records split straight from the bytes in a parallel one.
     */
    interface Fields {
        int size();

        String get(int index);

        /**
         * The value, the same string object each time the same text comes again, where that is
         * cheaper than a new string: for the few dozen vendors, licences, intervals and cutoffs.
         */
        default String getRepeated(int index) {
            return get(index);
        }

        /**
         * The value as a number, when it is only the digits of one below a billion; else -1, and
         * the caller reads it from its text.
         */
        default int digits(int index) {
            return -1;
        }

        static Fields of(CSVRecord record) {
            return new Fields() {
                @Override
                public int size() {
                    return record.size();
                }

                @Override
                public String get(int index) {
                    return record.get(index);
                }
            };
        }
    }

    /**
     * Turns records into entries and notes the problems of those that are not: one per reading,
     * or per chunk of a parallel reading, each with pools of its own.
     */
    static class Rows {
        final List<Problem> problems = new ArrayList<>();
        long problemCount;
        private final Map<String, String> pool = new HashMap<>();
        // A few dozen distinct intervals and cutoffs serve a million rows: one object each,
        // parsed once, instead of one per row.
        private final Map<String, ConfidenceInterval> intervals = new HashMap<>();
        private final Map<String, KnowledgeCutoff> cutoffs = new HashMap<>();

        /**
         * Whether the text read so far may hold a character no leaderboard has, so that each value
         * must be looked through; never, for records that {@link ByteRecords} split, since it
         * leaves those to the sequential read.
         */
        boolean mayHoldOddCharacters() {
            return false;
        }

        void problem(long line, String message) {
            problemCount++;
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(new Problem(line, message));
            }
        }

        /** The record, starting on {@code line}, as an entry; or null after noting why it cannot be read. */
        Entry parseRow(Fields record, Columns columns, long line) {
            if (record.size() != columns.width) {
                problem(line, "expected " + columns.width + " fields like the header, found " + record.size());
                return null;
            }
            for (int i = 0; i < record.size() && mayHoldOddCharacters(); i++) {
                String value = record.get(i);
                int control = badCharacter(value);
                if (control == '\uFFFD') {
                    problem(line, "the text is not valid UTF-8");
                    return null;
                }
                if (control >= 0) {
                    // The sniff only sees the start of a file; a NUL further on (a file cut short
                    // and padded with zeros, a flipped bit) would otherwise pass into a value.
                    problem(line, String.format(Locale.ROOT, "the text contains the control character U+%04X,"
                            + " which no leaderboard has (is the file damaged?)", control));
                    return null;
                }
            }
            try {
                int rank = wholeNumber(record, columns.rank, RANK, true);
                int styleRank = columns.styleRank >= 0 ? wholeNumber(record, columns.styleRank, RANK_STYLECTRL, false) : 0;
                String model = record.get(columns.model);
                if (model.isEmpty()) {
                    throw new RowException("the model name is empty");
                }
                int score = wholeNumber(record, columns.score, SCORE, true);
                String ciText = record.getRepeated(columns.ci);
                ConfidenceInterval ci = intervals.get(ciText);
                if (ci == null) {
                    ci = ConfidenceInterval.parse(ciText).orElseThrow(() ->
                            new RowException(CI + " \"" + shorten(ciText) + "\" is not an interval like +5/-4"));
                    intervals.put(ciText, ci);
                }
                int votes = wholeNumber(record, columns.votes, VOTES, true);
                String organization = pooled(record.getRepeated(columns.organization));
                String license = pooled(record.getRepeated(columns.license));
                KnowledgeCutoff cutoff = columns.cutoff >= 0
                        ? cutoffs.computeIfAbsent(record.getRepeated(columns.cutoff), KnowledgeCutoff::parse)
                        : KnowledgeCutoff.EMPTY;
                String url = columns.url >= 0 ? record.get(columns.url) : "";
                return new Entry(rank, styleRank, model, score, ci, votes, organization, license, cutoff, url);
            } catch (RowException e) {
                problem(line, e.getMessage());
                return null;
            }
        }

        private static int wholeNumber(Fields record, int index, String column, boolean required) {
            int quick = record.digits(index);
            if (quick > 0 || (quick == 0 && (column.equals(VOTES) || column.equals(SCORE)))) {
                return quick;
            }
            String text = record.get(index);
            if (text.isEmpty()) {
                if (required) {
                    throw new RowException(column + " is empty");
                }
                return 0;
            }
            // Hand-edited files sometimes group thousands ("12,327"); upstream never does.
            String digits = column.equals(VOTES) ? text.replace(",", "") : text;
            try {
                int value = Integer.parseInt(digits);
                if (value < 0 || (value == 0 && !column.equals(VOTES) && !column.equals(SCORE))) {
                    throw new RowException(column + " \"" + shorten(text) + "\" is out of range");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new RowException(column + " \"" + shorten(text) + "\" is not a whole number");
            }
        }

        private String pooled(String value) {
            return pool.computeIfAbsent(value, v -> v);
        }
    }

    /** One reading of one file, from start to end. */
    private static final class Pass extends Rows {
        private final CSVParser parser;
        private final BoundedCsvReader bounded;
        private RecordFeed feed;
        private final String name;
        private final DataSource source;
        private long recordLine;

        private final ReadListener listener;
        private final CountingInputStream counter;

        Pass(CSVParser parser, BoundedCsvReader bounded, String name, DataSource source, ReadListener listener,
             CountingInputStream counter) {
            this.parser = parser;
            this.bounded = bounded;
            this.name = name;
            this.source = source;
            this.listener = listener;
            this.counter = counter;
        }

        @Override
        boolean mayHoldOddCharacters() {
            return bounded.sawOddCharacter();
        }

        Leaderboard run() throws LeaderboardFormatException, IOException {
            try (RecordFeed records = new RecordFeed(parser, name)) {
                feed = records;
                return readRecords();
            }
        }

        private Leaderboard readRecords() throws LeaderboardFormatException, IOException {
            CSVRecord header = nextNonBlank();
            if (header == null) {
                if (problemCount > 0) {
                    throw failure(null);
                }
                throw LeaderboardFormatException.ofFile(name, "the file is empty");
            }
            long headerLine = recordLine;
            Columns columns = Columns.of(Fields.of(header), name, headerLine);

            List<Entry> entries = new ArrayList<>();
            boolean rankIsPosition = true;
            boolean sawUnknownCutoff = false;
            long rows = 0;
            for (CSVRecord record; (record = nextNonBlank()) != null; ) {
                rows++;
                if ((rows & 1023) == 0) {
                    if (listener.isCancelled()) {
                        throw new java.io.InterruptedIOException(name + ": reading was cancelled");
                    }
                    if ((rows & 8191) == 0) {
                        listener.progress(counter.count());
                    }
                }
                Entry entry = parseRow(Fields.of(record), columns, recordLine);
                if (entry == null) {
                    continue;
                }
                entries.add(entry);
                rankIsPosition &= entry.rank() == entries.size();
                sawUnknownCutoff |= isUnknownCutoff(entry);
                if (entries.size() == ReadListener.FIRST_ROWS) {
                    listener.firstRows(List.copyOf(entries),
                            schemaOf(columns, FileNameInfo.of(name), rankIsPosition, sawUnknownCutoff, entries.size()));
                }
            }
            if (rows == 0 && problemCount == 0) {
                throw LeaderboardFormatException.atLine(name, headerLine, "the file has a header but no rows of data");
            }

            FileNameInfo info = FileNameInfo.of(name);
            Schema schema = schemaOf(columns, info, rankIsPosition, sawUnknownCutoff, entries.size());
            Leaderboard board = new Leaderboard(entries, schema, info.arena(), info.date(), source);
            if (problemCount > 0) {
                throw failure(entries.isEmpty() ? null : board);
            }
            return board;
        }

        private LeaderboardFormatException failure(Leaderboard readable) {
            return new LeaderboardFormatException(name, problems, problemCount, readable);
        }

        /** The next record that is not a blank line, or null at the end or when the CSV is broken. */
        private CSVRecord nextNonBlank() throws java.io.InterruptedIOException {
            while (true) {
                CSVRecord record = feed.next();
                recordLine = feed.line();
                if (record == null) {
                    RecordFeed.Failure failure = feed.failure();
                    if (failure != null) {
                        BoundedCsvReader.CsvLimitException limit = limitIn(failure.error());
                        if (limit != null) {
                            problem(limit.line(), limit.getMessage());
                        } else {
                            problem(failure.line(), describeCsvError(failure.error()));
                        }
                    }
                    return null;
                }
                if (isBlank(record)) {
                    continue;
                }
                return record;
            }
        }

        private static BoundedCsvReader.CsvLimitException limitIn(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BoundedCsvReader.CsvLimitException) {
                    return (BoundedCsvReader.CsvLimitException) t;
                }
            }
            return null;
        }

        private static String describeCsvError(RuntimeException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            if (detail.contains("EOF reached before encapsulated token finished")) {
                return "a quoted field opened on this line is never closed (unterminated \"); reading stopped here";
            }
            if (detail.contains("Invalid character between encapsulated token and delimiter")) {
                return "text after a closing quote (a \" inside a quoted field must be doubled as \"\"); reading stopped here";
            }
            return "cannot be read as CSV (" + detail + "); reading stopped here";
        }
    }

    /**
     * The first character no leaderboard value has: a control character other than tab and
     * line breaks, or U+FFFD (bytes that were not UTF-8); -1 when there is none. One scan
     * per value, since it runs for every field of every row.
     */
    private static int badCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == '\uFFFD') {
                return c;
            }
        }
        return -1;
    }

    /** Counts the bytes read, for progress: one thread counts, another reports. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Where each known column is in the header. */
    static final class Columns {
        private final Map<String, Integer> index;
        private final int width;
        // Where each column the rows are read from is, or -1: looked up once per file, not per row.
        final int rank;
        final int styleRank;
        final int model;
        final int score;
        final int ci;
        final int votes;
        final int organization;
        final int license;
        final int cutoff;
        final int url;

        private Columns(Map<String, Integer> index, int width) {
            this.index = index;
            this.width = width;
            rank = index.getOrDefault(RANK, -1);
            styleRank = index.getOrDefault(RANK_STYLECTRL, -1);
            model = index.getOrDefault(MODEL, -1);
            score = index.getOrDefault(SCORE, -1);
            ci = index.getOrDefault(CI, -1);
            votes = index.getOrDefault(VOTES, -1);
            organization = index.getOrDefault(ORGANIZATION, -1);
            license = index.getOrDefault(LICENSE, -1);
            cutoff = index.getOrDefault(CUTOFF, -1);
            url = index.getOrDefault(URL, -1);
        }

        static Columns of(Fields header, String file, long line) throws LeaderboardFormatException {
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String raw = header.get(i).strip();
                names.add(raw);
                String key = raw.toLowerCase(Locale.ROOT);
                index.putIfAbsent(ALIASES.getOrDefault(key, key), i);
            }
            List<String> missing = new ArrayList<>();
            for (String column : REQUIRED) {
                if (!index.containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                String shown = names.size() <= 12 ? String.join(", ", names)
                        : String.join(", ", names.subList(0, 12)) + ", … (" + names.size() + " columns)";
                throw LeaderboardFormatException.atLine(file, line, "not an LMArena leaderboard: missing column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + " (the header has: " + shorten(shown.isEmpty() ? "nothing" : shown, 300) + ")");
            }
            if (index.containsKey("model_sha") || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("evaluations_"))) {
                // merged.csv carries every arena column, but its rows are Hugging Face models
                // joined with arena rows: a different table that would look like a leaderboard.
                throw LeaderboardFormatException.atLine(file, line, "not an LMArena leaderboard: this is the"
                        + " merged Hugging Face and arena table (merged.csv); open lmarena_text.csv or lmsys.csv instead");
            }
            return new Columns(index, header.size());
        }

        boolean has(String column) {
            return index.containsKey(column);
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max) + "…";
        }
    }

    /** A row's problem, carried out of the value parsers. */
    private static final class RowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message, null, false, false);
        }
    }
}
