package dev.arenaview.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Vendors and licences as a person types them, ignoring case, turned into the values a
 * {@linkplain Filter#grouped() grouped} {@link Filter} holds. The filter itself still compares
 * exact values, so the window's lists, which hold published values, filter as before.
 */
public final class FilterValues {

    /** Sorted ignoring case, then as written, so that "DeepSeek" and "deepseek" both stay. */
    private static final Comparator<String> READING_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private FilterValues() {
    }

    /**
     * What a typed vendor keeps on these rows: the value itself when it is a canonical name or
     * a published value as written; else the canonical names equal to it ignoring case (a
     * canonical name keeps all its spellings); else the published values equal to it ignoring
     * case. Empty when it names none of the rows' vendors.
     */
    public static Set<String> vendor(String typed, Collection<Entry> rows) {
        Set<String> canonical = new TreeSet<>(READING_ORDER);
        Set<String> published = new TreeSet<>(READING_ORDER);
        for (Entry e : rows) {
            published.add(e.organization());
            canonical.add(Taxonomy.standard().vendor(e.organization()));
        }
        if (canonical.contains(typed) || published.contains(typed)) {
            return Set.of(typed);
        }
        Set<String> names = equalIgnoringCase(typed, canonical);
        return names.isEmpty() ? equalIgnoringCase(typed, published) : names;
    }

    /**
     * What a typed licence keeps: a {@linkplain LicenseClass#fromId class} (by its
     * {@link LicenseClass#name() name}, as the filter holds classes), even when no row has it,
     * since the classes are a fixed list; else the value itself when a row has it as written;
     * else the published values equal to it ignoring case. Empty when it is neither a class
     * nor one of the rows' licences.
     */
    public static Set<String> license(String typed, Collection<Entry> rows) {
        Optional<LicenseClass> c = LicenseClass.fromId(typed);
        if (c.isPresent()) {
            return Set.of(c.get().name());
        }
        Set<String> published = licenses(rows);
        if (published.contains(typed)) {
            return Set.of(typed);
        }
        return equalIgnoringCase(typed, published);
    }

    /** Every vendor a typed value may name on these rows: canonical names and published values, in reading order. */
    public static Set<String> vendorNames(Collection<Entry> rows) {
        Set<String> names = new TreeSet<>(READING_ORDER);
        for (Entry e : rows) {
            names.add(e.organization());
            names.add(Taxonomy.standard().vendor(e.organization()));
        }
        names.removeIf(String::isBlank);
        return names;
    }

    /** The licences published on these rows, in reading order (an empty licence left out). */
    public static Set<String> licenseNames(Collection<Entry> rows) {
        Set<String> names = licenses(rows);
        names.removeIf(String::isBlank);
        return names;
    }

    private static Set<String> licenses(Collection<Entry> rows) {
        Set<String> names = new TreeSet<>(READING_ORDER);
        for (Entry e : rows) {
            names.add(e.license());
        }
        return names;
    }

    private static Set<String> equalIgnoringCase(String typed, Set<String> values) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        Set<String> equal = new LinkedHashSet<>();
        for (String v : values) {
            if (v.strip().toLowerCase(Locale.ROOT).equals(t)) {
                equal.add(v);
            }
        }
        return equal;
    }
}
