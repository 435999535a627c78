package dev.arenaview.ui.chart;

import dev.arenaview.model.Entry;
import dev.arenaview.model.Licenses;

/**
 * Open or not, by {@link Licenses#isOpen}: the colour key of the score-versus-votes chart
 * until a finer licence classification exists. Proprietary comes first so that it takes the
 * palette's first colour, as it would in a finer key.
 */
public enum Openness {
    /** Proprietary, or no licence stated. */
    PROPRIETARY,
    /** A stated licence other than proprietary. */
    OPEN;

    public static Openness of(Entry entry) {
        return Licenses.isOpen(entry.license()) ? OPEN : PROPRIETARY;
    }
}
