package dev.arenaview.ui;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The window's thread for a view model under test: what the background posts waits here, and
 * the test's own thread runs it in {@link #await}, so the view model's state changes on one
 * thread only, in an order the test sees.
 */
final class FxQueue implements Executor {

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /**
     * Runs the posted tasks as they come until {@code condition} holds; fails when it does not
     * within {@code timeout} (a guard against a hang, never a measure).
     */
    void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = end - System.nanoTime();
            Runnable next = left > 0 ? tasks.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                throw new AssertionError("gave up waiting after " + timeout.toSeconds() + " s: " + what);
            }
            next.run();
        }
    }
}
