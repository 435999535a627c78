package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search index of the names must find exactly the rows the search box's rule finds
 * ({@link Filter#containsIgnoreCase}), for any names and any typed text: it is what a keystroke
 * on a large board uses.
 */
class SearchIndexTest {

    // Non-ASCII letters that fold to ASCII ones (Kelvin sign, long s, dotted and dotless i) included.
    private static final String ALPHABET = "aAbBgGkKsSiIzZ-._ 09\u212A\u017F\u0130\u0131éÉß模";

    private static Entry named(String model) {
        return Entries.entry(model, 1, 1300, 10, "v", "l");
    }

    private static void assertFindsWhatTheFilterFinds(Entry[] rows, String part) {
        long[] hits = new SearchIndex(rows).matching(part);
        for (int r = 0; r < rows.length; r++) {
            assertEquals(Filter.containsIgnoreCase(rows[r].model(), part), SearchIndex.isSet(hits, r),
                    "\"" + part + "\" in row " + r + " \"" + rows[r].model() + "\"");
        }
        for (int r = rows.length; r < hits.length * 64; r++) {
            assertEquals(false, SearchIndex.isSet(hits, r), "no row " + r);
        }
    }

    @Test
    void findsExactlyTheRowsTheSearchRuleFindsOnRandomNames() {
        Random random = new Random(20261128);
        for (int round = 0; round < 3_000; round++) {
            int n = 1 + random.nextInt(70);
            Entry[] rows = new Entry[n];
            // Mostly ASCII names, as upstream's, of lengths across the index's eight-byte words.
            String alphabet = random.nextInt(4) == 0 ? ALPHABET : "aAbBcfgGkKsSzZ-.01";
            for (int r = 0; r < n; r++) {
                rows[r] = named(SearchMatchTest.randomText(random, alphabet, 1 + random.nextInt(20)));
            }
            for (int k = 0; k < 4; k++) {
                String part;
                if (k % 2 == 0) {
                    // Part of a name, in another case: what a user types.
                    String name = rows[random.nextInt(n)].model();
                    int from = name.isEmpty() ? 0 : random.nextInt(name.length());
                    int to = from + random.nextInt(name.length() - from + 1);
                    part = random.nextBoolean() ? name.substring(from, to).toUpperCase(java.util.Locale.ROOT)
                            : name.substring(from, to);
                } else {
                    part = SearchMatchTest.randomText(random, ALPHABET, 3);
                }
                if (!part.isEmpty()) {
                    assertFindsWhatTheFilterFinds(rows, part);
                }
            }
        }
    }

    @Test
    void aMatchNeverRunsFromOneNameIntoTheNext() {
        Entry[] rows = {named("gemin"), named("i-2"), named("GEMINI"), named(""), named("x"), named("gemini")};
        assertFindsWhatTheFilterFinds(rows, "gemini");
        assertFindsWhatTheFilterFinds(rows, "ni-");
        assertFindsWhatTheFilterFinds(rows, "n");
        assertEquals(List.of(false, false, true, false, false, true), found(rows, "gemini"));
    }

    @Test
    void aLetterNextToTheFirstLettersCodeIsNotTakenForIt() {
        // Looking at eight bytes at once also flags a byte one code above or below the search's
        // first letter when it follows that letter ("gf"): such a place must be checked in full.
        Entry[] rows = {named("gfx"), named("Gfx-gx"), named("bcd"), named("01-1")};
        assertEquals(List.of(false, true, false, false), found(rows, "gx"));
        assertEquals(List.of(false, false, false, false), found(rows, "bd"));
        assertEquals(List.of(false, false, false, false), found(rows, "0-"));
        assertEquals(List.of(false, false, false, true), found(rows, "1-"));
    }

    @Test
    void aLargeBoardSearchedOnEveryCoreFindsTheSameRows() {
        // Several hundred thousand rows: the index splits the search among tasks.
        Random random = new Random(11);
        String[] stems = {"gpt-4o", "Gemini-2.5-Pro", "claude-opus", "Qwen3", "Ǵrok-\u212Aai", "llama-3.1-405b"};
        Entry[] rows = new Entry[300_001];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = named(stems[random.nextInt(stems.length)] + "-" + random.nextInt(100_000));
        }
        for (String part : List.of("g", "GEM", "-99", "kai", "\u212Aai", "405b-1", "zzz")) {
            assertFindsWhatTheFilterFinds(rows, part);
        }
    }

    @Test
    void aNameJustBeforeWhereOneCoresShareEndsIsNotFoundInTheNextRow() {
        // Short names put the end of the last row of one task's share and the start of the
        // next share's first row in the same eight bytes: a match in the first must not be
        // counted for the second.
        Entry[] rows = new Entry[SearchIndex.ROWS_PER_TASK * 2];
        Arrays.fill(rows, named("x"));
        rows[SearchIndex.ROWS_PER_TASK - 1] = named("gemini");
        rows[rows.length - 1] = named("mini");
        List<Boolean> found = found(rows, "ini");
        List<Integer> rowsFound = new ArrayList<>();
        for (int r = 0; r < found.size(); r++) {
            if (found.get(r)) {
                rowsFound.add(r);
            }
        }
        assertEquals(List.of(SearchIndex.ROWS_PER_TASK - 1, rows.length - 1), rowsFound);
    }

    private static List<Boolean> found(Entry[] rows, String part) {
        long[] hits = new SearchIndex(rows).matching(part);
        List<Boolean> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            out.add(SearchIndex.isSet(hits, r));
        }
        return out;
    }
}
