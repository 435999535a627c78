package dev.arenaview.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What the window benchmarks share: work on the JavaFX thread from the measuring thread, the
 * moment a change is on screen, and a probe of how late the JavaFX thread answers.
 */
final class FxTiming {

    /** Hears how late a probe's task ran: when it was posted, and its lateness, in nanoseconds. */
    @FunctionalInterface
    interface Lateness {
        void ran(long postedAt, long late);
    }

    private FxTiming() {
    }

    /** Runs on the JavaFX thread and waits until done. */
    static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    /** A value read on the JavaFX thread. */
    static <T> T onFx(Supplier<T> s) throws InterruptedException {
        Object[] box = new Object[1];
        fx(() -> box[0] = s.get());
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }

    /** Makes a change on the JavaFX thread and waits until the rows follow it. */
    static void awaitRowsAfter(javafx.collections.ObservableList<?> rows, Runnable change) throws InterruptedException {
        CountDownLatch changed = new CountDownLatch(1);
        fx(() -> {
            rows.addListener(new javafx.collections.ListChangeListener<Object>() {
                @Override
                public void onChanged(Change<?> c) {
                    rows.removeListener(this);
                    changed.countDown();
                }
            });
            change.run();
        });
        if (!changed.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the rows did not change");
        }
    }

    /** The time of the first layout pulse of the scene after now: when a change is on screen. */
    static long nextPulse(Scene scene) throws InterruptedException {
        AtomicLong at = new AtomicLong();
        CountDownLatch pulsed = new CountDownLatch(1);
        fx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                at.set(System.nanoTime());
                pulsed.countDown();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        pulsed.await(60, TimeUnit.SECONDS);
        return at.get();
    }

    /** Starts a daemon thread that posts a task to the JavaFX thread every 2 ms and tells how late each ran. */
    static void startProbe(Lateness lateness) {
        Thread probe = new Thread(() -> {
            while (true) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    lateness.ran(posted, System.nanoTime() - posted);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        probe.setDaemon(true);
        probe.start();
    }
}
