package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search box finds a model whatever the case of what is typed, as Java compares text without case. */
class SearchMatchTest {

    /** The plain definition: some position where the text matches the search ignoring case. */
    private static boolean reference(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void typedTextMatchesNamesInAnyCase() {
        Filter gem = Filter.NONE.withSearch("GEM");
        assertTrue(gem.test(Entries.entry("gemini-2.5-pro", 1, 1400, 10, "Google", "Proprietary")));
        assertTrue(Filter.NONE.withSearch("pro").test(Entries.entry("Gemini-2.5-PRO", 1, 1400, 10, "Google", "")));
        assertFalse(gem.test(Entries.entry("claude-opus-4", 1, 1400, 10, "Anthropic", "")));
        assertTrue(Filter.NONE.withSearch("模型").test(Entries.entry("大模型-1", 1, 1400, 10, "智谱", "")));
        assertTrue(Filter.NONE.withSearch("é").test(Entries.entry("ÉCLAIR", 1, 1400, 10, "x", "")));
    }

    @Test
    void agreesWithJavasCaseInsensitiveComparisonOnRandomText() {
        // Characters that fold across the ASCII boundary (Kelvin sign, long s, dotted I) included.
        String alphabet = "aAbBkKsSiIzZ-. 0\u212A\u017F\u0130\u0131éÉß模型";
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, alphabet, 12);
            String part = randomText(random, alphabet, 3);
            assertEquals(reference(text, part), Filter.containsIgnoreCase(text, part), text + " / " + part);
        }
    }

    /** Up to {@code maxLength} characters of the alphabet (also used by {@link SearchIndexTest}). */
    static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void aLongerSearchKeepsOnlyRowsTheShorterKept() {
        // The window filters only the rows already shown when a keystroke narrows the search.
        Filter g = Filter.NONE.withSearch("g");
        Filter gem = Filter.NONE.withSearch("GEM");
        assertTrue(gem.narrows(g));
        assertTrue(gem.narrows(Filter.NONE));
        assertFalse(g.narrows(gem), "deleting a letter widens");
        assertFalse(gem.withOpenLicensesOnly(true).narrows(g.withOpenLicensesOnly(false)), "other choices differ");
        assertFalse(Filter.NONE.withSearch("ab").narrows(Filter.NONE.withSearch("b a")));
        String alphabet = "aAbB- \u212A";
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            Filter wide = Filter.NONE.withSearch(randomText(random, alphabet, 2));
            Filter narrow = Filter.NONE.withSearch(randomText(random, alphabet, 4));
            Entry e = Entries.entry("m" + randomText(random, alphabet, 8), 1, 1300, 10, "v", "l");
            if (narrow.narrows(wide) && narrow.test(e)) {
                assertTrue(wide.test(e), narrow.search() + " narrows " + wide.search() + " for " + e.model());
            }
        }
    }
}
