package dev.arenaview.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which rows a view keeps: any of the chosen vendors (all when none is chosen), AND any of
 * the chosen licences, AND a model name containing the search text, ignoring case, AND
 * (when asked) an open licence.
 *
 * <p>Ungrouped, vendors and licences are the exact published values. Grouped, a value also
 * matches through the {@link Taxonomy}: a vendor value is a canonical name
 * ({@code DeepSeek} keeps {@code DeepSeek AI} too) and a licence value may be a
 * {@link LicenseClass#name() class name} ({@code OPEN_PERMISSIVE} keeps {@code MIT} and
 * {@code Apache 2.0}); published values still match themselves.
 *
 * @param vendors          {@code organization} values (or, grouped, canonical names) to keep;
 *                         empty keeps every vendor
 * @param licenses         {@code license} values (or, grouped, class names) to keep; empty keeps
 *                         every licence
 * @param search           text the model name must contain, ignoring case; blank keeps every model
 * @param openLicensesOnly keep only models with an open licence ({@link Licenses#isOpen})
 * @param grouped          match vendors by canonical name and licences by class as well
 */
public record Filter(Set<String> vendors, Set<String> licenses, String search, boolean openLicensesOnly,
                     boolean grouped) implements Predicate<Entry> {

    public static final Filter NONE = new Filter(Set.of(), Set.of(), "", false, false);

    public Filter {
        vendors = Set.copyOf(vendors);
        licenses = Set.copyOf(licenses);
        search = Objects.requireNonNull(search, "search").strip();
    }

    /** An ungrouped filter: vendors and licences are exact published values. */
    public Filter(Set<String> vendors, Set<String> licenses, String search, boolean openLicensesOnly) {
        this(vendors, licenses, search, openLicensesOnly, false);
    }

    public Filter(Set<String> vendors, Set<String> licenses, String search) {
        this(vendors, licenses, search, false);
    }

    // Runs for every row on every keystroke: the taxonomy answers from its cache by the raw
    // string, and a class is compared by its name, so no row allocates.
    @Override
    public boolean test(Entry entry) {
        return (vendors.isEmpty() || keepsVendor(entry.organization()))
                && (licenses.isEmpty() || keepsLicense(entry.license()))
                && (!openLicensesOnly || Licenses.isOpen(entry.license()))
                && (search.isEmpty() || containsIgnoreCase(entry.model(), search));
    }

    /** Beyond this many rows, {@link #keep} tests them on every core. */
    private static final int PARALLEL_ROWS = 200_000;

    /** The rows this filter keeps, in their order. */
    public List<Entry> keep(List<Entry> rows) {
        if (rows.size() > PARALLEL_ROWS) {
            return rows.parallelStream().filter(this).collect(Collectors.toList());
        }
        List<Entry> kept = new ArrayList<>();
        for (Entry e : rows) {
            if (test(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    private boolean keepsVendor(String organization) {
        return vendors.contains(organization)
                || grouped && vendors.contains(Taxonomy.standard().vendor(organization));
    }

    private boolean keepsLicense(String license) {
        return licenses.contains(license)
                || grouped && licenses.contains(Taxonomy.standard().licenseClass(license).name());
    }

    /**
     * Whether every row this filter keeps is also kept by {@code wider}: the same choices, and a
     * search that contains the wider one's (typing one more letter). The rows shown for the
     * wider filter are then all a keystroke has to go through.
     */
    public boolean narrows(Filter wider) {
        return vendors.equals(wider.vendors) && licenses.equals(wider.licenses)
                && openLicensesOnly == wider.openLicensesOnly && grouped == wider.grouped
                && containsIgnoreCase(search, wider.search);
    }

    public boolean isActive() {
        return !vendors.isEmpty() || !licenses.isEmpty() || !search.isEmpty() || openLicensesOnly;
    }

    public Filter withVendors(Set<String> newVendors) {
        return new Filter(newVendors, licenses, search, openLicensesOnly, grouped);
    }

    public Filter withLicenses(Set<String> newLicenses) {
        return new Filter(vendors, newLicenses, search, openLicensesOnly, grouped);
    }

    public Filter withSearch(String newSearch) {
        return new Filter(vendors, licenses, newSearch, openLicensesOnly, grouped);
    }

    public Filter withOpenLicensesOnly(boolean open) {
        return new Filter(vendors, licenses, search, open, grouped);
    }

    /** The same values, read as canonical names and classes (true) or as published values. */
    public Filter withGrouped(boolean group) {
        return new Filter(vendors, licenses, search, openLicensesOnly, group);
    }

    /**
     * Case-insensitive substring test, as {@link String#regionMatches(boolean, int, String, int, int)}
     * decides it, that allocates nothing. It runs over every row at each keystroke, so it
     * first looks for the search's first letter with plain character comparisons and only
     * compares the whole text where that letter is (or where a non-ASCII character might
     * fold to it).
     */
    static boolean containsIgnoreCase(String text, String part) {
        int n = part.length();
        int last = text.length() - n;
        if (n == 0 || last < 0) {
            return last >= 0;
        }
        if (!isAscii(part)) {
            for (int i = 0; i <= last; i++) {
                if (text.regionMatches(true, i, part, 0, n)) {
                    return true;
                }
            }
            return false;
        }
        char first = part.charAt(0);
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper || c >= 128) && matchesAsciiAt(text, i, part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} holds the ASCII {@code part} at {@code at}, ignoring case. Case is
     * folded one character at a time, as {@code regionMatches} does; only a non-ASCII
     * character of the text (the Kelvin sign folds to k) is handed to it.
     */
    private static boolean matchesAsciiAt(String text, int at, String part) {
        for (int j = 0; j < part.length(); j++) {
            char t = text.charAt(at + j);
            char p = part.charAt(j);
            if (t == p) {
                continue;
            }
            if (t < 128) {
                if ((t | 0x20) != (p | 0x20) || (p | 0x20) < 'a' || (p | 0x20) > 'z') {
                    return false;
                }
            } else if (!text.regionMatches(true, at + j, part, j, 1)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Filter[vendors=%s, licenses=%s, search=%s, openLicensesOnly=%s, grouped=%s]",
                vendors, licenses, search, openLicensesOnly, grouped);
    }
}
