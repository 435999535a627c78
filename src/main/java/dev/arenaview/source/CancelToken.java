package dev.arenaview.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the user stop a download: cancelling closes what is being read, which ends a blocked
 * read at once (interrupting a thread does not).
 */
public final class CancelToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> current = new AtomicReference<>();

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled.set(true);
        closeQuietly(current.getAndSet(null));
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** What to close on cancel, while it is being read. */
    void attach(Closeable closeable) {
        current.set(closeable);
        if (cancelled.get()) {
            closeQuietly(current.getAndSet(null));
        }
    }

    void detach() {
        current.set(null);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Closing is how we stop the read; its own failure changes nothing.
            }
        }
    }
}
