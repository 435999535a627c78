package dev.arenaview.csv;

import java.io.InterruptedIOException;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits records on a thread of its own, so that Commons CSV's lexer runs beside the checking
 * and typing of the rows: on a large file each takes about half of the time, and a desktop has
 * at least two cores. Records come out in file order, each with the line it starts on, and a
 * failure of the parser comes out where it happened, after the records before it.
 *
 * <p>Only the feed's thread touches the parser, until {@link #close()} has stopped it.
 */
final class RecordFeed implements AutoCloseable {

    /** What the parser could not get past, and the line of the record it was reading. */
    record Failure(RuntimeException error, long line) {
    }

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;

    /** Records and their lines, in order; a batch with {@code last} set ends the feed. */
    private static final class Batch {
        final CSVRecord[] records = new CSVRecord[BATCH];
        final long[] lines = new long[BATCH];
        int size;
        boolean last;
        Failure failure;
        Throwable crash;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    private Batch current = new Batch();
    private int position;
    private long line;
    private Failure failure;

    RecordFeed(CSVParser parser, String name) {
        thread = new Thread(() -> split(parser), "arenaview-csv " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void split(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        Batch batch = new Batch();
        long at = 1;
        try {
            while (!stopped) {
                at = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                batch.records[batch.size] = records.next();
                batch.lines[batch.size] = at;
                if (++batch.size == BATCH) {
                    hand(batch);
                    batch = new Batch();
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            batch.failure = new Failure(e, at);
        } catch (RuntimeException | Error e) {
            batch.crash = e;
        }
        batch.last = true;
        hand(batch);
    }

    /** Waits for room, unless the reader has gone away. */
    private void hand(Batch batch) {
        try {
            while (!stopped && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                // The reader is busy with earlier rows; check again whether it gave up.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /**
     * The next record, or null at the end of the records or at a failure of the parser
     * ({@link #failure()}).
     */
    CSVRecord next() throws InterruptedIOException {
        while (position == current.size) {
            if (current.last) {
                failure = current.failure;
                if (current.crash instanceof RuntimeException) {
                    throw (RuntimeException) current.crash;
                }
                if (current.crash instanceof Error) {
                    throw (Error) current.crash;
                }
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading was interrupted");
            }
            position = 0;
        }
        line = current.lines[position];
        return current.records[position++];
    }

    /** The line the record last returned by {@link #next()} starts on (or the failure's line). */
    long line() {
        return failure != null ? failure.line() : line;
    }

    /** Why the records ended early, if they did. */
    Failure failure() {
        return failure;
    }

    /** Stops the splitting thread and waits for it, so the file can be closed under it. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
