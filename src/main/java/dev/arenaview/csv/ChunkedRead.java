package dev.arenaview.csv;

import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads a large local file as a few chunks at once, each on its own thread and split into records
 * straight from its bytes ({@link ByteRecords}), and only when every chunk reads without a single
 * problem or anything unusual; otherwise it gives up and {@link LeaderboardReader} reads the file
 * again from the start, one record after the other, so that whatever the file holds, the answer
 * (rows, schema, or the error with its lines) is the sequential one.
 *
 * <p>Chunks start right after a line feed that a scan of the bytes before it finds outside
 * quotes. The scan need not be right, and is not for a stray quote inside a plain field: each
 * chunk but the last must end exactly where the next starts with no quoted field left open, and
 * a chunk that starts where a record starts reads that record as the whole file would. So if the
 * first chunk starts a record (it does), each chunk that ends cleanly hands a record start to the
 * next; a line feed inside quotes leaves the chunk before it with an unterminated quote, which is
 * a problem like any other.
 *
 * <p>The calling thread reads the first chunk, with the header, and makes every call to the
 * listener, as a sequential read does; the other chunks run on daemon threads that stop at
 * the first problem of any chunk or at a cancel. It looks for the chunks' starts only once it has
 * handed over the first rows, so that they come as soon as from a sequential read.
 */
final class ChunkedRead {

    /** How long the caller waits for the other chunks between looks at the listener. */
    private static final long WAIT_MILLIS = 10;
    /** How often, while it waits, the caller reports progress. */
    private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int SCAN_BLOCK = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private final int maxChunks;
    private final String name;
    private final DataSource source;
    private final ReadListener listener;
    /** Where the chunks start, then the end of the file; null until they are looked for. */
    private long[] bounds;
    private final List<Chunk> chunks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private CountDownLatch others;
    /** Set when a chunk gives up or the read is cancelled: every chunk stops at its next look. */
    private volatile boolean stopped;
    private boolean firstRowsSent;

