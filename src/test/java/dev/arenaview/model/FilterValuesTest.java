package dev.arenaview.model;

import static dev.arenaview.model.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vendors and licences as typed, matched against a board's own values. */
class FilterValuesTest {

    static final List<Entry> ROWS = List.of(entry("a", 1, 1400, 10, "Google", "Proprietary"),
            entry("b", 2, 1390, 10, "DeepSeek", "MIT"), entry("c", 3, 1380, 10, "DeepSeek AI", "DeepSeek License"),
            entry("d", 4, 1370, 10, "OpenAI", "Apache 2.0"), entry("e", 5, 1360, 10, "OpenAI", "Apache-2.0"));

    @Test
    void aVendorIsMatchedIgnoringCaseAndACanonicalNameWinsOverASpelling() {
        assertEquals(Set.of("Google"), FilterValues.vendor("google", ROWS));
        assertEquals(Set.of("OpenAI"), FilterValues.vendor("OPENAI", ROWS));
        assertEquals(Set.of("DeepSeek"), FilterValues.vendor("deepseek", ROWS), "the canonical name, with its spellings");
        assertEquals(Set.of("DeepSeek AI"), FilterValues.vendor("deepseek ai", ROWS), "a published spelling alone");
        assertEquals(Set.of("DeepSeek AI"), FilterValues.vendor("DeepSeek AI", ROWS));
        assertEquals(Set.of(), FilterValues.vendor("Anthropic", ROWS), "a vendor known elsewhere but not on these rows");
        assertEquals(Set.of(), FilterValues.vendor("gogle", ROWS));
    }

    @Test
    void aLicenceIsAClassOrAPublishedValueIgnoringCase() {
        assertEquals(Set.of("MIT"), FilterValues.license("mit", ROWS));
        assertEquals(Set.of("Apache 2.0"), FilterValues.license("apache 2.0", ROWS), "only that spelling");
        assertEquals(Set.of(LicenseClass.OPEN_PERMISSIVE.name()), FilterValues.license("Open-Permissive", ROWS));
        assertEquals(Set.of(LicenseClass.NON_COMMERCIAL.name()), FilterValues.license("non-commercial", ROWS),
                "a class is a fixed name: taken even when no row has it");
        assertEquals(Set.of(), FilterValues.license("open-permisive", ROWS));
    }

    @Test
    void theFilterOfTheMatchedValuesKeepsWhatTheTypedOnesMean() {
        Filter filter = new Filter(FilterValues.vendor("deepseek", ROWS), FilterValues.license("mit", ROWS), "", false, true);
        assertEquals(List.of("b"), filter.keep(ROWS).stream().map(Entry::model).toList());
        assertTrue(new Filter(Set.of("deepseek"), Set.of(), "", false, true).keep(ROWS).isEmpty(),
                "the filter itself still compares exact values, as the window's lists need");
    }

    @Test
    void nearSpellingsComeNearestFirstAndFarOnesNotAtAll() {
        List<String> known = List.of("Google", "Google DeepMind", "OpenAI", "open-permissive", "open-restricted");
        assertEquals(List.of("Google"), Spelling.nearest("gogle", known, 3));
        assertEquals(List.of("open-permissive"), Spelling.nearest("open-permisive", known, 3));
        assertEquals(List.of("Google", "Google DeepMind"), Spelling.nearest("goo", known, 3), "those it begins");
        assertEquals(List.of("OpenAI", "open-permissive", "open-restricted"), Spelling.nearest("OPEN", known, 3),
                "shortest first among those it begins");
        assertEquals(List.of(), Spelling.nearest("xyzzy", known, 3));
        assertEquals(2, Spelling.nearest("open", known, 2).size(), "at most as many as asked");
    }
}
