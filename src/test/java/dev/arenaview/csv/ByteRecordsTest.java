package dev.arenaview.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The parallel read's records, split from the bytes, against Commons CSV's over the same text:
 * whatever {@link ByteRecords} reads to the end must be exactly what Commons CSV reads, and
 * what it gives up on is left to the sequential read, so giving up is always allowed, but must
 * be rare on well-formed files.
 */
class ByteRecordsTest {

    /** What a chunk of the file splits into, or null when it gives up. */
    static List<List<String>> split(byte[] bytes, boolean startOfFile, int largestRead) {
        ByteRecords records = new ByteRecords(new Trickle(bytes, largestRead), startOfFile);
        List<List<String>> all = new ArrayList<>();
        try {
            while (records.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                    fields.add(records.get(i));
                }
                assertEquals(fields.size() == 1 && fields.get(0).isEmpty(), records.isBlank(), "blank " + fields);
                all.add(fields);
            }
        } catch (ByteRecords.GiveUp e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** What Commons CSV makes of the same bytes, as the sequential read decodes them; null when it fails. */
    static List<List<String>> commons(byte[] bytes, boolean startOfFile) {
        try (Reader text = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), LeaderboardReader.utf8()))) {
            if (startOfFile) {
                text.mark(1);
                if (text.read() != '\uFEFF') {
                    text.reset();
                }
            }
            List<List<String>> all = new ArrayList<>();
            for (CSVRecord record : CSVParser.parse(text, LeaderboardReader.FORMAT)) {
                all.add(record.toList());
            }
            return all;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotedValuesBlanksAndLineEndsSplitAsCommonsCsvSplitsThem() {
        String text = "rank, model ,score\r\n"
                + "1,\"Gemini, \"\"Pro\"\"\",1477\n"
                + "  2 ,  \"multi\nline\"  ,12\r"
                + "\n"
                + "   \n"
                + "3,\" padded \",\"\"\n"
                + "4,a\"b,\n"
                + "5,中文模型,7";
        List<List<String>> expected = List.of(
                List.of("rank", "model", "score"),
                List.of("1", "Gemini, \"Pro\"", "1477"),
                List.of("2", "multi\nline", "12"),
                List.of(""),
                List.of("3", "padded", ""),
                List.of("4", "a\"b", ""),
                List.of("5", "中文模型", "7"));
        assertEquals(expected, commons(utf8(text), true));
        for (int largestRead : new int[] {1, 2, 3, 7, 1 << 20}) {
            assertEquals(expected, split(utf8(text), true, largestRead), "reads of up to " + largestRead + " bytes");
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAtTheStartOfTheFileOnly() {
        byte[] marked = utf8("\uFEFFrank,model\n1,\uFEFFa\n");
        assertEquals(List.of(List.of("rank", "model"), List.of("1", "\uFEFFa")), split(marked, true, 2));
        assertEquals(List.of(List.of("\uFEFFrank", "model"), List.of("1", "\uFEFFa")), split(marked, false, 2));
        assertEquals(List.of(List.of("r")), split(utf8("r"), true, 1));
    }

    @Test
    void whatTheSequentialReadMustJudgeIsGivenUp() {
        String[] left = {
            "a,\"never closed\n1,2\n",      // a quote left open
            "a,\"quoted\" text,b\n",       // text after a closing quote
            "a,b\u0001c\n",                // a control character
            "a,b\u007fc\n",                // DEL
            "a,\u3000b\n",                 // a blank Commons CSV drops and the fast path does not know
            "a,b\u2003\n",
            "a,\"b\"\u3000,c\n",
            "a,\uFFFD\n",                  // the sign of bytes that were not UTF-8
        };
        for (String text : left) {
            assertNull(split(utf8(text), true, 1 << 20), visible(text));
        }
        assertNull(split(new byte[] {'a', ',', (byte) 0xC3, '\n'}, true, 1 << 20), "a truncated UTF-8 sequence");
        assertNull(split(new byte[] {'a', ',', (byte) 0xFF, 'b', '\n'}, true, 1 << 20), "a byte UTF-8 never has");
    }

    @Test
    void valuesAndRecordsThatMayBePastTheLimitsAreGivenUp() {
        // Checked with assertTrue: a failure must not print megabytes.
        String longValue = "x".repeat(LeaderboardReader.MAX_FIELD_CHARS);
        assertTrue(split(utf8("a," + longValue + "\n"), true, 1 << 16) == null, "a value of 64 K");
        // The limit counts a value as written, its blanks and quotes too.
        String padded = " ".repeat(20) + "\"" + "x".repeat(LeaderboardReader.MAX_FIELD_CHARS - 10) + "\"" + " ".repeat(20);
        assertTrue(split(utf8("a," + padded + "\n"), true, 1 << 16) == null, "a padded value of 64 K as written");
        String manyFields = ",".repeat(LeaderboardReader.MAX_COLUMNS) + "\n";
        assertTrue(split(utf8(manyFields), true, 1 << 16) == null, "a record of 1,001 fields");
        String longRecord = ("," + "y".repeat(1000)).repeat(LeaderboardReader.MAX_ROW_CHARS / 1000 + 1) + "\n";
        assertTrue(split(utf8(longRecord), true, 1 << 16) == null, "a record of over a megabyte");
        String shorterRecords = ("," + "y".repeat(1000)).repeat(LeaderboardReader.MAX_ROW_CHARS / 1000 / 4) + "\n";
        List<List<String>> three = split(utf8(shorterRecords.repeat(3)), true, 1 << 16);
        assertTrue(three != null && three.size() == 3, "three records of a quarter of a megabyte");
        String justUnder = "z".repeat(LeaderboardReader.MAX_FIELD_CHARS / 4);
        assertEquals(List.of(List.of("a", justUnder)), split(utf8("a," + justUnder + "\n"), true, 1 << 10));
    }

    @Test
    void numbersAreReadFromTheirDigitsAndAnythingElseIsLeftToTheText() throws Exception {
        ByteRecords records = new ByteRecords(new ByteArrayInputStream(
                utf8("7,\"0042\",999999999,1000000000,+5,\"1,234\",-3,,1.5,\" 12 \"\n")), true);
        assertTrue(records.next());
        int[] expected = {7, 42, 999_999_999, -1, -1, -1, -1, -1, -1, 12};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], records.digits(i), "field " + i + ", " + records.get(i));
        }
    }

    @Test
    void repeatedValuesAreOneStringAndDoubledQuotesAreStillUndone() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            // Enough distinct values to make the table grow, each seen twice.
            text.append("Vendor ").append(i % 150).append(",\"a \"\"b\"\"\",a \"\"b\"\",中文 ").append(i % 150).append('\n');
        }
        ByteRecords records = new ByteRecords(new ByteArrayInputStream(utf8(text.toString())), true);
        java.util.Map<String, String> first = new java.util.HashMap<>();
        for (int i = 0; records.next(); i++) {
            String vendor = records.getRepeated(0);
            assertEquals("Vendor " + (i % 150), vendor);
            assertTrue(first.computeIfAbsent(vendor, v -> vendor) == vendor, "one string for " + vendor);
            assertEquals("a \"b\"", records.getRepeated(1));
            assertEquals("a \"\"b\"\"", records.getRepeated(2));
            String chinese = records.getRepeated(3);
            assertEquals("中文 " + (i % 150), chinese);
            assertTrue(first.computeIfAbsent(chinese, v -> chinese) == chinese, "one string for " + chinese);
        }
    }

    @Test
    void afterTheEndTheRecordsSayEmptyAndFieldsOutsideTheRecordAreRefused() throws Exception {
        ByteRecords records = new ByteRecords(new ByteArrayInputStream(utf8("a,b\n")), true);
        assertTrue(records.next());
        assertThrows(IndexOutOfBoundsException.class, () -> records.get(2));
        assertFalse(records.next());
        assertFalse(records.next());
    }

    /**
     * Random texts of the pieces CSV is made of, well-formed or not: wherever the fast path reads
     * to the end, Commons CSV reads the same records, and on texts made only of what a
     * leaderboard holds (no stray quotes, no odd characters) it seldom gives up.
     */
    @Test
    void randomTextsSplitAsCommonsCsvSplitsThemOrAreGivenUp() {
        String[] anything = {"a", "7", "中", "é", " ", "\t", "\"", ",", "\n", "\r", "\r\n", "\"\"", "x y", "\u3000",
            "\u00a0", "\u0001", "\uFEFF", "\uFFFD", "\u2028", "\u001f"};
        String[] wellFormed = {"a", "7", "中", "é", " ", "\t", ",", "\n", "\r\n", "\r", "x y", "\u00a0", "\uFEFF"};
        long seed = Long.getLong("fuzz.seed", 20250627L);
        int agreed = 0;
        int readWellFormed = 0;
        int wellFormedCases = 0;
        for (int n = 0; n < 4000; n++) {
            SplittableRandom r = new SplittableRandom(seed * 31 + n);
            boolean clean = n % 2 == 0;
            byte[] bytes = clean ? wellFormedText(r, wellFormed) : pieces(r, anything);
            if (r.nextInt(8) == 0) {
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            if (!clean && bytes.length > 0 && r.nextInt(10) == 0) {
                bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
            }
            boolean startOfFile = r.nextBoolean();
            List<List<String>> fast = split(bytes, startOfFile, 1 + r.nextInt(r.nextBoolean() ? 8 : 4096));
            if (fast != null) {
                List<List<String>> expected = commons(bytes, startOfFile);
                if (!fast.equals(expected)) {
                    fail("case " + n + " (-Dfuzz.seed=" + seed + "), start of file " + startOfFile + ": "
                            + visible(new String(bytes, StandardCharsets.UTF_8)) + "\n  fast path: " + fast
                            + "\n  Commons CSV: " + expected);
                }
                agreed++;
            }
            if (clean) {
                wellFormedCases++;
                readWellFormed += fast != null ? 1 : 0;
            }
        }
        // Else the comparison would hold for a fast path that gave up on everything.
        assertTrue(readWellFormed * 10 >= wellFormedCases * 9, readWellFormed + " of " + wellFormedCases
                + " well-formed texts were split without giving up");
        assertTrue(agreed > 2000, agreed + " texts were split");
    }

    /** Records of values, some quoted (with commas, doubled quotes and line breaks inside), some padded. */
    private static byte[] wellFormedText(SplittableRandom r, String[] alphabet) {
        StringBuilder text = new StringBuilder();
        int records = r.nextInt(6);
        for (int i = 0; i < records; i++) {
            int fields = 1 + r.nextInt(5);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    text.append(',');
                }
                String pad = r.nextInt(4) == 0 ? " \t".substring(0, 1 + r.nextInt(2)) : "";
                text.append(pad);
                StringBuilder value = new StringBuilder();
                boolean quoted = r.nextInt(3) == 0;
                for (int k = r.nextInt(6); k > 0; k--) {
                    String piece = alphabet[r.nextInt(alphabet.length)];
                    if (!quoted && (piece.equals(",") || piece.contains("\n") || piece.contains("\r"))) {
                        piece = "b";
                    }
                    value.append(piece);
                }
                if (quoted) {
                    text.append('"').append(value.toString().replace("\"", "\"\"")).append(r.nextBoolean() ? "\"\"" : "")
                            .append('"');
                } else {
                    String v = value.toString();
                    // Blanks beyond ASCII at the edge of an unquoted value are the fast path's to give up on.
                    text.append(v.strip().isEmpty() ? "v" : v.replace('\u00a0', 'n'));
                }
                text.append(pad);
            }
            text.append(new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)]);
        }
        if (r.nextBoolean() && text.length() > 0) {
            text.setLength(text.length() - 1);
        }
        return utf8(text.toString());
    }

    private static byte[] pieces(SplittableRandom r, String[] alphabet) {
        StringBuilder text = new StringBuilder();
        for (int k = r.nextInt(40); k > 0; k--) {
            text.append(alphabet[r.nextInt(alphabet.length)]);
        }
        return utf8(text.toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    /** Hands out at most a few bytes at a time, so that records straddle every refill. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int largest;
        private int at;

        Trickle(byte[] bytes, int largest) {
            this.bytes = bytes;
            this.largest = largest;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, largest), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
