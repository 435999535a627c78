package dev.arenaview.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Passes CSV text through unchanged until a field, a record or a record's field count goes past
 * its limit; from then on every read fails with a {@link CsvLimitException} naming the line.
 *
 * <p>Commons CSV has no limits of its own: it builds each field, and each record's list of
 * fields, in memory before handing them over, so only the {@code Reader} under it can stop a
 * field that never ends. Limiting the length of a line would not do: an unclosed quote turns the
 * rest of a file into one quoted field, line breaks and all. So this reader follows the quoting
 * itself, as Commons CSV's lexer does for {@code CSVFormat.RFC4180} with surrounding spaces
 * ignored: a field that starts (after blanks) with {@code "} is quoted until a {@code "} that is
 * not doubled; a {@code "} anywhere else is text; {@code ,} and line breaks (CR, LF, CRLF) end
 * fields and records only outside quotes. The two can only disagree on text after a closing quote,
 * where Commons CSV fails at that very character anyway.
 *
 * <p>Everything before the character that goes past a limit is passed on, so Commons CSV reads
 * every earlier record and reports its own earlier errors first; the failure comes when it asks
 * for that character, in the middle of the record at fault. Lengths count characters as written,
 * quotes and blanks included.
 */
final class BoundedCsvReader extends Reader {

    private enum State {
        /** Before a field's first character that is not a blank. */
        FIELD_START,
        /** In a field that does not start with a quote. */
        PLAIN,
        /** Inside quotes. */
        QUOTED,
        /** Just after a quote inside quotes: the end, or the first of a doubled quote. */
        QUOTE,
        /** After a quoted field's closing quote. */
        AFTER_QUOTES
    }

    private final Reader in;
    private final int maxFieldChars;
    private final int maxFields;
    private final int maxRecordChars;

    private State state = State.FIELD_START;
    private boolean afterCr;
    /** The 1-based line of the next character, counted as Commons CSV counts lines. */
    private long line = 1;
    private long fieldStartLine = 1;
    private long recordStartLine = 1;
    private int fieldChars;
    private int recordChars;
    private int fields = 1;
    private CsvLimitException failure;
    private volatile boolean sawOdd;

    BoundedCsvReader(Reader in, int maxFieldChars, int maxFields, int maxRecordChars) {
        this.in = in;
        this.maxFieldChars = maxFieldChars;
        this.maxFields = maxFields;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(buffer, offset, length);
        int end = offset + Math.max(n, 0);
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (state == State.PLAIN || state == State.QUOTED) {
                // Most characters are text inside a field: passed over by a loop that only looks
                // for the next one that matters, as far as the limits leave room, so that the
                // limits cost little next to the parsing itself.
                int room = Math.min(maxFieldChars - fieldChars, maxRecordChars - recordChars);
                int stop = end - i <= room ? end : i + room;
                int j = i;
                while (j < stop && isText(buffer[j])) {
                    j++;
                }
                if (j > i) {
                    fieldChars += j - i;
                    recordChars += j - i;
                    afterCr = false;
                    if (j == end) {
                        break;
                    }
                    i = j;
                    c = buffer[i];
                }
            }
            // The next most common characters, a comma after plain text and the first letter of
            // a plain field, within the limits: what accept() would do, without the call.
            if (c == ',' && state == State.PLAIN && fields < maxFields && recordChars < maxRecordChars) {
                state = State.FIELD_START;
                fieldChars = 0;
                recordChars++;
                fields++;
                afterCr = false;
            } else if (state == State.FIELD_START && c > 0x20 && c < 0x7f && c != '"' && c != ','
                    && recordChars > 0 && recordChars < maxRecordChars && fieldChars < maxFieldChars) {
                fieldStartLine = line;
                state = State.PLAIN;
                fieldChars++;
                recordChars++;
                afterCr = false;
            } else if (!accept(c)) {
                // The characters before this one are whole records or the start of the one at
                // fault: hand them over so the parser reaches the failure at the right record.
                if (i > offset) {
                    return i - offset;
                }
                throw failure;
            }
        }
        return n;
    }

    /** Text inside a field that neither the limits nor the check for odd characters need to look at. */
    private static boolean isText(char c) {
        return c < TEXT.length ? TEXT[c] : c != '\uFFFD';
    }

    /** {@link #isText} for ASCII: one look-up instead of five comparisons, for most characters of a file. */
    private static final boolean[] TEXT = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            TEXT[c] = c != '"' && c != ',';
        }
    }

    /**
     * Whether a character that no leaderboard value has went by: a control character other than
     * tab and line breaks, DEL, or U+FFFD (bytes that were not UTF-8). While none has, the rows
     * need not be searched for one.
     */
    boolean sawOddCharacter() {
        return sawOdd;
    }

    /** Follows one character; false (with {@link #failure} set) when it goes past a limit. */
    private boolean accept(char c) {
        if (c == '\n' && afterCr) {
            // The second half of a CRLF: the line, field or record already ended at the CR.
            afterCr = false;
            return true;
        }
        afterCr = c == '\r';
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == '\uFFFD') {
            sawOdd = true;
        }
        boolean lineBreak = c == '\r' || c == '\n';
        boolean ok;
        switch (state) {
            case FIELD_START:
                if (lineBreak) {
                    ok = endRecord();
                } else if (c == ',') {
                    ok = endField();
                } else {
                    fieldStartLine = line;
                    if (c == '"') {
                        state = State.QUOTED;
                    } else if (!isBlank(c)) {
                        state = State.PLAIN;
                    }
                    ok = count();
                }
                break;
            case PLAIN:
                ok = lineBreak ? endRecord() : c == ',' ? endField() : count();
                break;
            case QUOTED:
                if (c == '"') {
                    state = State.QUOTE;
                }
                ok = count();
                break;
            case QUOTE:
                if (lineBreak) {
                    ok = endRecord();
                } else if (c == ',') {
                    ok = endField();
                } else {
                    // A doubled quote goes on inside the quotes; anything but blanks after a
                    // closing quote is an error Commons CSV reports itself, at this character.
                    state = c == '"' ? State.QUOTED : State.AFTER_QUOTES;
                    ok = count();
                }
                break;
            case AFTER_QUOTES:
                ok = lineBreak ? endRecord() : c == ',' ? endField() : count();
                break;
            default:
                throw new AssertionError(state);
        }
        if (lineBreak) {
            line++;
        }
        return ok;
    }

    /** Blanks before a field's opening quote are skipped by Commons CSV: the same test. */
    private static boolean isBlank(char c) {
        return c != ',' && Character.isWhitespace(c);
    }

    private boolean count() {
        if (recordChars == 0) {
            recordStartLine = line;
        }
        fieldChars++;
        recordChars++;
        if (fieldChars > maxFieldChars) {
            return fail(fieldStartLine, "a field longer than " + number(maxFieldChars) + " characters starts"
                    + " on this line (no leaderboard value comes near that; is a quote (\") left open?)");
        }
        return checkRecordLength();
    }

    private boolean endField() {
        if (recordChars == 0) {
            recordStartLine = line;
        }
        state = State.FIELD_START;
        fieldChars = 0;
        recordChars++;
        fields++;
        if (fields > maxFields) {
            return fail(recordStartLine, "a row with more than " + number(maxFields)
                    + " fields starts on this line (a leaderboard has about ten columns)");
        }
        return checkRecordLength();
    }

    private boolean checkRecordLength() {
        if (recordChars > maxRecordChars) {
            return fail(recordStartLine, "a row longer than " + number(maxRecordChars)
                    + " characters starts on this line (a leaderboard row is a few hundred)");
        }
        return true;
    }

    private boolean endRecord() {
        state = State.FIELD_START;
        fieldChars = 0;
        recordChars = 0;
        fields = 1;
        return true;
    }

    private boolean fail(long atLine, String message) {
        failure = new CsvLimitException(atLine, message + "; reading stopped here");
        return false;
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A limit of {@link BoundedCsvReader} was passed; the message is for a person. */
    static final class CsvLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;

        CsvLimitException(long line, String message) {
            super(message);
            this.line = line;
        }

        /** The 1-based line on which the field or row at fault starts. */
        long line() {
            return line;
        }
    }
}
