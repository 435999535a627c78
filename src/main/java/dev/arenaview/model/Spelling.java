package dev.arenaview.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which known names a mistyped one is close to, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {
    }

    /** Edits (insert, delete, replace) from one text to the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * Up to {@code max} of the known names that {@code typed} may have meant, ignoring case:
     * those it begins (from two letters on), then those a few edits away (one edit per three
     * letters, at least one and at most three), nearest first. Empty when none is close: a
     * far-fetched guess misleads more than none.
     */
    public static List<String> nearest(String typed, Collection<String> known, int max) {
        String t = fold(typed);
        int allowed = Math.max(1, Math.min(3, t.length() / 3));
        return known.stream()
                .filter(k -> !k.isBlank())
                .filter(k -> startsWith(k, t) || distance(t, fold(k)) <= allowed)
                .sorted(Comparator.comparingInt((String k) -> startsWith(k, t) ? 0 : 1)
                        .thenComparingInt(k -> distance(t, fold(k)))
                        .thenComparing(Spelling::fold))
                .distinct()
                .limit(max)
                .toList();
    }

    private static boolean startsWith(String known, String typed) {
        return typed.length() >= 2 && fold(known).startsWith(typed);
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
