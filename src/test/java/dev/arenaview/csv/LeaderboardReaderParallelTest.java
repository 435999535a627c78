package dev.arenaview.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large local file is read in chunks on several threads; whatever it holds, the answer must be
 * the one a sequential read gives. The reader is made to split even small files here, into many
 * chunks, so that chunk edges fall on every kind of line.
 */
class LeaderboardReaderParallelTest {

    static final String HEADER = LeaderboardReaderTest.HEADER_B;
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /**
     * 60,000 rows: in two chunks of 30,000 or four of 15,000, the others, started when the first
     * has handed over its first rows, are still being read when it has read a few thousand more.
     */
    @TempDir
    static Path shared;
    static Path big;

    static synchronized Path big() throws IOException {
        if (big == null) {
            big = Files.writeString(shared.resolve("lmarena_text_20250804.csv"),
                    leaderboard(60_000, "\n", false, new SplittableRandom(4)));
        }
        return big;
    }

    /** Reads sequentially, as every file was read before. */
    static final LeaderboardReader SEQUENTIAL = new LeaderboardReader(Long.MAX_VALUE, 1);

    static LeaderboardReader parallel(int chunks) {
        return new LeaderboardReader(0, chunks);
    }

    /** What reading gives: a leaderboard, or whatever was thrown. */
    static Object outcome(LeaderboardReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (Exception e) {
            return e;
        }
    }

    /** Null when the two outcomes are the same to a caller, else how they differ. */
    static String difference(Object expected, Object actual) {
        if (expected instanceof Leaderboard) {
            return expected.equals(actual) ? null : "expected " + describe(expected) + ", got " + describe(actual);
        }
        if (expected instanceof LeaderboardFormatException) {
            if (!(actual instanceof LeaderboardFormatException)) {
                return "expected the refusal " + describe(expected) + ", got " + describe(actual);
            }
            LeaderboardFormatException e = (LeaderboardFormatException) expected;
            LeaderboardFormatException a = (LeaderboardFormatException) actual;
            boolean same = e.getMessage().equals(a.getMessage()) && e.problems().equals(a.problems())
                    && e.totalProblems() == a.totalProblems() && e.file().equals(a.file())
                    && e.readableRows().equals(a.readableRows());
            return same ? null : "expected the refusal " + describe(expected) + ", got " + describe(actual);
        }
        boolean same = actual != null && expected.getClass() == actual.getClass()
                && Objects.equals(((Throwable) expected).getMessage(), ((Throwable) actual).getMessage());
        return same ? null : "expected " + describe(expected) + ", got " + describe(actual);
    }

