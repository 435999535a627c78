package dev.arenaview.ui.chart;

import dev.arenaview.model.Entry;
import dev.arenaview.ui.shared.Messages;
import java.text.NumberFormat;

/** Texts the charts share: a model's tooltip, a vendor's name. */
final class ChartTexts {

    private ChartTexts() {
    }

    /** Name, vendor, score with its interval, and votes, for a tooltip. */
    static String describe(Messages messages, NumberFormat numbers, Entry e) {
        String score = score(e.score());
        String ci = e.ci().isKnown()
                ? messages.get("chart.tip.ci", score(e.score() - e.ci().minus()), score(e.score() + e.ci().plus()),
                        e.ci().toString())
                : messages.get("chart.tip.noCi");
        return messages.get("chart.tip.model", e.model(), vendor(messages, e.organization()), score, ci,
                numbers.format(e.votes()));
    }

    /** A score as the table writes it: a plain whole number, not grouped ({@code 1477}). */
    static String score(double value) {
        return Long.toString(Math.round(value));
    }

    /** The vendor as published, or "(none)" when the data states none. */
    static String vendor(Messages messages, String organization) {
        return organization.isBlank() ? messages.get("filter.value.empty") : organization;
    }
}
