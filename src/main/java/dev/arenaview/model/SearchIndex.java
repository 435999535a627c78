package dev.arenaview.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Which rows' model names contain a search text, ignoring case, exactly as
 * {@link Filter#containsIgnoreCase} decides it, found for a million rows in a few milliseconds.
 *
 * <p>Testing names one by one costs a pointer chase per row into strings spread over the heap,
 * and a keystroke on a sorted board visits them in the table's order, scattered: about 170 ns a
 * row. Here the ASCII names are laid end to end, folded to lower case, each ended by a zero byte,
 * and a search is one pass over them that looks at eight bytes at a time for the text's first
 * letter. Names with any other character (a few, in practice) keep the exact per-row test, and so
 * does a search text that is not ASCII (the Kelvin sign matches {@code k}).
 *
 * <p>The bytes are kept packed in {@code long}s, eight to a word, and read a word at a time. A
 * byte-array view handle would read them in place, but until the JIT has inlined it (after the
 * first searches of a session, while its compilers are still busy with the load) each read is a
 * chain of calls: the first keystrokes after opening a large file spent most of their time there.
 *
 * <p>Immutable and safe to share between threads once built.
 */
final class SearchIndex {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Rows searched by one task of a parallel search: enough to outweigh handing it to a core. */
    static final int ROWS_PER_TASK = 1 << 17;

    private final Entry[] rows;
    /**
     * ASCII names folded to lower case, each followed by a 0 byte (a non-ASCII name is left
     * empty), byte {@code p} in bits {@code 8 * (p % 8)} up of word {@code p / 8}; zeros after.
     */
    private final long[] words;
    /** Where each row's terminating 0 byte is in {@link #words}. */
    private final int[] ends;
    /** Rows whose names are not all ASCII, in order: searched one by one. */
    private final int[] otherRows;

    SearchIndex(Entry[] rows) {
        this.rows = rows;
        int n = rows.length;
        // One pass over the names: each is a pointer chase into the heap, which costs more than
        // copying its characters, so the array grows as needed instead of being measured first.
        byte[] bytes = new byte[Math.max(64, n * 24)];
        int[] rowEnds = new int[n];
        int[] others = new int[16];
        int otherCount = 0;
        long at = 0;
        for (int r = 0; r < n; r++) {
            String name = rows[r].model();
            int chars = name.length();
            if (at + chars + 9 > bytes.length) {
                long grown = Math.max(bytes.length * 3L / 2, at + chars + 9);
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new IllegalArgumentException("names too long to index: " + grown + " bytes");
                }
                bytes = Arrays.copyOf(bytes, (int) grown);
            }
            int p = (int) at;
            boolean ascii = true;
            for (int i = 0; i < chars; i++) {
                char c = name.charAt(i);
                if (c >= 128) {
                    ascii = false;
                    break;
                }
                bytes[p + i] = fold(c);
            }
            if (ascii) {
                at += chars;
            } else {
                if (otherCount == others.length) {
                    others = Arrays.copyOf(others, otherCount * 2);
                }
                others[otherCount++] = r;
            }
            rowEnds[r] = (int) at;
            bytes[(int) at++] = 0;
        }
        int length = (int) at;
        // One word more than the names need: a needle compared past the end meets zeros.
        words = new long[(length >>> 3) + 2];
        int packed = words.length << 3;
        if (bytes.length < packed) {
            bytes = Arrays.copyOf(bytes, packed);
        }
        // A name left for being non-ASCII may have left bytes after the last one.
        Arrays.fill(bytes, length, packed, (byte) 0);
        ByteBuffer.wrap(bytes, 0, packed).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words);
        ends = rowEnds;
        otherRows = Arrays.copyOf(others, otherCount);
    }

    int size() {
        return rows.length;
    }

    /**
     * The rows whose name contains {@code part}, ignoring case, as a bit set by row number
     * ({@code (hits[r >>> 6] >>> r & 1) != 0}). Large indexes are searched on every core.
     */
    long[] matching(String part) {
        int n = rows.length;
        long[] hits = new long[(n + 63) >>> 6];
        if (n == 0) {
            return hits;
        }
        if (!Filter.isAscii(part) || part.indexOf('\0') >= 0 || part.isEmpty()) {
            // Rare: test every row as the filter would.
            for (int r = 0; r < n; r++) {
                if (Filter.containsIgnoreCase(rows[r].model(), part)) {
                    hits[r >>> 6] |= 1L << r;
                }
            }
            return hits;
        }
        byte[] needle = new byte[part.length()];
        for (int i = 0; i < needle.length; i++) {
            char c = part.charAt(i);
            needle[i] = fold(c);
        }
        int tasks = (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        if (tasks > 1) {
            // Each task's rows start on a multiple of 64, so no two tasks write the same word.
            java.util.stream.IntStream.range(0, tasks).parallel()
                    .forEach(t -> scan(needle, t * ROWS_PER_TASK, Math.min(n, (t + 1) * ROWS_PER_TASK), hits));
        } else {
            scan(needle, 0, n, hits);
        }
        for (int r : otherRows) {
            if (Filter.containsIgnoreCase(rows[r].model(), part)) {
                hits[r >>> 6] |= 1L << r;
            }
        }
        return hits;
    }

    /** Marks the rows in {@code [fromRow, toRow)} whose folded ASCII name holds {@code needle}. */
    private void scan(byte[] needle, int fromRow, int toRow, long[] hits) {
        int from = fromRow == 0 ? 0 : ends[fromRow - 1] + 1;
        int to = ends[toRow - 1];
        int m = needle.length;
        long pattern = (needle[0] & 0xFFL) * ONES;
        int row = fromRow;
        int w = from >>> 3;
        // The bytes of the first word to look at: those from where the rows start.
        long keep = HIGHS & (-1L << ((from & 7) << 3));
        while (w << 3 < to) {
            long word = words[w] ^ pattern;
            // A byte of the word that equals the first letter is zero now; this flags every such
            // byte (and maybe some after one), each then checked in full.
            long found = (word - ONES) & ~word & keep;
            keep = HIGHS;
            int nextWord = w + 1;
            while (found != 0) {
                int at = (w << 3) + (Long.numberOfTrailingZeros(found) >>> 3);
                found &= found - 1;
                if (at >= to) {
                    break;
                }
                if (matchesAt(at, needle, m)) {
                    while (ends[row] < at) {
                        row++;
                    }
                    hits[row >>> 6] |= 1L << row;
                    // The rest of this name cannot add anything: go on from the next name, which
                    // may start in this same word.
                    int next = ends[row] + 1;
                    nextWord = next >>> 3;
                    keep = HIGHS & (-1L << ((next & 7) << 3));
                    break;
                }
            }
            w = nextWord;
        }
    }

    /**
     * Whether the needle is at {@code at} (the first byte too: the word test may flag a byte that
     * is not the first letter). The needle holds no 0 byte, so a match never runs into the next name,
     * nor past the last, which only zeros follow.
     */
    private boolean matchesAt(int at, byte[] needle, int m) {
        if (at + m > words.length << 3) {
            return false;
        }
        for (int j = 0; j < m; j++) {
            int p = at + j;
            if ((byte) (words[p >>> 3] >>> ((p & 7) << 3)) != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII character as its byte, lower case for a letter (the same in any case, as the search rule says). */
    private static byte fold(char c) {
        return (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }

    /** Whether row {@code row} is set in a bit set made by {@link #matching}. */
    static boolean isSet(long[] hits, int row) {
        return (hits[row >>> 6] >>> row & 1) != 0;
    }
}