    static String describe(Object outcome) {
        if (outcome instanceof Leaderboard) {
            Leaderboard board = (Leaderboard) outcome;
            return "a " + board.schema() + " leaderboard of " + board.size() + " rows";
        }
        if (outcome instanceof LeaderboardFormatException) {
            LeaderboardFormatException e = (LeaderboardFormatException) outcome;
            return "\"" + e.getMessage() + "\" (" + e.readableRows().map(b -> b.size() + " readable rows").orElse("none readable") + ")";
        }
        return String.valueOf(outcome);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static String leaderboard(int rows, String eol, boolean bom, SplittableRandom r) {
        return (bom ? "\uFEFF" : "") + HEADER + eol + rows(1, rows, eol, Late.NOTHING, r);
    }

    /** What the last tenth of the rows may have that the others do not: it decides the schema. */
    enum Late { NOTHING, A_TIE, AN_UNKNOWN_CUTOFF }

    /**
     * Rows {@code from} to {@code to}, ranked by position, with everything a chunk edge could fall
     * on: quoted names with commas, doubled quotes and line breaks, blank and blank-looking lines,
     * names in other scripts, padded fields, the given line ends inside and between rows.
     */
    static String rows(int from, int to, String eol, Late late, SplittableRandom r) {
        String[] names = {"Gemini-2.5-Pro", "GPT-4o, \"mini\"", "Claude\nOpus", "深度求索-V3", "Llama \"\"3\"\"",
            "Qwen,\r\n2.5", "e\u0301lan 🤖", "  padded  ", "Phi\n\n4", "x\"y", "Ωmega"};
        StringBuilder csv = new StringBuilder();
        int lateFrom = to - (to - from) / 10;
        for (int i = from; i <= to; i++) {
            String name = names[r.nextInt(names.length)] + "-" + i;
            boolean quote = name.contains(",") || name.contains("\"") || name.contains("\n") || name.contains("\r")
                    || r.nextInt(5) == 0;
            String model = quote ? "\"" + name.strip().replace("\"", "\"\"") + "\"" : name.strip();
            int rank = late == Late.A_TIE && i == lateFrom ? i - 1 : i;
            String cutoff = late == Late.AN_UNKNOWN_CUTOFF && i == lateFrom ? "Unknown"
                    : new String[] {"", "2024/5", "2023-10", "Online", ""}[r.nextInt(5)];
            String row = rank + "," + (1 + r.nextInt(to)) + "," + model + "," + (1500 - i % 700) + ",+"
                    + r.nextInt(20) + "/-" + r.nextInt(20) + "," + r.nextInt(100_000) + ",Org " + (i % 30)
                    + ",\"Apache 2.0, or MIT\"," + cutoff + ",https://e.example/" + i;
            csv.append(r.nextInt(10) == 0 ? " " + row.replace(",", " , ") + " " : row).append(eol);
            if (r.nextInt(12) == 0) {
                csv.append(new String[] {"", "   ", "\t"}[r.nextInt(3)]).append(eol);
            }
        }
        return csv.toString();
    }

    @Test
    void generatedLeaderboardsReadInManyChunksAsSequentially() throws Exception {
        SplittableRandom r = new SplittableRandom(20250804);
        int cases = 0;
        for (String eol : List.of("\n", "\r\n")) {
            for (boolean bom : List.of(false, true)) {
                for (Late late : Late.values()) {
                    int rows = 600 + r.nextInt(600);
                    String text = (bom ? "\uFEFF" : "") + HEADER + eol + rows(1, rows, eol, late, r);
                    Path file = write("lmsys_2025.06.27.csv", text);
                    Leaderboard expected = SEQUENTIAL.read(file);
                    assertEquals(late == Late.NOTHING ? Schema.C : Schema.B, expected.schema());
                    for (int chunks : List.of(2, 3, 7, 64)) {
                        String context = "eol " + (eol.length() == 2 ? "CRLF" : "LF") + ", bom " + bom + ", late "
                                + late + ", " + chunks + " chunks";
                        Leaderboard direct = ChunkedRead.read(file, file.toString(), DataSource.file(file.toString()),
                                ReadListener.NONE, chunks);
                        assertNotNull(direct, context + ": a valid file must not need the sequential read");
                        assertEquals(expected, direct, context);
                        assertEquals(expected, parallel(chunks).read(file), context);
                        cases++;
                    }
                }
            }
        }
        assertEquals(48, cases);
    }

    @Test
    void theFuzzSuitesValidLeaderboardsReadInChunksAsSequentially() throws Exception {
        // Every schema, reordered and extra columns, CR line ends, padding: small files, so that
        // chunks of a line or two fall everywhere.
        int parallel = 0;
        for (int n = 0; n < 120; n++) {
            SplittableRandom r = new SplittableRandom(LeaderboardReaderFuzzTest.caseSeed(7, n));
            LeaderboardReaderFuzzTest.Base base = LeaderboardReaderFuzzTest.Base.generate(r);
            Path file = write(n % 2 == 0 ? "lmarena_text_20250804.csv" : "board.csv", base.bytes());
            int chunks = 2 + r.nextInt(12);
            Leaderboard expected = SEQUENTIAL.read(file);
            String context = "valid case " + n + " (" + chunks + " chunks): "
                    + LeaderboardReaderFuzzTest.escape(base.bytes());
            Leaderboard direct = ChunkedRead.read(file, file.toString(), DataSource.file(file.toString()),
                    ReadListener.NONE, chunks);
            if (direct != null) {
                parallel++;
                assertEquals(expected, direct, context);
            } else {
                try (var channel = java.nio.channels.FileChannel.open(file)) {
                    assertTrue(ChunkedRead.bounds(channel, channel.size(), chunks).length < 3,
                            context + ": a valid file that can be split must not need the sequential read");
                }
            }
            assertEquals(expected, parallel(chunks).read(file), context);
        }
        assertTrue(parallel > 60, parallel + " of 120 read in chunks");
    }

    @Test
    void aBadRowInALateChunkIsReportedAsBySequentialReading() throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        // Multi-line names before it, so that its line is not its row; a second problem after it.
        String before = HEADER + "\n" + rows(1, 7_599, "\n", Late.NOTHING, r);
        String between = rows(7_601, 7_799, "\n", Late.NOTHING, r);
        String text = before + "7600,1,Bad,1300,+5/-5,lots,X,MIT,,https://e.example\n" + between
                + "7800,1,,1300,+5/-5,7,X,MIT,,https://e.example\n" + rows(7_801, 8_000, "\n", Late.NOTHING, r);
        Path file = write("bad.csv", text);
        // Every line break in these rows is a line feed, alone or after a CR.
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        long secondLine = line + 1 + between.chars().filter(c -> c == '\n').count();

        LeaderboardFormatException expected = assertThrows(LeaderboardFormatException.class, () -> SEQUENTIAL.read(file));
        assertEquals(List.of(new Problem(line, "votes \"lots\" is not a whole number"),
                new Problem(secondLine, "the model name is empty")), expected.problems());
        for (int chunks : List.of(2, 4, 9)) {
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class, () -> parallel(chunks).read(file));
            assertEquals(file + ":" + line + ": votes \"lots\" is not a whole number\n"
                    + file + ":" + secondLine + ": the model name is empty", e.getMessage());
            assertNull(difference(expected, e), chunks + " chunks");
            assertEquals(7_998, e.readableRows().orElseThrow().size(), "every other row is readable");
        }
    }

    @Test
    void csvErrorsAndLimitsInALateChunkAreReportedAsBySequentialReading() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        String before = "\uFEFF" + HEADER + "\r\n" + rows(1, 4_999, "\r\n", Late.NOTHING, r);
        String after = rows(5_001, 6_000, "\r\n", Late.NOTHING, r);
        List<String> breakages = List.of(
                "5000,1,\"Unclosed,1300,+5/-5,1,X,MIT,,\r\n",
                "5000,1,\"Closed\" late,1300,+5/-5,1,X,MIT,,\r\n",
                "5000,1,Wide" + ",x".repeat(2_000) + "\r\n",
                "5000,1,Long" + "y".repeat(70_000) + ",1300,+5/-5,1,X,MIT,,\r\n",
                "5000,1,Ze\0ro,1300,+5/-5,1,X,MIT,,\r\n",
                "\uFEFF5000,1,Mark,1300,+5/-5,1,X,MIT,,\r\n");
        for (String breakage : breakages) {
            Path file = write("broken.csv", before + breakage + after);
            Object expected = outcome(SEQUENTIAL, file);
            assertInstanceOf(LeaderboardFormatException.class, expected, breakage);
            for (int chunks : List.of(2, 5)) {
                assertNull(difference(expected, outcome(parallel(chunks), file)), chunks + " chunks, " + breakage);
            }
        }
    }

    @Test
    void whatIsNotALeaderboardIsRefusedAsBySequentialReading() throws Exception {
        String rows = rows(1, 300, "\n", Late.NOTHING, new SplittableRandom(3));
        List<String> texts = List.of(
                "", "\n\n  \n", HEADER + "\n\n\n", "<html>\n" + rows, "a,b,c\n" + rows,
                HEADER + ",model_sha\n" + rows, "\n".repeat(2_000) + HEADER + "\n" + rows,
                HEADER + "\n" + rows.replace("\n", "\r"), HEADER + "\n" + rows + "\0\0\0");
        for (String text : texts) {
            Path file = write("odd.csv", text);
            Object expected = outcome(SEQUENTIAL, file);
            for (int chunks : List.of(2, 3, 8)) {
                String context = chunks + " chunks, " + LeaderboardReaderFuzzTest.escape(text.getBytes(StandardCharsets.UTF_8));
                assertNull(difference(expected, outcome(parallel(chunks), file)), context);
            }
        }
    }

    @Test
    void theFirstRowsComeOnceFromTheFirstChunkThenProgressRisesToTheFileSize() throws Exception {
        Path file = big();
        Events sequential = new Events();
        Leaderboard expected = SEQUENTIAL.read(file, sequential);
        for (int chunks : List.of(2, 4, 64)) {
            Events events = new Events();
            Leaderboard board = parallel(chunks).read(file, events);
            assertEquals(expected, board);
            assertEquals(List.of("first rows"), events.log.stream().filter(e -> e.equals("first rows")).toList(),
                    "handed over once, " + chunks + " chunks");
            assertEquals(sequential.firstRows, events.firstRows, "the same rows as a sequential read");
            assertEquals(sequential.schema, events.schema);
            assertEquals(List.of(Thread.currentThread().getName()), events.threads.stream().distinct().toList(),
                    "every call on the reading thread");
            for (int i = 1; i < events.progress.size(); i++) {
                assertTrue(events.progress.get(i) > events.progress.get(i - 1), "progress rises: " + events.progress);
            }
            assertEquals(Files.size(file), events.progress.get(events.progress.size() - 1), "progress ends at the file size");
            if (chunks == 2) {
                // Two chunks of 30,000 rows: the first rows come with the first chunk's early rows,
                // long before its last progress report.
                assertTrue(events.log.indexOf("first rows") < events.log.lastIndexOf("progress") - 1, events.log.toString());
            }
        }
    }

    @Test
    void aParallelReadStopsAtTheFirstPollThatSaysSoWithAllItsThreads() {
        Path file = assertTimeoutPreemptively(TIMEOUT, LeaderboardReaderParallelTest::big);
        for (int chunks : List.of(2, 4)) {
            // The other chunks start with the first rows, a poll before the cancel, and are read
            // so fast that they may be done by then: tried until one cancel comes while they run.
            boolean cancelledWhileReading = false;
            for (int attempt = 0; attempt < 20 && !cancelledWhileReading; attempt++) {
                AtomicInteger polls = new AtomicInteger();
                List<String> chunkThreadsAtCancel = new ArrayList<>();
                InterruptedIOException e = assertTimeoutPreemptively(TIMEOUT, () -> assertThrows(InterruptedIOException.class,
                        () -> parallel(chunks).read(file, new ReadListener() {
                            @Override
                            public boolean isCancelled() {
                                if (polls.incrementAndGet() < 2) {
                                    return false;
                                }
                                chunkThreadsAtCancel.addAll(chunkThreads(file));
                                return true;
                            }
                        })));
                assertEquals(file + ": reading was cancelled", e.getMessage());
                assertEquals(2, polls.get(), "stopped at the first poll that said so");
                assertEquals(List.of(), chunkThreads(file), "no chunk is read on after the read was stopped");
                cancelledWhileReading = !chunkThreadsAtCancel.isEmpty();
            }
            assertTrue(cancelledWhileReading, "the other chunks were being read when it was cancelled, in one of 20 reads");
        }
    }

    @Test
    void smallFilesAndStreamsAreReadOnTheCallingThreadAlone() throws Exception {
        Path file = big();
        long size = Files.size(file);
        Set<String> seen = new TreeSet<>();
        // At every progress report, the chunk threads alive then.
        ReadListener watch = new ReadListener() {
            @Override
            public void progress(long bytesRead) {
                seen.addAll(chunkThreads(file));
            }
        };
        new LeaderboardReader(size + 1, 2).read(file, watch);
        new LeaderboardReader(0, 1).read(file, watch);
        new LeaderboardReader(0, 2).read(Files.newInputStream(file), file.toString(), DataSource.file(file.toString()), watch);
        assertEquals(Set.of(), seen, "read by the calling thread alone");
        // The second chunk starts with the first rows and is split so fast that it may be done
        // before the next report: read until one report finds it at work.
        for (int attempt = 0; attempt < 20 && seen.isEmpty(); attempt++) {
            new LeaderboardReader(size, 2).read(file, watch);
        }
        assertEquals(Set.of("arenaview-csv " + file + " (part 2 of 2)"), seen, "a file of the threshold is read in chunks");
    }

    static List<String> chunkThreads(Path file) {
        String prefix = "arenaview-csv " + file + " (part ";
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith(prefix)).toList();
    }

    /** What a listener hears, in order. */
    static final class Events implements ReadListener {
        final List<String> log = new ArrayList<>();
        final List<Long> progress = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        List<Entry> firstRows;
        Schema schema;

        @Override
        public void firstRows(List<Entry> rows, Schema schemaSoFar) {
            log.add("first rows");
            threads.add(Thread.currentThread().getName());
            firstRows = rows;
            schema = schemaSoFar;
        }

        @Override
        public void progress(long bytesRead) {
            log.add("progress");
            threads.add(Thread.currentThread().getName());
            progress.add(bytesRead);
        }

        @Override
        public boolean isCancelled() {
            threads.add(Thread.currentThread().getName());
            return false;
        }
    }
}