    private ChunkedRead(FileChannel channel, int maxChunks, String name, DataSource source, ReadListener listener)
            throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.maxChunks = maxChunks;
        this.name = name;
        this.source = source;
        this.listener = listener;
    }

    /**
     * The leaderboard in {@code file}, read in up to {@code maxChunks} chunks; or null when it must be
     * read sequentially: it cannot be split, or some chunk met something the sequential read must
     * judge (any problem at all, or a failure to read the file).
     *
     * @throws InterruptedIOException when the listener cancels, or the calling thread is interrupted
     *                                 while it waits for the other chunks
     */
    static Leaderboard read(Path file, String name, DataSource source, ReadListener listener, int maxChunks)
            throws InterruptedIOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new ChunkedRead(channel, maxChunks, name, source, listener).run();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            // The sequential read meets the same, and answers as it always has.
            return null;
        }
    }

    /**
     * Where the chunks start, then the end of the file: each start just after a line feed outside
     * quotes, at or after an even share of the file. Fewer chunks when the file has too few line
     * ends for more (one chunk, for a file that ends its lines with CR alone).
     */
    static long[] bounds(FileChannel channel, long size, int chunks) throws IOException {
        long[] bounds = new long[chunks + 1];
        int found = 1;
        // Direct, so that the bytes are read from the file straight into it, without a copy.
        ByteBuffer block = ByteBuffer.allocateDirect((int) Math.min(SCAN_BLOCK, Math.max(size, 1)))
                .order(ByteOrder.LITTLE_ENDIAN);
        boolean quoted = false;
        long target = size / chunks;
        for (long at = 0; at < size && found < chunks; at += block.capacity()) {
            int n = (int) Math.min(block.capacity(), size - at);
            readFully(channel, block, n, at);
            int i = 0;
            while (i < n && found < chunks) {
                if (at + i < target) {
                    // Most of the file is only counted for its quotes: their parity says whether a
                    // line feed is inside a quoted field, a doubled quote counting twice.
                    int stop = (int) Math.min(n, target - at);
                    quoted ^= oddQuotes(block, i, stop);
                    i = stop;
                    continue;
                }
                byte b = block.get(i++);
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted && at + i < size) {
                    bounds[found++] = at + i;
                    target = size / chunks * found;
                }
            }
        }
        bounds[found] = size;
        return Arrays.copyOf(bounds, found + 1);
    }

    /** Whether there is an odd number of {@code "} from {@code from} to {@code to} in a little-endian buffer. */
    static boolean oddQuotes(ByteBuffer b, int from, int to) {
        long marks = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            // Eight bytes at a time: the xor makes every quote a zero byte, and the rest sets the
            // top bit of exactly the zero bytes (adding 0x7f to the low seven bits cannot carry
            // into the next byte). Only the parity of their number counts, and the parity of a
            // sum of bit counts is that of the bit count of an xor: one count at the end.
            long x = b.getLong(i) ^ 0x2222222222222222L;
            marks ^= ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
        }
        boolean odd = (Long.bitCount(marks) & 1) != 0;
        for (; i < to; i++) {
            odd ^= b.get(i) == '"';
        }
        return odd;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, int length, long position) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file got shorter while it was read");
            }
        }
    }

    private Leaderboard run() throws IOException {
        Leaderboard board;
        try {
            board = readChunks();
        } finally {
            stopped = true;
            joinAll(threads);
        }
        for (Chunk chunk : chunks) {
            if (chunk.crash != null) {
                throw chunk.crash;
            }
        }
        return board;
    }

    private Leaderboard readChunks() throws IOException {
        // The sniff looks at the start of the file, which can be longer than the first chunk (a NUL
        // there is refused, though Commons CSV would trim it away at the edge of a field). Its
        // refusals are left to the sequential read, which makes them.
        try {
            LeaderboardReader.sniff(new BufferedReader(new InputStreamReader(new Slice(channel, 0, size, null),
                    LeaderboardReader.utf8())), name);
        } catch (LeaderboardFormatException e) {
            return null;
        }
        // The first chunk skips a byte-order mark as the sequential read does. It ends after an
        // even share of the file; where exactly is looked for when it gets there or has handed
        // over the first rows, whichever comes first.
        Chunk first = new Chunk(new Slice(channel, 0, size / maxChunks, () -> split()[1]), true);
        chunks.add(first);
        LeaderboardReader.Fields header = first.nextNonBlank();
        if (header == null) {
            return null;
        }
        LeaderboardReader.Columns columns;
        try {
            columns = LeaderboardReader.Columns.of(header, name, 0);
        } catch (LeaderboardFormatException e) {
            return null;
        }

        if (!first.readRows(columns, true) || !startOthers(columns) || !awaitOthers()) {
            return null;
        }
        return joined(columns);
    }

    /** Where the chunks start, then the end of the file; looked for once. */
    private long[] split() throws IOException {
        if (bounds == null) {
            bounds = bounds(channel, size, maxChunks);
        }
        return bounds;
    }

    /**
     * Starts a thread for each chunk after the first, once; false when the file cannot be split,
     * and a sequential read, with a thread for the parser, is quicker than the first chunk alone.
     */
    private boolean startOthers(LeaderboardReader.Columns columns) throws IOException {
        if (others != null) {
            return true;
        }
        long[] starts = split();
        int count = starts.length - 1;
        if (count < 2) {
            return false;
        }
        others = new CountDownLatch(count - 1);
        for (int k = 1; k < count; k++) {
            Slice bytes = new Slice(channel, starts[k], starts[k + 1], null);
            Chunk chunk = new Chunk(bytes, false);
            chunks.add(chunk);
            Thread thread = new Thread(() -> chunk.readAlone(columns, others),
                    "arenaview-csv " + name + " (part " + (k + 1) + " of " + count + ")");
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return true;
    }

    /** Waits for the other chunks; false as soon as one has given up. */
    private boolean awaitOthers() throws InterruptedIOException {
        long reported = System.nanoTime();
        try {
            while (!others.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
                cancelIfAsked();
                if (System.nanoTime() - reported > PROGRESS_NANOS) {
                    listener.progress(bytesRead());
                    reported = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading was interrupted");
        }
        for (Chunk chunk : chunks) {
            if (!chunk.finished) {
                return false;
            }
        }
        return true;
    }

    private void cancelIfAsked() throws InterruptedIOException {
        if (listener.isCancelled()) {
            stopped = true;
            throw new InterruptedIOException(name + ": reading was cancelled");
        }
    }

    private long bytesRead() {
        long bytes = 0;
        for (Chunk chunk : chunks) {
            bytes += chunk.bytes.count;
        }
        return bytes;
    }

    /** The chunks' rows as one leaderboard, with the schema that all of them say together. */
    private Leaderboard joined(LeaderboardReader.Columns columns) {
        int total = 0;
        for (Chunk chunk : chunks) {
            total += chunk.entries.size();
        }
        if (total == 0) {
            // A header without rows: the sequential read says so, with the header's line.
            return null;
        }
        List<Entry> entries = new ArrayList<>(total);
        boolean rankIsPosition = true;
        boolean sawUnknownCutoff = false;
        for (Chunk chunk : chunks) {
            rankIsPosition &= chunk.ranksArePositionsAfter(entries.size());
            sawUnknownCutoff |= chunk.sawUnknownCutoff;
            entries.addAll(chunk.entries);
        }
        FileNameInfo info = FileNameInfo.of(name);
        if (!firstRowsSent && entries.size() >= ReadListener.FIRST_ROWS) {
            // Only when the first chunk is shorter than the first rows, that is in tests.
            List<Entry> firstRows = List.copyOf(entries.subList(0, ReadListener.FIRST_ROWS));
            boolean positions = true;
            boolean unknown = false;
            for (int i = 0; i < firstRows.size(); i++) {
                positions &= firstRows.get(i).rank() == i + 1;
                unknown |= LeaderboardReader.isUnknownCutoff(firstRows.get(i));
            }
            listener.firstRows(firstRows, LeaderboardReader.schemaOf(columns, info, positions, unknown, firstRows.size()));
        }
        listener.progress(bytesRead());
        Schema schema = LeaderboardReader.schemaOf(columns, info, rankIsPosition, sawUnknownCutoff, entries.size());
        return new Leaderboard(entries, schema, info.arena(), info.date(), source);
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    // The chunks stop within a thousand records; the file must not be closed under them.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One chunk's records and rows; typed by one thread, read by the caller once that thread is done. */
    private final class Chunk extends LeaderboardReader.Rows {
        final Slice bytes;
        private final ByteRecords records;
        final List<Entry> entries = new ArrayList<>();
        private long recordsRead;
        private int firstRank;
        /** Whether each rank is one more than the rank before it. */
        private boolean ranksFollowOn = true;
        boolean sawUnknownCutoff;
        /** Whether every record up to the chunk's end became a row. */
        boolean finished;
        Error crash;

        Chunk(Slice bytes, boolean startOfFile) {
            this.bytes = bytes;
            this.records = new ByteRecords(bytes, startOfFile);
        }

        /**
         * The next record that is not blank; null at the chunk's end ({@link #finished}), when asked
         * to stop, or at anything the sequential read must judge.
         */
        LeaderboardReader.Fields nextNonBlank() {
            try {
                while (records.next()) {
                    if ((++recordsRead & 1023) == 0 && stopped) {
                        return null;
                    }
                    if (!records.isBlank()) {
                        return records;
                    }
                }
            } catch (IOException | ByteRecords.GiveUp e) {
                // Broken CSV, a limit, or the file failing to read: the sequential read meets the
                // same and reports it in its own words.
                return null;
            }
            finished = true;
            return null;
        }

        /**
         * Types the chunk's rows, stopping at the first one that is not a good row; true when every
         * record was typed. The first chunk also tells the listener what it would hear from a
         * sequential read over the same rows, polls it for a cancel, and starts the other chunks
         * once it has handed over the first rows.
         */
        boolean readRows(LeaderboardReader.Columns columns, boolean first) throws IOException {
            long rows = 0;
            for (LeaderboardReader.Fields record; (record = nextNonBlank()) != null; ) {
                rows++;
                if (first && (rows & 1023) == 0) {
                    cancelIfAsked();
                    if ((rows & 8191) == 0) {
                        listener.progress(bytesRead());
                    }
                }
                // The line is never shown: a problem sends the whole file to the sequential read,
                // which names it.
                Entry entry = parseRow(record, columns, 0);
                if (entry == null) {
                    return false;
                }
                if (entries.isEmpty()) {
                    firstRank = entry.rank();
                }
                ranksFollowOn &= entry.rank() == firstRank + entries.size();
                entries.add(entry);
                sawUnknownCutoff |= LeaderboardReader.isUnknownCutoff(entry);
                if (first && entries.size() == ReadListener.FIRST_ROWS) {
                    firstRowsSent = true;
                    listener.firstRows(List.copyOf(entries), LeaderboardReader.schemaOf(columns, FileNameInfo.of(name),
                            ranksArePositionsAfter(0), sawUnknownCutoff, entries.size()));
                    if (!startOthers(columns)) {
                        return false;
                    }
                }
            }
            return finished;
        }

        /** Reads a chunk after the first, on its own thread. */
        void readAlone(LeaderboardReader.Columns columns, CountDownLatch done) {
            try {
                if (!readRows(columns, false)) {
                    stopped = true;
                }
            } catch (IOException | RuntimeException e) {
                // Whatever it is, the sequential read meets it too, and answers as it always has.
                finished = false;
                stopped = true;
            } catch (Error e) {
                crash = e;
                finished = false;
                stopped = true;
            } finally {
                done.countDown();
            }
        }

        /** Whether each rank is its position in the file, when {@code before} rows come before the chunk. */
        boolean ranksArePositionsAfter(long before) {
            return entries.isEmpty() || (ranksFollowOn && firstRank == before + 1);
        }
    }

    /** Where a chunk whose end was not known at its start ends; at or after where it was thought to. */
    interface End {
        long find() throws IOException;
    }

    /** One chunk's bytes, read from the shared channel at its own position and counted for progress. */
    static final class Slice extends InputStream {
        private final FileChannel channel;
        private long position;
        private long end;
        /** Asked for the true end when the slice gets to {@link #end}; null when that is the true end. */
        private End trueEnd;
        /** Written by the chunk's thread only, read by the caller for progress. */
        private volatile long count;

        Slice(FileChannel channel, long start, long end, End trueEnd) {
            this.channel = channel;
            this.position = start;
            this.end = end;
            this.trueEnd = trueEnd;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= end && trueEnd != null) {
                end = trueEnd.find();
                trueEnd = null;
            }
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, end - position)), position);
            if (n < 0) {
                throw new EOFException("the file got shorter while it was read");
            }
            position += n;
            count += n;
            return n;
        }
    }
}
