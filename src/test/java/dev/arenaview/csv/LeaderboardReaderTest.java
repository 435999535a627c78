package dev.arenaview.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaderboardReaderTest {

    static final String HEADER_B = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url";

    static Path fixture(String name) {
        try {
            return Path.of(LeaderboardReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Leaderboard read(String name, byte[] bytes) throws IOException, LeaderboardFormatException {
        InputStream in = new ByteArrayInputStream(bytes);
        return new LeaderboardReader().read(in, name, DataSource.file(name));
    }

    static Leaderboard read(String name, String text) throws IOException, LeaderboardFormatException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static LeaderboardFormatException refused(String name, String text) {
        return assertThrows(LeaderboardFormatException.class, () -> read(name, text));
    }

    @Nested
    class Schemas {
        @Test
        void schemaAHasNoStyleControlRankAndKeepsTiesAndQuotedCommas() throws Exception {
            Leaderboard board = new LeaderboardReader().read(fixture("lmsys_2024.08.15.csv"));
            assertEquals(Schema.A, board.schema());
            assertEquals(5, board.size());
            Entry llama = board.entries().get(3);
            assertEquals("Llama-3-70b-Instruct, 8k", llama.model());
            assertEquals(163_629, llama.votes());
            assertFalse(llama.hasRankStyleCtrl());
            assertEquals(2, board.entries().get(1).rank());
            assertEquals(2, board.entries().get(2).rank());
            assertEquals(Optional.of(LocalDate.of(2024, 8, 15)), board.date());
            assertEquals(Optional.of(Arena.TEXT), board.arena());
        }

        @Test
        void oldArenaEloColumnIsReadAsTheScore() throws Exception {
            Leaderboard board = new LeaderboardReader().read(fixture("lmsys_2024.06.01.csv"));
            assertEquals(Schema.A, board.schema());
            assertEquals(1287, board.entries().get(0).score());
            assertEquals(1263, board.entries().get(1).score());
        }

        @Test
        void schemaBIsTheBundledShapeWithUnknownCutoffs() throws Exception {
            String csv = HEADER_B + "\n"
                    + "1,1,Gemini-2.5-Pro,1477,+5/-5,12327,Google,Proprietary,Unknown,http://aistudio.google.com/x\n"
                    + "3,2,o3-2025-04-16,1428,+5/-4,18205,OpenAI,Proprietary,Unknown,https://openai.com/o3\n";
            Leaderboard board = read("lmsys.csv", csv);
            assertEquals(Schema.B, board.schema());
            Entry o3 = board.entries().get(1);
            assertEquals(3, o3.rank());
            assertEquals(2, o3.rankStyleCtrl());
            assertEquals(new ConfidenceInterval(5, 4), o3.ci());
            assertTrue(o3.cutoff().isUnstated());
        }

        @Test
        void schemaCIsTheLmarenaFileWithRowPositionsAndEmptyCutoffs() throws Exception {
            Leaderboard board = new LeaderboardReader().read(fixture("lmarena_vision_20250804.csv"));
            assertEquals(Schema.C, board.schema());
            assertEquals(Optional.of(Arena.VISION), board.arena());
            assertEquals(Optional.of(LocalDate.of(2025, 8, 4)), board.date());
            Entry flux = board.entries().get(2);
            assertEquals("FLUX1.1 [pro]", flux.model());
            assertEquals("", flux.license());
            assertTrue(flux.cutoff().isUnstated());
        }

        @Test
        void schemaCIsRecognisedByContentWhenTheFileWasRenamed() throws Exception {
            String csv = HEADER_B + "\n"
                    + "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n"
                    + "2,1,B,1399,+5/-5,100,X,MIT,,https://b.example\n"
                    + "3,3,C,1390,+5/-5,100,X,MIT,,https://c.example\n";
            assertEquals(Schema.C, read("leaderboard.csv", csv).schema());
        }
    }

    @Nested
    class Format {
        @Test
        void bomCrlfQuotingBlanksAndExtraColumnsAreHandled() throws Exception {
            String csv = "\uFEFF url , model ,rank,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,extra\r\n"
                    + " https://e.example/a , \"Model, with \"\"quotes\"\" | pipe\" , 1 , 1300 , +3/-4 , 2000 , Acme Inc. , MIT , 2024/5 , x\r\n"
                    + "\r\n"
                    + "https://e.example/b,\"Two\nLines\",2,1290,+3/-3,1500,Acme Inc.,MIT,,y\r\n";
            Leaderboard board = read("custom.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertEquals(2, board.size());
            Entry first = board.entries().get(0);
            assertEquals("Model, with \"quotes\" | pipe", first.model());
            assertEquals("https://e.example/a", first.url());
            assertEquals("Acme Inc.", first.organization());
            assertEquals(Optional.of(YearMonth.of(2024, 5)), first.cutoff().yearMonth());
            assertEquals("Two\nLines", board.entries().get(1).model());
        }

        @Test
        void cutoffWordsOtherThanUnknownAreKeptAsWritten() throws Exception {
            Leaderboard board = new LeaderboardReader().read(fixture("lmsys_2024.08.15.csv"));
            Entry online = board.entries().get(2);
            assertEquals("Online", online.cutoff().display("n/a"));
            assertTrue(online.cutoff().yearMonth().isEmpty());
            assertEquals("n/a", board.entries().get(4).cutoff().display("n/a"));
        }

        @ParameterizedTest
        @CsvSource({
            "lmsys_2025.06.27.csv, 2025-06-27, TEXT",
            "lmarena_text_20250804.csv, 2025-08-04, TEXT",
            "lmarena_image_2025-08-04.csv, 2025-08-04, TEXT_TO_IMAGE",
            "/tmp/x/lmarena_vision.csv, , VISION",
            "my-export.csv, , ",
        })
        void dateAndArenaComeFromTheFileName(String name, LocalDate date, Arena arena) {
            FileNameInfo info = FileNameInfo.of(name);
            assertEquals(Optional.ofNullable(date), info.date());
            assertEquals(Optional.ofNullable(arena), info.arena());
        }
    }

    @Nested
    class NotALeaderboard {
        @Test
        void emptyFileIsRefused() {
            LeaderboardFormatException e = refused("empty.csv", "");
            assertEquals("empty.csv: the file is empty", e.getMessage());
            assertTrue(e.readableRows().isEmpty());
        }

        @Test
        void headerWithoutRowsIsRefused() {
            LeaderboardFormatException e = refused("header.csv", HEADER_B + "\n\n");
            assertEquals("header.csv:1: the file has a header but no rows of data", e.getMessage());
        }

        @Test
        void htmlPageIsRefused() {
            LeaderboardFormatException e = refused("lmarena_text.csv",
                    "\n  <!DOCTYPE html>\n<html><head><title>GitHub</title></head><body>Not found</body></html>\n");
            assertTrue(e.getMessage().startsWith("lmarena_text.csv: this is an HTML or XML page"), e.getMessage());
        }

        @Test
        void huggingfaceFileIsRefusedNamingTheMissingColumns() throws Exception {
            Path file = fixture("huggingface.csv");
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class,
                    () -> new LeaderboardReader().read(file));
            assertTrue(e.getMessage().startsWith(file + ":1: not an LMArena leaderboard: missing columns rank, "
                    + "arena_score, 95_pct_ci, votes, organization, license (the header has: t, model, average"), e.getMessage());
        }

        @Test
        void mergedFileIsRefusedThoughItHasTheArenaColumns() throws Exception {
            Path file = fixture("merged.csv");
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class,
                    () -> new LeaderboardReader().read(file));
            assertTrue(e.getMessage().contains(":1: not an LMArena leaderboard: this is the merged"), e.getMessage());
        }

        @Test
        void binaryFileIsRefused() {
            byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0};
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class, () -> read("data.zip", zip));
            assertEquals("data.zip: this is a binary file, not a CSV leaderboard", e.getMessage());
        }
    }

    @Nested
    class BadRows {
        @Test
        void badRowsAreNamedByLineAndTheReadableRowsAreKept() throws Exception {
            Path file = fixture("bad-rows.csv");
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class,
                    () -> new LeaderboardReader().read(file));
            assertEquals(List.of(
                    new Problem(3, "arena_score \"fourteen hundred\" is not a whole number"),
                    new Problem(5, "expected 10 fields like the header, found 7")), e.problems());
            assertEquals(file + ":3: arena_score \"fourteen hundred\" is not a whole number\n"
                    + file + ":5: expected 10 fields like the header, found 7", e.getMessage());
            Leaderboard readable = e.readableRows().orElseThrow();
            assertEquals(List.of("Good-Model-A", "Good-Model-C"),
                    readable.entries().stream().map(Entry::model).toList());
        }

        @Test
        void lineNumbersCountBlankLinesAndMultiLineFields() {
            String csv = HEADER_B + "\n\n"
                    + "1,1,\"Multi\nline\nname\",1400,+5/-5,100,X,MIT,,https://a.example\n"
                    + "2,2,B,1399,+5/-5,lots,X,MIT,,https://b.example\n";
            LeaderboardFormatException e = refused("lines.csv", csv);
            assertEquals("lines.csv:6: votes \"lots\" is not a whole number", e.getMessage());
        }

        @Test
        void unterminatedQuoteNamesTheLineWhereItOpens() {
            String csv = HEADER_B + "\n"
                    + "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n"
                    + "2,2,\"Unclosed,1399,+5/-5,100,X,MIT,,https://b.example\n"
                    + "3,3,C,1398,+5/-5,100,X,MIT,,https://c.example\n";
            LeaderboardFormatException e = refused("quote.csv", csv);
            assertEquals(1, e.problems().size());
            assertTrue(e.getMessage().startsWith("quote.csv:3: a quoted field opened on this line is never closed"),
                    e.getMessage());
            assertEquals(1, e.readableRows().orElseThrow().size());
        }

        @Test
        void invalidCiAndEmptyModelAreReported() {
            String csv = HEADER_B + "\n"
                    + "1,1,A,1400,5 to 6,100,X,MIT,,https://a.example\n"
                    + "2,2,,1399,+5/-5,100,X,MIT,,https://b.example\n";
            LeaderboardFormatException e = refused("ci.csv", csv);
            assertEquals(List.of(new Problem(2, "95_pct_ci \"5 to 6\" is not an interval like +5/-4"),
                    new Problem(3, "the model name is empty")), e.problems());
            assertTrue(e.readableRows().isEmpty());
        }

        @Test
        void invalidUtf8IsReportedOnItsOwnLine() throws Exception {
            byte[] head = (HEADER_B + "\n1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n2,2,B").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ",1399,+5/-5,100,X,MIT,,https://b.example\n".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + 2 + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) 0xC3;
            bytes[head.length + 1] = (byte) 0x28;
            System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
            LeaderboardFormatException e = assertThrows(LeaderboardFormatException.class, () -> read("enc.csv", bytes));
            assertEquals("enc.csv:3: the text is not valid UTF-8", e.getMessage());
        }

        @Test
        void nulBytesPastTheStartOfTheFileAreReportedOnTheirLine() {
            // Found by LeaderboardReaderFuzzTest (seed 20250627, case 46): NUL bytes inserted into
            // the bundled file after its first 512 characters were read into the model names.
            StringBuilder csv = new StringBuilder(HEADER_B).append('\n');
            for (int i = 1; i <= 10; i++) {
                csv.append(i).append(",1,Model-").append(i).append(",1400,+5/-5,100,X,MIT,,https://a.example\n");
            }
            csv.append("11,1,Model\0\0\0-11,1400,+5/-5,100,X,MIT,2023/12,https://a.example\n");
            LeaderboardFormatException e = refused("zeros.csv", csv.toString());
            assertEquals("zeros.csv:12: the text contains the control character U+0000, which no leaderboard has"
                    + " (is the file damaged?)", e.getMessage());
            assertEquals(10, e.readableRows().orElseThrow().size());
        }

        @Test
        void otherControlCharactersAreReportedButTabsAndLineBreaksInNamesAreRead() throws Exception {
            LeaderboardFormatException e = refused("flip.csv", HEADER_B + "\n1,1,A,1400,+5/-5,100,X,MIT,2023/\u001b1,\n");
            assertEquals(List.of(new Problem(2, "the text contains the control character U+001B, which no leaderboard"
                    + " has (is the file damaged?)")), e.problems());
            Leaderboard board = read("tab.csv", HEADER_B + "\n1,1,\"A\tB\r\nC\",1400,+5/-5,100,X,MIT,,\n");
            assertEquals("A\tB\r\nC", board.entries().get(0).model());
        }

        @Test
        void manyBadRowsListTheFirstTenAndCountTheRest() {
            StringBuilder csv = new StringBuilder(HEADER_B).append('\n');
            for (int i = 1; i <= 25; i++) {
                csv.append(i).append(",1,M").append(i).append(",x,+1/-1,1,X,MIT,,https://a.example\n");
            }
            LeaderboardFormatException e = refused("many.csv", csv.toString());
            assertEquals(LeaderboardReader.MAX_LISTED_PROBLEMS, e.problems().size());
            assertEquals(25, e.totalProblems());
            assertTrue(e.getMessage().endsWith("\nmany.csv: and 15 more problems"), e.getMessage());
            assertEquals(2, e.problems().get(0).line());
        }
    }

    @Nested
    class Limits {
        static final String ROW = "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n";

        LeaderboardFormatException refusedQuickly(String name, GeneratedStream in) {
            return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(LeaderboardFormatException.class,
                    () -> new LeaderboardReader().read(in, name, DataSource.file(name))));
        }

        @Test
        void aFiftyMegabyteFieldIsRefusedAtItsLineWithoutReadingIt() {
            GeneratedStream in = new GeneratedStream(HEADER_B + "\n" + ROW + "2,2,B,1399,+5/-5,100,X,MIT,,https://", "a",
                    50L << 20);
            LeaderboardFormatException e = refusedQuickly("huge.csv", in);
            assertEquals(List.of(new Problem(3, "a field longer than 65,536 characters starts on this line (no leaderboard"
                    + " value comes near that; is a quote (\") left open?); reading stopped here")), e.problems());
            assertTrue(e.getMessage().startsWith("huge.csv:3: a field longer than 65,536 characters"), e.getMessage());
            assertEquals(1, e.readableRows().orElseThrow().size(), "the row before it is readable");
            assertTrue(in.bytesRead() < (1 << 20), "read " + in.bytesRead() + " bytes of 50 MiB");
        }

        @Test
        void aQuoteLeftOpenBeforeMegabytesOfLinesIsRefusedWhereItOpens() {
            GeneratedStream in = new GeneratedStream(HEADER_B + "\r\n\r\n" + ROW + "\"2\",\"2\",\"B\n  two lines\",1399,"
                    + "+5/-5,100,X,\"MIT,", "2,2,B,1399,+5/-5,100,X,MIT,,https://b.example\r\n", 8L << 20);
            LeaderboardFormatException e = refusedQuickly("open.csv", in);
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().startsWith("open.csv:5: a field longer than 65,536 characters starts on this line"),
                    e.getMessage());
            assertTrue(in.bytesRead() < (1 << 20), "read " + in.bytesRead() + " bytes of 8 MiB");
        }

        @Test
        void aRowOfThousandsOfFieldsIsRefused() {
            GeneratedStream in = new GeneratedStream(HEADER_B + "\n" + ROW + ROW + "3", ",x", 5L << 20);
            LeaderboardFormatException e = refusedQuickly("wide.csv", in);
            assertEquals(List.of(new Problem(4, "a row with more than 1,000 fields starts on this line (a leaderboard has"
                    + " about ten columns); reading stopped here")), e.problems());
            assertEquals(2, e.readableRows().orElseThrow().size());
        }

        @Test
        void aHeaderOfThousandsOfColumnsIsRefused() {
            GeneratedStream in = new GeneratedStream("\n\n" + HEADER_B, ",extra", 1L << 20);
            LeaderboardFormatException e = refusedQuickly("wide.csv", in);
            assertTrue(e.getMessage().startsWith("wide.csv:3: a row with more than 1,000 fields"), e.getMessage());
            assertTrue(e.readableRows().isEmpty());
        }

        @Test
        void aRowOfManyLongFieldsIsRefused() {
            String field = ",\"" + "x".repeat(60_000) + "\"";
            GeneratedStream in = new GeneratedStream(HEADER_B + "\n" + ROW + "2", field, 40L << 20);
            LeaderboardFormatException e = refusedQuickly("long.csv", in);
            assertTrue(e.getMessage().startsWith("long.csv:3: a row longer than 1,048,576 characters starts on this line"),
                    e.getMessage());
        }

        @Test
        void quotesAreFollowedAsCommonsCsvReadsThem() throws Exception {
            // A quote after blanks opens a quoted field, whose commas are text; a quote inside a
            // field is text. Reading either the other way would make a field of the two URLs.
            String commas = ",".repeat(2_000);
            String url = "\"" + "u".repeat(40_000) + "\"";
            Leaderboard board = read("quotes.csv", HEADER_B + "\r\n1,1,  \"A" + commas + "\"  ,1400,+5/-5,100,X,MIT,,\r\n"
                    + "2,2,5\" B,1399,+5/-5,100,X,MIT,," + url + "\r\n3,3,C,1398,+5/-5,100,X,MIT,," + url + "\r\n");
            assertEquals(List.of("A" + commas, "5\" B", "C"), board.entries().stream().map(Entry::model).toList());
        }

        @Test
        void linesAreCountedAsCommonsCsvCountsThem() {
            String head = HEADER_B + "\r1,1,\"A\rB\",1400,+5/-5,100,X,MIT,,\r\r2,2,B,1399,+5/-5,";
            LeaderboardFormatException e = refused("cr.csv", head + "lots,X,MIT,,\r");
            assertEquals("cr.csv:5: votes \"lots\" is not a whole number", e.getMessage());
            e = refused("cr.csv", head + "100,X,MIT,," + "u".repeat(70_000) + "\r");
            assertTrue(e.getMessage().startsWith("cr.csv:5: a field longer than"), e.getMessage());
            e = refused("cr.csv", head + "100,X,MIT,,\"\r\n\r\n" + "u".repeat(70_000) + "\"\r");
            assertTrue(e.getMessage().startsWith("cr.csv:5: a field longer than"), e.getMessage());
        }

        @Test
        void aFieldOfExactlyTheLimitIsRead() throws Exception {
            String url = "https://e.example/";
            url += "a".repeat(LeaderboardReader.MAX_FIELD_CHARS - url.length());
            Leaderboard board = read("limit.csv", HEADER_B + "\n" + ROW + "2,2,B,1399,+5/-5,100,X,MIT,,\"" + url.substring(2)
                    + "\"\r\n");
            assertEquals(url.substring(2), board.entries().get(1).url());
            LeaderboardFormatException e = refused("limit.csv", HEADER_B + "\n" + ROW + "2,2,B,1399,+5/-5,100,X,MIT,,"
                    + url + "a\n");
            assertTrue(e.getMessage().startsWith("limit.csv:3: a field longer than 65,536"), e.getMessage());
        }
    }

    @Nested
    class LongReads {
        String rows(int n) {
            StringBuilder csv = new StringBuilder(HEADER_B).append('\n');
            for (int i = 1; i <= n; i++) {
                csv.append(i).append(",1,Model-").append(i).append(",1400,+5/-5,100,X,MIT,,https://a.example\n");
            }
            return csv.toString();
        }

        @Test
        void theFirstRowsAreHandedOverEarlyAndProgressIsReported() throws Exception {
            List<Integer> first = new java.util.ArrayList<>();
            List<Long> progress = new java.util.ArrayList<>();
            Leaderboard board = new LeaderboardReader().read(new ByteArrayInputStream(rows(20_000).getBytes(StandardCharsets.UTF_8)),
                    "big.csv", DataSource.file("big.csv"), new ReadListener() {
                        @Override
                        public void firstRows(List<Entry> rows, Schema schema) {
                            first.add(rows.size());
                            assertEquals(Schema.C, schema, "rank is the row position so far");
                        }

                        @Override
                        public void progress(long bytesRead) {
                            progress.add(bytesRead);
                        }
                    });
            assertEquals(20_000, board.size());
            assertEquals(List.of(ReadListener.FIRST_ROWS), first);
            assertEquals(2, progress.size(), "every 8,192 rows");
            assertTrue(progress.get(1) > progress.get(0));
        }

        @Test
        void aReadCanBeStopped() {
            java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
            assertThrows(java.io.InterruptedIOException.class, () -> new LeaderboardReader().read(
                    new ByteArrayInputStream(rows(20_000).getBytes(StandardCharsets.UTF_8)), "big.csv",
                    DataSource.file("big.csv"), new ReadListener() {
                        @Override
                        public boolean isCancelled() {
                            return polls.incrementAndGet() > 3;
                        }
                    }));
            assertEquals(4, polls.get(), "stopped at the first poll that said so");
        }
    }
}
