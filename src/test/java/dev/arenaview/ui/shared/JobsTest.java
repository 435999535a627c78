package dev.arenaview.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Background work and its outcome on the window's thread, run step by step from two queues. */
class JobsTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final Jobs jobs = new Jobs(queue(background), queue(fx));
    private final List<String> seen = new ArrayList<>();

    private static Executor queue(Queue<Runnable> q) {
        return q::add;
    }

    private static void drain(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.remove().run();
        }
    }

    @Test
    void theResultReachesTheWindowThreadAndAFailureItsHandler() {
        jobs.run(() -> "rows", seen::add, e -> seen.add("failed"));
        jobs.<String>run(() -> {
            throw new IOException("disk full");
        }, r -> seen.add("written"), e -> seen.add(e.getMessage()));
        drain(background);
        assertEquals(List.of(), seen, "nothing happens on the window's thread before it runs");
        drain(fx);
        assertEquals(List.of("rows", "disk full"), seen);
    }

    @Test
    void aLaneTakesOnlyTheNewestJobsOutcome() {
        Jobs.Lane lane = jobs.lane();
        lane.run(() -> "g", seen::add);
        lane.run(() -> "ge", seen::add);
        drain(background);
        drain(fx);
        assertEquals(List.of("ge"), seen, "the keystroke before is dropped");

        lane.run(() -> "gem", seen::add);
        lane.supersede();
        drain(background);
        drain(fx);
        assertEquals(List.of("ge"), seen, "the window did newer work itself");
    }

    @Test
    void anUnexpectedFailureIsThrownOnTheWindowThread() {
        jobs.<String>run(() -> {
            throw new IllegalStateException("bug");
        }, seen::add);
        drain(background);
        assertEquals("bug", assertThrows(IllegalStateException.class, () -> drain(fx)).getMessage());
    }
}
