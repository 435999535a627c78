package dev.arenaview.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which rows a view keeps: any of the chosen vendors (all when none is chosen), AND any of
 * the chosen licences, AND a model name containing the search text, ignoring case, AND
 * (when asked) an open licence.
 *
 * @param vendors          exact {@code organization} values to keep; empty keeps every vendor
 * @param licenses         exact {@code license} values to keep; empty keeps every licence
 * @param search           text the model name must contain, ignoring case; blank keeps every model
 * @param openLicensesOnly keep only models with an open licence ({@link Licenses#isOpen})
 */
public record Filter(Set<String> vendors, Set<String> licenses, String search, boolean openLicensesOnly)
        implements Predicate<Entry> {

    public static final Filter NONE = new Filter(Set.of(), Set.of(), "", false);

    public Filter {
        vendors = Set.copyOf(vendors);
        licenses = Set.copyOf(licenses);
        search = Objects.requireNonNull(search, "search").strip();
    }

    public Filter(Set<String> vendors, Set<String> licenses, String search) {
        this(vendors, licenses, search, false);
    }

    @Override
    public boolean test(Entry entry) {
        return (vendors.isEmpty() || vendors.contains(entry.organization()))
                && (licenses.isEmpty() || licenses.contains(entry.license()))
                && (!openLicensesOnly || Licenses.isOpen(entry.license()))
                && (search.isEmpty() || containsIgnoreCase(entry.model(), search));
    }

    public boolean isActive() {
        return !vendors.isEmpty() || !licenses.isEmpty() || !search.isEmpty() || openLicensesOnly;
    }

    public Filter withVendors(Set<String> newVendors) {
        return new Filter(newVendors, licenses, search, openLicensesOnly);
    }

    public Filter withLicenses(Set<String> newLicenses) {
        return new Filter(vendors, newLicenses, search, openLicensesOnly);
    }

    public Filter withSearch(String newSearch) {
        return new Filter(vendors, licenses, newSearch, openLicensesOnly);
    }

    public Filter withOpenLicensesOnly(boolean open) {
        return new Filter(vendors, licenses, search, open);
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
        char first = part.charAt(0);
        if (first >= 128) {
            for (int i = 0; i <= last; i++) {
                if (text.regionMatches(true, i, part, 0, n)) {
                    return true;
                }
            }
            return false;
        }
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper || c >= 128) && text.regionMatches(true, i, part, 0, n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Filter[vendors=%s, licenses=%s, search=%s, openLicensesOnly=%s]",
                vendors, licenses, search, openLicensesOnly);
    }
}
