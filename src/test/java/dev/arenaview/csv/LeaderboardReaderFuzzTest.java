package dev.arenaview.csv;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds {@link LeaderboardReader} broken versions of valid leaderboards and checks that it always
 * answers the way a caller can handle.
 *
 * <p>Each case starts from a valid CSV, either the bundled 2025-06-27 data or one generated here
 * (every schema, quoted names with commas, quotes and line breaks, CRLF, byte-order marks, blank
 * lines, extra and reordered columns), and applies one to four random mutations: truncation,
 * bit flips and random bytes, stray quotes, fields of megabytes, thousands of columns, rows of
 * many long fields, invalid UTF-8, empty lines, mixed CR/LF, byte-order marks in odd places, NUL
 * bytes, deleted and repeated pieces, stray tokens. Some cases apply none, and must read back
 * exactly what was generated.
 *
 * <p>For every input, {@code read} must return a leaderboard or throw a
 * {@link LeaderboardFormatException} whose message starts with the file name and whose every
 * problem has a line between 0 (the whole file) and the input's last line and a message; never any
 * other exception (the input is in memory, so no {@code IOException} either), never hang (each case
 * has {@link #TIMEOUT}), and never read a huge field into memory: fields of 50 MB are refused after
 * reading a few hundred kilobytes. A leaderboard must hold every non-blank row of the file but the
 * header (as Commons CSV alone counts them), none with an empty name, undecodable text or control
 * characters.
 *
 * <p>The first {@value #DEFAULT_PARALLEL_CASES} inputs are also read from files that the reader must
 * split into chunks and read in parallel however small they are; each must end exactly as its
 * sequential read does.
 *
 * <p>Every case draws its random numbers from its own seed, made from the series seed and the case
 * number, so a failure names the two properties that rerun it alone. By default
 * {@value #DEFAULT_CASES} cases run, a few seconds; for longer runs:
 * <pre>
 * mvn -B test -Dtest=LeaderboardReaderFuzzTest -Dfuzz.cases=200000     # more cases
 * mvn -B test -Dtest=LeaderboardReaderFuzzTest -Dfuzz.seed=7           # another series
 * mvn -B test -Dtest=LeaderboardReaderFuzzTest -Dfuzz.seed=7 -Dfuzz.case=1234   # one case again
 * mvn -B test -Dtest=LeaderboardReaderFuzzTest -Dfuzz.parallelCases=20000   # more read in chunks
 * </pre>
 */
class LeaderboardReaderFuzzTest {

    static final int DEFAULT_CASES = 3000;
    static final int DEFAULT_PARALLEL_CASES = 400;
    static final long DEFAULT_SEED = 20250627L;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** More than enough for the reader's buffers and one row of {@link LeaderboardReader#MAX_ROW_CHARS}. */
    static final long MAX_BYTES_READ_OF_A_HUGE_FIELD = 8L << 20;

    static final String[] NAMES = {"lmsys_2025.06.27.csv", "lmarena_text_20250804.csv", "lmarena_vision.csv",
        "fuzz.csv", "/tmp/some dir/leaderboard (1).csv", "C:\\Users\\a\\lmsys.csv", "数据.csv"};

    /** The reader's own format, to count the rows of an input independently. */
    static final CSVFormat SAME_FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    static final byte[] BUNDLED = bundled();

    static byte[] bundled() {
        try (InputStream in = LeaderboardReaderFuzzTest.class.getResourceAsStream(
                "/dev/arenaview/source/lmsys_2025.06.27.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void brokenLeaderboardsAreReadOrRefusedWithFileAndLine() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        Long only = Long.getLong("fuzz.case");
        long cases = Long.getLong("fuzz.cases", DEFAULT_CASES);
        long first = only != null ? only : 0;
        long end = only != null ? only + 1 : cases;
        List<String> failures = new ArrayList<>();
        long failed = 0;
        for (long n = first; n < end; n++) {
            String failure = Case.make(seed, n).run();
            if (failure != null) {
                failed++;
                if (failures.size() < 10) {
                    failures.add(failure);
                }
            }
        }
        if (failed > 0) {
            fail(failed + " of " + (end - first) + " cases failed; the first:\n\n" + String.join("\n\n", failures));
        }
    }

    @Test
    void fiftyMegabyteFieldsAfterAnyPrefixAreRefusedWithoutBeingRead() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        // The tails are unbounded whatever state the prefix leaves the CSV in: outside quotes they
        // open a field that never ends, inside quotes they either go on or close it with an error.
        List<String> tails = List.of("a", ",", "\n\"abc,def\n", "\n\"" + "x".repeat(100) + "\r\n", "é", "\u00ff");
        for (int n = 0; n < 24; n++) {
            SplittableRandom r = new SplittableRandom(caseSeed(seed, -1 - n));
            Base base = r.nextInt(3) == 0 ? Base.bundled() : Base.generate(r);
            byte[] prefix = Arrays.copyOf(base.bytes, r.nextInt(base.bytes.length + 1));
            String tailText = tails.get(n % tails.size());
            byte[] tail = tailText.equals("\u00ff") ? new byte[] {(byte) 0xff} : tailText.getBytes(StandardCharsets.UTF_8);
            GeneratedStream in = new GeneratedStream(prefix, tail, 50L << 20);
            String name = NAMES[r.nextInt(NAMES.length)];
            String context = "huge case " + n + " of series seed " + seed + " (prefix of " + prefix.length
                    + " bytes of " + base.description + ", then " + escape(tail) + " up to 50 MiB)";
            Object outcome = assertTimeoutPreemptively(TIMEOUT, () -> outcome(in, name), () -> context + ": hangs");
            if (!(outcome instanceof LeaderboardFormatException)) {
                fail(context + ": expected a refusal, got " + describe(outcome));
            }
            String problem = checkRefusal((LeaderboardFormatException) outcome, name, Long.MAX_VALUE);
            if (problem != null) {
                fail(context + ": " + problem);
            }
            if (in.bytesRead() > MAX_BYTES_READ_OF_A_HUGE_FIELD) {
                fail(context + ": read " + in.bytesRead() + " bytes before refusing");
            }
        }
    }

    @Test
    void validLeaderboardsAreReadBackExactly() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        for (int n = 0; n < 200; n++) {
            SplittableRandom r = new SplittableRandom(caseSeed(seed, Long.MIN_VALUE + n));
            Base base = Base.generate(r);
            String failure = new Case("valid case " + n + " of series seed " + seed + " (-Dfuzz.seed=" + seed + ")",
                    base, base.bytes, List.of(), NAMES[r.nextInt(NAMES.length)]).run();
            if (failure != null) {
                fail(failure);
            }
        }
    }

    /**
     * The first of the same inputs again, from files that the reader must split into chunks however
     * small they are: whatever a file holds, reading it in parallel must end exactly as reading it
     * sequentially, the same rows or the same refusal with the same lines and readable rows.
     */
    @Test
    void brokenLeaderboardsReadInChunksEndAsTheyEndSequentially(@TempDir Path dir) throws IOException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        long cases = Long.getLong("fuzz.parallelCases", DEFAULT_PARALLEL_CASES);
        LeaderboardReader sequential = new LeaderboardReader(Long.MAX_VALUE, 1);
        List<String> failures = new ArrayList<>();
        long failed = 0;
        long boards = 0;
        long chunked = 0;
        for (long n = 0; n < cases; n++) {
            Case c = Case.make(seed, n);
            String base = c.name().substring(Math.max(c.name().lastIndexOf('/'), c.name().lastIndexOf('\\')) + 1);
            Path file = Files.write(dir.resolve(base.chars().allMatch(ch -> ch < 0x80) ? base : "fuzz.csv"), c.input());
            int chunks = 2 + (int) (n % 7);
            String context = c.id() + ", read in up to " + chunks + " chunks (-Dfuzz.parallelCases)";
            Object expected = LeaderboardReaderParallelTest.outcome(sequential, file);
            Object actual = assertTimeoutPreemptively(TIMEOUT,
                    () -> LeaderboardReaderParallelTest.outcome(new LeaderboardReader(0, chunks), file),
                    () -> context + ": hangs");
            String difference = LeaderboardReaderParallelTest.difference(expected, actual);
            if (difference == null && expected instanceof Leaderboard) {
                boards++;
                Leaderboard direct = ChunkedRead.read(file, file.toString(), DataSource.file(file.toString()),
                        ReadListener.NONE, chunks);
                if (direct != null) {
                    chunked++;
                    difference = LeaderboardReaderParallelTest.difference(expected, direct);
                }
            }
            if (difference != null) {
                failed++;
                if (failures.size() < 10) {
                    failures.add(c.describeCase(difference));
                }
            }
        }
        if (failed > 0) {
            fail(failed + " of " + cases + " cases failed; the first:\n\n" + String.join("\n\n", failures));
        }
        // Else the comparison would hold for a reader that never read in parallel at all.
        assertTrue(cases < 100 || chunked * 3 > boards, chunked + " of " + boards + " leaderboards were read in chunks");
    }

    static long caseSeed(long seed, long n) {
        // SplittableRandom mixes its seed, so neighbouring case numbers give unrelated cases.
        return seed * 0x9E3779B97F4A7C15L + n;
    }

    /** One input: a base, the mutations applied to it and the name it is read under. */
    record Case(String id, Base base, byte[] input, List<String> mutations, String name) {

        static Case make(long seed, long n) {
            long caseSeed = caseSeed(seed, n);
            SplittableRandom r = new SplittableRandom(caseSeed);
            Base base = r.nextInt(4) == 0 ? Base.bundled() : Base.generate(r);
            byte[] bytes = base.bytes;
            List<String> applied = new ArrayList<>();
            int count = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(4);
            for (int i = 0; i < count; i++) {
                Mutation m = Mutation.pick(r);
                Mutated result = m.apply(bytes, r);
                bytes = result.bytes;
                applied.add(result.description);
            }
            String id = "case " + n + " of series seed " + seed + " (rerun alone with -Dfuzz.seed=" + seed
                    + " -Dfuzz.case=" + n + ")";
            return new Case(id, base, bytes, applied, NAMES[r.nextInt(NAMES.length)]);
        }

        /** Null when the reader behaved, else what went wrong and how to get the input again. */
        String run() {
            Object outcome = assertTimeoutPreemptively(TIMEOUT,
                    () -> outcome(new ByteArrayInputStream(input), name), () -> describeCase("hangs"));
            String problem;
            if (outcome instanceof Leaderboard) {
                problem = checkBoard((Leaderboard) outcome);
            } else if (outcome instanceof LeaderboardFormatException) {
                problem = checkRefusal((LeaderboardFormatException) outcome, name, lineCount(input));
                if (problem == null && mutations.isEmpty()) {
                    problem = "a valid file was refused: " + ((Exception) outcome).getMessage();
                }
            } else {
                problem = "read threw " + describe(outcome);
            }
            return problem == null ? null : describeCase(problem);
        }

        String describeCase(String problem) {
            String baseText = base.bytes == BUNDLED ? "" : ": " + escape(base.bytes);
            return id + ": " + visible(shorten(problem)) + "\n  base: " + base.description + baseText + "\n  mutations: " + mutations
                    + "\n  name: " + name + "\n  input (" + input.length + " bytes): " + escape(input);
        }

        private String checkBoard(Leaderboard board) {
            if (board.size() == 0) {
                return "a leaderboard without rows";
            }
            for (Entry e : board.entries()) {
                for (String text : List.of(e.model(), e.organization(), e.license(), e.cutoff().text(), e.url())) {
                    if (text.indexOf('\uFFFD') >= 0) {
                        return "undecodable text was read as a value: " + e;
                    }
                    if (text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) {
                        return "a control character, the mark of a damaged file, was read as a value: " + e;
                    }
                }
                if (e.model().isEmpty() || e.rank() < 1 || e.votes() < 0) {
                    return "an impossible row was read: " + e;
                }
            }
            long rows;
            try {
                rows = dataRows(input);
            } catch (UncheckedIOException e) {
                return "read, though Commons CSV alone cannot parse it: " + e.getMessage();
            }
            if (board.size() != rows) {
                return "the file has " + rows + " rows after its header, the leaderboard " + board.size();
            }
            if (mutations.isEmpty() && !base.models.equals(board.entries().stream().map(Entry::model).toList())) {
                return "a valid file was read wrong: " + base.models + " became "
                        + board.entries().stream().map(Entry::model).toList();
            }
            return null;
        }
    }

    /** What reading gives: a leaderboard, or whatever was thrown, never thrown on. */
    static Object outcome(InputStream in, String name) {
        try {
            return new LeaderboardReader().read(in, name, DataSource.file(name));
        } catch (Throwable e) {
            return e;
        }
    }

    static String checkRefusal(LeaderboardFormatException e, String name, long lastLine) {
        if (e.getMessage() == null || !e.getMessage().startsWith(name)) {
            return "the message does not start with the file name: " + e.getMessage();
        }
        if (e.problems().isEmpty() || e.problems().size() > LeaderboardReader.MAX_LISTED_PROBLEMS
                || e.totalProblems() < e.problems().size()) {
            return e.problems().size() + " problems listed of " + e.totalProblems() + ": " + e.getMessage();
        }
        long previous = 0;
        for (Problem p : e.problems()) {
            if (p.line() < previous) {
                return "problems out of file order: " + e.getMessage();
            }
            previous = p.line();
            if (p.line() < 0 || p.line() > lastLine || p.message() == null || p.message().isBlank()) {
                return "a problem with line " + p.line() + " of " + lastLine + " and message \"" + p.message() + "\"";
            }
        }
        if (e.readableRows().isPresent() && e.readableRows().get().size() == 0) {
            return "readable rows offered, but none";
        }
        return null;
    }

    static String describe(Object outcome) {
        if (outcome instanceof Throwable) {
            java.io.StringWriter trace = new java.io.StringWriter();
            ((Throwable) outcome).printStackTrace(new java.io.PrintWriter(trace));
            return trace.toString();
        }
        if (outcome instanceof Leaderboard) {
            Leaderboard board = (Leaderboard) outcome;
            int longest = board.entries().stream().mapToInt(e -> e.model().length() + e.organization().length()
                    + e.license().length() + e.cutoff().text().length() + e.url().length()).max().orElse(0);
            return "a leaderboard of " + board.size() + " rows, the longest of " + longest + " characters";
        }
        return String.valueOf(outcome);
    }

    /** At most a screenful of a text, for failure messages about megabytes. */
    static String shorten(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "… (" + (text.length() - 2000) + " more)";
    }

    /** Lines as the reader counts them: CR, LF and CRLF each end one. */
    static long lineCount(byte[] input) {
        long lines = 1;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n' || (input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** The non-blank records after the header, counted by Commons CSV alone. */
    static long dataRows(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, SAME_FORMAT)) {
            long records = 0;
            for (CSVRecord record : parser) {
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records++;
                }
            }
            return records - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with control characters but line breaks escaped, for a readable failure message. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((c < 0x20 && c != '\n') || c == 0x7f
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The start of an input, with everything but printable ASCII escaped. */
    static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 400); i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b == '\\') {
                out.append("\\\\");
            } else if (b >= 0x20 && b < 0x7f) {
                out.append((char) b);
            } else {
                out.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16));
            }
        }
        return bytes.length > 400 ? out + "… (" + (bytes.length - 400) + " more bytes)" : out.toString();
    }

    /** A valid CSV, with the model names it holds in order. */
    record Base(byte[] bytes, String description, List<String> models) {

        private static final List<String> BUNDLED_MODELS = bundledModels();

        static Base bundled() {
            return new Base(BUNDLED, "the bundled lmsys_2025.06.27.csv", BUNDLED_MODELS);
        }

        private static List<String> bundledModels() {
            try (CSVParser parser = CSVParser.parse(new String(BUNDLED, StandardCharsets.UTF_8), SAME_FORMAT)) {
                return parser.stream().skip(1).map(r -> r.get(2)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static final String[] WORDS = {"Gemini", "GPT", "4o", "Claude", "Llama", "Qwen", "mini", "Pro",
            "2.5", "-", "_", ".", " ", "(", ")", "[", "]", "|", "*", "`", "<b>", "&amp;", "\\", "/", "'", ",", "\"",
            "\"\"", ", ", "\n", "\r\n", "\t", "模型", "深度求索", "é", "e\u0301", "🤖", "\u00a0", "\u200b", "#", "+"};

        /** A random valid leaderboard CSV of any schema, in any of the shapes upstream or an editor writes. */
        static Base generate(SplittableRandom r) {
            List<String> columns = new ArrayList<>(List.of("rank", "rank_stylectrl", "model", "arena_score",
                    "95_pct_ci", "votes", "organization", "license", "knowledge_cutoff", "url"));
            int schema = r.nextInt(3);
            if (schema == 0) {
                columns.remove("rank_stylectrl");
                if (r.nextBoolean()) {
                    columns.set(columns.indexOf("arena_score"), "arena_elo");
                }
                if (r.nextBoolean()) {
                    columns.remove("knowledge_cutoff");
                    columns.remove("url");
                }
            }
            if (r.nextInt(4) == 0) {
                columns.add(r.nextInt(columns.size() + 1), "extra");
            }
            if (r.nextInt(4) == 0) {
                Collections.shuffle(columns, new java.util.Random(r.nextLong()));
            }
            String eol = new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)];
            boolean padded = r.nextInt(4) == 0;
            StringBuilder csv = new StringBuilder();
            if (r.nextInt(4) == 0) {
                csv.append('\uFEFF');
            }
            csv.append(String.join(",", columns.stream()
                    .map(c -> r.nextInt(8) == 0 ? c.toUpperCase(java.util.Locale.ROOT) : c).toList())).append(eol);
            List<String> models = new ArrayList<>();
            int rows = 1 + r.nextInt(25);
            for (int i = 1; i <= rows; i++) {
                String model = text(r, "M" + i);
                models.add(model);
                List<String> fields = new ArrayList<>();
                for (String column : columns) {
                    String value;
                    switch (column) {
                        case "rank": value = Integer.toString(schema == 2 ? i : 1 + r.nextInt(i)); break;
                        case "rank_stylectrl": value = Integer.toString(1 + r.nextInt(rows)); break;
                        case "model": value = model; break;
                        case "arena_score": case "arena_elo": value = Integer.toString(800 + r.nextInt(700)); break;
                        case "95_pct_ci": value = r.nextInt(10) == 0 ? "" : "+" + r.nextInt(40) + "/-" + r.nextInt(40); break;
                        case "votes":
                            int votes = r.nextInt(200_000);
                            value = r.nextInt(5) == 0 ? String.format(java.util.Locale.ROOT, "%,d", votes) : Integer.toString(votes);
                            break;
                        case "organization": value = text(r, "Org"); break;
                        case "license": value = r.nextInt(5) == 0 ? "" : text(r, "MIT"); break;
                        case "knowledge_cutoff": value = new String[] {"", "Unknown", "2024/5", "2023-10", "Online"}[r.nextInt(5)]; break;
                        case "url": value = r.nextInt(5) == 0 ? "" : "https://e.example/" + text(r, "x"); break;
                        default: value = text(r, "x"); break;
                    }
                    fields.add(field(value, r, padded));
                }
                csv.append(String.join(",", fields)).append(eol);
                while (r.nextInt(8) == 0) {
                    csv.append(padded ? "  " : "").append(eol);
                }
            }
            if (r.nextInt(4) == 0) {
                csv.setLength(csv.length() - eol.length());
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            return new Base(bytes, "a generated CSV of " + bytes.length + " bytes", models);
        }

        /** A value the reader keeps as it is: no blanks at either end (values are trimmed), never empty. */
        private static String text(SplittableRandom r, String fallback) {
            StringBuilder out = new StringBuilder();
            for (int i = r.nextInt(6); i > 0; i--) {
                out.append(WORDS[r.nextInt(WORDS.length)]);
            }
            String t = out.toString();
            return t.isBlank() || Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))
                    || t.charAt(0) <= ' ' || t.charAt(t.length() - 1) <= ' ' || t.charAt(0) == '\u200b'
                    || t.charAt(t.length() - 1) == '\u200b' ? fallback + t.strip() + fallback : t;
        }

        private static String field(String value, SplittableRandom r, boolean padded) {
            boolean mustQuote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            String written = mustQuote || r.nextInt(6) == 0 ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
            return padded ? " " + written + "  " : written;
        }
    }

    record Mutated(byte[] bytes, String description) {
    }

    /** Ways a file gets broken. Each describes what it did, so a failure can be understood. */
    enum Mutation {
        TRUNCATE(r -> b -> {
            int at = r.nextInt(b.length + 1);
            return new Mutated(Arrays.copyOf(b, at), "truncated at " + at);
        }),
        FLIP_BITS(r -> b -> {
            byte[] out = b.clone();
            StringBuilder what = new StringBuilder("flipped bits at");
            for (int i = 1 + r.nextInt(8); i > 0 && out.length > 0; i--) {
                int at = r.nextInt(out.length);
                out[at] ^= (byte) (1 << r.nextInt(8));
                what.append(' ').append(at);
            }
            return new Mutated(out, what.toString());
        }),
        RANDOM_BYTES(r -> b -> {
            byte[] out = b.clone();
            StringBuilder what = new StringBuilder("random bytes at");
            for (int i = 1 + r.nextInt(8); i > 0 && out.length > 0; i--) {
                int at = r.nextInt(out.length);
                out[at] = (byte) r.nextInt(256);
                what.append(' ').append(at);
            }
            return new Mutated(out, what.toString());
        }),
        STRAY_QUOTES(r -> b -> insertSome(b, r, "stray quote", () -> new byte[] {'"'})),
        HUGE_FIELD(3, r -> b -> {
            // Mostly just over the limit, sometimes megabytes: the reader stops at the limit either way.
            int size = r.nextInt(4) == 0 ? 1_000_000 + r.nextInt(3_000_000) : 60_000 + r.nextInt(300_000);
            byte[] huge = new byte[size];
            String shape;
            switch (r.nextInt(4)) {
                case 0:
                    Arrays.fill(huge, (byte) 'a');
                    shape = "a field of";
                    break;
                case 1:
                    Arrays.fill(huge, (byte) 'q');
                    huge[0] = '"';
                    huge[size - 1] = '"';
                    for (int i = 80; i < size - 1; i += 81) {
                        huge[i] = '\n';
                    }
                    shape = "a quoted field with line breaks of";
                    break;
                case 2:
                    // When the quote lands inside a field it is only text, and every line after it
                    // is read as a row: kept small, as that costs time rather than memory.
                    size = Math.min(size, 100_000);
                    huge = Arrays.copyOf(huge, size);
                    for (int i = 0; i < size; i++) {
                        huge[i] = (byte) "x,y\n".charAt(i % 4);
                    }
                    huge[0] = '"';
                    shape = "an unclosed quote before rows, of";
                    break;
                default:
                    byte[] e = "é".getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < size; i++) {
                        huge[i] = e[i % 2];
                    }
                    shape = "a field of é, of";
                    break;
            }
            int at = r.nextInt(b.length + 1);
            return new Mutated(insert(b, at, huge), shape + " " + size + " bytes at " + at);
        }),
        THOUSANDS_OF_COLUMNS(4, r -> b -> {
            int columns = 500 + r.nextInt(10_000);
            byte[] wide = ",x".repeat(columns).getBytes(StandardCharsets.US_ASCII);
            int at = lineEnd(b, r);
            return new Mutated(insert(b, at, wide), columns + " more columns at " + at);
        }),
        ROW_OF_LONG_FIELDS(1, r -> b -> {
            String field = "," + "w".repeat(LeaderboardReader.MAX_FIELD_CHARS - 1 - r.nextInt(1000));
            // Enough of them to pass the row limit, each under the field limit.
            int count = LeaderboardReader.MAX_ROW_CHARS / LeaderboardReader.MAX_FIELD_CHARS + 1 + r.nextInt(4);
            int at = lineEnd(b, r);
            return new Mutated(insert(b, at, field.repeat(count).getBytes(StandardCharsets.US_ASCII)),
                    count + " fields of " + (field.length() - 1) + " characters at " + at);
        }),
        INVALID_UTF8(r -> b -> {
            byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
            return insertSome(b, r, "invalid UTF-8", () -> bad[r.nextInt(bad.length)]);
        }),
        EMPTY_LINES(r -> b -> {
            String[] lines = {"\n", "\r\n", "\r", "\n\n\n", "  \n", "\t\r\n", ",,,\n"};
            return insertSome(b, r, "empty lines", () -> lines[r.nextInt(lines.length)].getBytes(StandardCharsets.US_ASCII));
        }),
        LINE_ENDINGS(r -> b -> {
            String[] endings = {"\n", "\r\n", "\r", "\n\r"};
            int mode = r.nextInt(endings.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + b.length / 20);
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\r' || b[i] == '\n') {
                    if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                        i++;
                    }
                    String eol = mode < endings.length ? endings[mode] : endings[r.nextInt(endings.length)];
                    out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(b[i]);
                }
            }
            return new Mutated(out.toByteArray(), "line endings to " + (mode < endings.length
                    ? escape(endings[mode].getBytes(StandardCharsets.US_ASCII)) : "a mix"));
        }),
        BYTE_ORDER_MARKS(r -> b -> {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            if (r.nextBoolean()) {
                return new Mutated(insert(b, 0, bom), "a byte-order mark at the start");
            }
            return insertSome(b, r, "byte-order marks", () -> bom);
        }),
        NUL_BYTES(r -> b -> insertSome(b, r, "NUL bytes", () -> new byte[r.nextInt(3) + 1])),
        DELETE(r -> b -> {
            int from = r.nextInt(b.length + 1);
            int to = Math.min(b.length, from + r.nextInt(200));
            byte[] out = new byte[b.length - (to - from)];
            System.arraycopy(b, 0, out, 0, from);
            System.arraycopy(b, to, out, from, b.length - to);
            return new Mutated(out, "deleted " + from + ".." + to);
        }),
        REPEAT(r -> b -> {
            int from = r.nextInt(b.length + 1);
            int to = Math.min(b.length, from + r.nextInt(300));
            int at = r.nextInt(b.length + 1);
            return new Mutated(insert(b, at, Arrays.copyOfRange(b, from, to)), "copied " + from + ".." + to + " to " + at);
        }),
        TOKENS(r -> b -> {
            String[] tokens = {",", "\"\"", "\"", "\r", "\n", "-1", "0", "99999999999", "+5/-", "1e3", "0x10", "٣",
                "\u00a0", "<html>", " ", "\t", "\\", "\u2028", "\uFFFD", "Unknown", "rank", "model,", "𝟙"};
            return insertSome(b, r, "tokens", () -> tokens[r.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
        });

        private static final int TOTAL_WEIGHT = Arrays.stream(values()).mapToInt(m -> m.weight).sum();

        private final int weight;
        private final Function<SplittableRandom, Function<byte[], Mutated>> mutation;

        Mutation(Function<SplittableRandom, Function<byte[], Mutated>> mutation) {
            this(10, mutation);
        }

        /** {@code weight} against 10 for most: the mutations that make megabytes are rarer, to keep CI fast. */
        Mutation(int weight, Function<SplittableRandom, Function<byte[], Mutated>> mutation) {
            this.weight = weight;
            this.mutation = mutation;
        }

        static Mutation pick(SplittableRandom r) {
            int at = r.nextInt(TOTAL_WEIGHT);
            for (Mutation m : values()) {
                at -= m.weight;
                if (at < 0) {
                    return m;
                }
            }
            throw new AssertionError(at);
        }

        Mutated apply(byte[] bytes, SplittableRandom r) {
            return mutation.apply(r).apply(bytes);
        }

        private static Mutated insertSome(byte[] b, SplittableRandom r, String what,
                java.util.function.Supplier<byte[]> piece) {
            StringBuilder where = new StringBuilder(what).append(" at");
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                int at = r.nextInt(b.length + 1);
                byte[] p = piece.get();
                b = insert(b, at, p);
                where.append(' ').append(at).append(' ').append(escape(p));
            }
            return new Mutated(b, where.toString());
        }

        /** The end of a random line (or of the file), where a row can be made longer. */
        private static int lineEnd(byte[] b, SplittableRandom r) {
            int at = r.nextInt(b.length + 1);
            while (at < b.length && b[at] != '\n' && b[at] != '\r') {
                at++;
            }
            return at;
        }
    }

    static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
