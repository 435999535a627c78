package dev.arenaview.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one chunk of a file into records straight from its UTF-8 bytes, for the parallel read:
 * the records that Commons CSV makes with {@link LeaderboardReader#FORMAT}, without decoding the
 * whole text into characters first and without a string for a value no row reads.
 *
 * <p>It reads only what a well-formed file holds. At anything else it gives up ({@link GiveUp}),
 * and {@link ChunkedRead} leaves the whole file to the sequential read, which judges it in its own
 * words: a control character or DEL, bytes that are not UTF-8 (or U+FFFD itself), a quoted field
 * not closed within the chunk, anything but blanks between a closing quote and the next comma or
 * line end, a blank other than space and tab at the edge of an unquoted value, a value or record
 * that may be past the reader's limits. Giving up costs time, never a different answer, so the
 * rules below need only agree with Commons CSV on what they accept:
 * <ul>
 *   <li>records end at LF, CR or CRLF outside quotes, and at the end of the chunk;</li>
 *   <li>blanks before a value are skipped, and after an unquoted one dropped;</li>
 *   <li>a value that starts with {@code "} is quoted up to a {@code "} that is not doubled, line
 *       breaks and commas included; elsewhere a {@code "} is text;</li>
 *   <li>every value is then trimmed as {@link String#trim()} does, quoted or not.</li>
 * </ul>
 */
final class ByteRecords implements LeaderboardReader.Fields {

    /** Thrown, without a stack, where the sequential read must take over. */
    static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super("left to the sequential read", null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int QUOTED = 1;
    private static final int DOUBLED_QUOTES = 2;
    private static final int NOT_ASCII = 4;
    /**
     * The reader's limits count characters as written, at most as many as bytes: a value or record
     * of more bytes than these may be past them, and is left to the sequential read, which says
     * so. Well below the limits, so that how a limit counts its edges never matters here.
     */
    private static final int MAX_VALUE_BYTES = LeaderboardReader.MAX_FIELD_CHARS / 2;
    private static final int MAX_BUFFER = LeaderboardReader.MAX_ROW_CHARS / 2;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean atEnd;
    private boolean skipByteOrderMark;

    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] kinds = new int[16];

    /**
     * The strings {@link #getRepeated} has made, by their bytes; a column of many distinct values
     * stops adding to it.
     */
    private static final int MAX_REPEATED = 4096;
    private byte[][] repeatedKeys = new byte[64][];
    private String[] repeatedValues = new String[64];
    private int repeatedCount;

    /**
     * @param in               the chunk's bytes
     * @param startOfFile      whether the chunk is the start of the file, where a UTF-8 byte-order
     *                         mark is skipped as the sequential read skips it
     */
    ByteRecords(InputStream in, boolean startOfFile) {
        this.in = in;
        this.skipByteOrderMark = startOfFile;
    }

    /**
     * Reads the next record, blank or not; false at the end of the chunk.
     *
     * @throws GiveUp      at anything left to the sequential read
     * @throws IOException when the file cannot be read
     */
    boolean next() throws IOException, GiveUp {
        while (true) {
            if (position == limit && atEnd) {
                return false;
            }
            int end = parse(position);
            if (end >= 0) {
                position = end;
                return true;
            }
            fill();
        }
    }

    /** Whether the record is a blank line, or one of blanks only. */
    boolean isBlank() {
        return size == 1 && starts[0] == ends[0];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("field " + index + " of " + size);
        }
        int kind = kinds[index];
        // Text beyond ASCII was checked when the record was split, so that giving up comes from
        // next(), never from here.
        String text = new String(buffer, starts[index], ends[index] - starts[index],
                (kind & NOT_ASCII) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return (kind & DOUBLED_QUOTES) == 0 ? text : text.replace("\"\"", "\"");
    }

    @Override
    public int digits(int index) {
        int start = starts[index];
        int end = ends[index];
        if (end == start || end - start > 9) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = buffer[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    @Override
    public String getRepeated(int index) {
        if ((kinds[index] & DOUBLED_QUOTES) != 0 || repeatedCount >= MAX_REPEATED) {
            return get(index);
        }
        int start = starts[index];
        int end = ends[index];
        int mask = repeatedKeys.length - 1;
        int slot = hash(buffer, start, end) & mask;
        for (byte[] key; (key = repeatedKeys[slot]) != null; slot = (slot + 1) & mask) {
            if (Arrays.equals(key, 0, key.length, buffer, start, end)) {
                return repeatedValues[slot];
            }
        }
        String value = get(index);
        repeatedKeys[slot] = Arrays.copyOfRange(buffer, start, end);
        repeatedValues[slot] = value;
        if (++repeatedCount * 2 > repeatedKeys.length) {
            growRepeated();
        }
        return value;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        // Spread into the low bits, which pick the slot.
        return (hash ^ (hash >>> 16)) * 0x45d9f3b;
    }

    private void growRepeated() {
        byte[][] keys = repeatedKeys;
        String[] values = repeatedValues;
        repeatedKeys = new byte[keys.length * 2][];
        repeatedValues = new String[keys.length * 2];
        int mask = repeatedKeys.length - 1;
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null) {
                int slot = hash(keys[k], 0, keys[k].length) & mask;
                while (repeatedKeys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                repeatedKeys[slot] = keys[k];
                repeatedValues[slot] = values[k];
            }
        }
    }

    /** Keeps the record being split and reads more bytes after it. */
    private void fill() throws IOException, GiveUp {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        } else if (limit == buffer.length) {
            // The record fills the buffer.
            if (buffer.length >= MAX_BUFFER) {
                throw GIVE_UP;
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            atEnd = true;
        } else {
            limit += n;
        }
        if (skipByteOrderMark && (atEnd || limit >= BYTE_ORDER_MARK.length)) {
            skipByteOrderMark = false;
            if (limit >= BYTE_ORDER_MARK.length
                    && Arrays.equals(buffer, 0, 3, BYTE_ORDER_MARK, 0, 3)) {
                position = BYTE_ORDER_MARK.length;
            }
        }
    }

    /**
     * Splits the record that starts at {@code p}; the position after it, or -1 when the bytes
     * read so far end before it does.
     */
    private int parse(int p) throws GiveUp {
        if (skipByteOrderMark) {
            return -1;
        }
        byte[] b = buffer;
        int n = limit;
        size = 0;
        while (true) {
            int written = p;
            while (p < n && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p == n && !atEnd) {
                return -1;
            }
            int start;
            int end;
            int kind;
            if (p < n && b[p] == '"') {
                start = ++p;
                kind = QUOTED;
                while (true) {
                    if (p == n) {
                        if (atEnd) {
                            throw GIVE_UP;
                        }
                        return -1;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 == n && !atEnd) {
                            return -1;
                        }
                        if (p + 1 < n && b[p + 1] == '"') {
                            kind |= DOUBLED_QUOTES;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c < 0) {
                        kind |= NOT_ASCII;
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        throw GIVE_UP;
                    }
                    p++;
                }
                end = p++;
                while (p < n && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
                // Trimmed as String.trim() does, which in quotes takes line breaks too.
                while (start < end && isTrimmed(b[start])) {
                    start++;
                }
                while (end > start && isTrimmed(b[end - 1])) {
                    end--;
                }
            } else {
                start = p;
                kind = 0;
                while (p < n) {
                    byte c = b[p];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c < 0) {
                        kind |= NOT_ASCII;
                    } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                        throw GIVE_UP;
                    }
                    p++;
                }
                end = p;
                while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
                    end--;
                }
            }
            if (p == n && !atEnd) {
                return -1;
            }
            add(start, end, kind, p - written);
            if (p == n) {
                return p;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
            } else if (c == '\n') {
                return p + 1;
            } else if (c == '\r') {
                if (p + 1 == n && !atEnd) {
                    return -1;
                }
                return p + 1 < n && b[p + 1] == '\n' ? p + 2 : p + 1;
            } else {
                // Text after a closing quote: an error, or a blank Commons CSV knows and this does not.
                throw GIVE_UP;
            }
        }
    }

    private static boolean isTrimmed(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Adds the value from {@code start} to {@code end}, {@code written} bytes with its blanks and quotes. */
    private void add(int start, int end, int kind, int written) throws GiveUp {
        if (written > MAX_VALUE_BYTES || size >= LeaderboardReader.MAX_COLUMNS) {
            throw GIVE_UP;
        }
        if ((kind & NOT_ASCII) != 0) {
            checkText(start, end, kind);
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    /**
     * Gives up on a value that is not UTF-8 (or holds U+FFFD, which the sequential read takes for
     * the sign of it), or that is unquoted and starts or ends with a blank beyond ASCII, which
     * Commons CSV would drop.
     */
    private void checkText(int start, int end, int kind) throws GiveUp {
        String text = new String(buffer, start, end - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw GIVE_UP;
        }
        if ((kind & QUOTED) == 0 && !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            throw GIVE_UP;
        }
    }
}
