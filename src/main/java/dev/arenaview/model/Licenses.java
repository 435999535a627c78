package dev.arenaview.model;

import java.util.Locale;
import java.util.Set;

/**
 * Tells open licences from closed or unknown ones, for the "open licences only" filter.
 * Upstream spells licences freely, so this only sets apart what is plainly not open:
 * proprietary (including upstream's typo {@code Propretary}) and no stated licence.
 */
public final class Licenses {

    private static final Set<String> NOT_OPEN = Set.of("proprietary", "propretary", "unknown", "n/a", "-");

    private Licenses() {
    }

    /** True for a stated licence other than proprietary. */
    public static boolean isOpen(String license) {
        String l = license.strip().toLowerCase(Locale.ROOT);
        return !l.isEmpty() && !NOT_OPEN.contains(l);
    }
}
