package dev.arenaview.ui.chart;

import dev.arenaview.model.Entry;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What colours the points of a chart: a class for each model, from an enum, and the text of
 * each class for the legend. Any enum will do, so another classification (a finer licence
 * class, say) plugs in without touching the charts.
 *
 * @param classes  every class, in the legend's order (and the order of the palette)
 * @param classify the class of a model
 * @param label    the legend's text of a class
 */
public record ColourKey<K extends Enum<K>>(List<K> classes, Function<Entry, K> classify, Function<K, String> label) {

    public ColourKey {
        classes = List.copyOf(classes);
        Objects.requireNonNull(classify, "classify");
        Objects.requireNonNull(label, "label");
    }

    /** A key over all the values of an enum, in their declared order. */
    public static <K extends Enum<K>> ColourKey<K> of(Class<K> type, Function<Entry, K> classify,
                                                      Function<K, String> label) {
        return new ColourKey<>(List.of(type.getEnumConstants()), classify, label);
    }

    /** The index of the model's class in {@link #classes()}, which picks its colour. */
    public int indexOf(Entry entry) {
        return classes.indexOf(classify.apply(entry));
    }

    /** The legend's text of the class at an index. */
    public String labelAt(int index) {
        return label.apply(classes.get(index));
    }
}
