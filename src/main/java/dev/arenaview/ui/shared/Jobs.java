package dev.arenaview.ui.shared;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Work for the background thread whose outcome the window's thread takes: the one way the view
 * models leave the window's thread. A {@link Lane} drops the outcome of a job when a newer job
 * of the same lane started after it (a keystroke after a keystroke, data after data).
 */
public final class Jobs {

    /** Work that may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final Executor background;
    private final Executor fx;

    /**
     * @param background runs the work
     * @param fx         runs the outcome on the window's thread
     */
    public Jobs(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Runs work in the background and hands its result, or what it threw, to the window's thread. */
    public <T> void run(Work<T> work, Consumer<? super T> success, Consumer<? super Exception> failure) {
        background.execute(() -> {
            T result;
            try {
                result = work.run();
            } catch (Exception e) {
                fx.execute(() -> failure.accept(e));
                return;
            }
            fx.execute(() -> success.accept(result));
        });
    }

    /** Work that is not expected to fail: should it, the failure is thrown on the window's thread, where it is seen. */
    public <T> void run(Work<T> work, Consumer<? super T> success) {
        run(work, success, Jobs::rethrow);
    }

    private static void rethrow(Exception e) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /** A new lane of jobs of which only the newest's outcome is taken. */
    public Lane lane() {
        return new Lane();
    }

    /** Jobs of one kind of which only the newest's outcome counts. Used on the window's thread only. */
    public final class Lane {

        private long newest;

        private Lane() {
        }

        public <T> void run(Work<T> work, Consumer<? super T> success, Consumer<? super Exception> failure) {
            long mine = ++newest;
            Jobs.this.run(work, result -> {
                if (mine == newest) {
                    success.accept(result);
                }
            }, e -> {
                if (mine == newest) {
                    failure.accept(e);
                }
            });
        }

        public <T> void run(Work<T> work, Consumer<? super T> success) {
            run(work, success, Jobs::rethrow);
        }

        /** Drops the outcome of every job started so far: the window did newer work itself. */
        public void supersede() {
            newest++;
        }
    }
}
