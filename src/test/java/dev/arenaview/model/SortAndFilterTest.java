package dev.arenaview.model;

import static dev.arenaview.model.Entries.entry;
import static dev.arenaview.model.Entries.withCi;
import static dev.arenaview.model.Entries.withCutoff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortAndFilterTest {

    static List<String> names(List<Entry> rows) {
        return rows.stream().map(Entry::model).toList();
    }

    static SortOrder by(Column column, boolean ascending) {
        return new SortOrder(List.of(new SortOrder.Key(column, ascending)));
    }

    @Test
    void votesSortNumericallyNotAsText() {
        List<Entry> rows = List.of(entry("a", 1, 1, 10_415, "X", "MIT"), entry("b", 2, 1, 9_142, "X", "MIT"),
                entry("c", 3, 1, 100_000, "X", "MIT"));
        assertEquals(List.of("b", "a", "c"), names(by(Column.VOTES, true).sort(rows)));
        assertEquals(List.of("c", "a", "b"), names(by(Column.VOTES, false).sort(rows)));
    }

    @Test
    void defaultOrderIsRankThenScoreDescendingKeepingFileOrderForTies() {
        List<Entry> rows = List.of(entry("late", 3, 1400, 1, "X", "MIT"), entry("tieLow", 2, 1300, 1, "X", "MIT"),
                entry("first", 1, 1500, 1, "X", "MIT"), entry("tieHigh", 2, 1350, 1, "X", "MIT"),
                entry("tieHigh2", 2, 1350, 1, "X", "MIT"));
        assertEquals(List.of("first", "tieHigh", "tieHigh2", "tieLow", "late"), names(SortOrder.DEFAULT.sort(rows)));
    }

    @Test
    void ciSortsByWidthWithUnknownLastBothWays() {
        Entry narrow = withCi(entry("narrow", 1, 1, 1, "X", "MIT"), new ConfidenceInterval(2, 2));
        Entry wide = withCi(entry("wide", 1, 1, 1, "X", "MIT"), new ConfidenceInterval(9, 8));
        Entry none = withCi(entry("none", 1, 1, 1, "X", "MIT"), ConfidenceInterval.UNKNOWN);
        List<Entry> rows = List.of(none, wide, narrow);
        assertEquals(List.of("narrow", "wide", "none"), names(by(Column.CI, true).sort(rows)));
        assertEquals(List.of("wide", "narrow", "none"), names(by(Column.CI, false).sort(rows)));
    }

    @Test
    void cutoffSortsByDateWithUnknownAndWordsLast() {
        Entry older = withCutoff(entry("older", 1, 1, 1, "X", "MIT"), "2023/9");
        Entry newer = withCutoff(entry("newer", 1, 1, 1, "X", "MIT"), "2023/10");
        Entry online = withCutoff(entry("online", 1, 1, 1, "X", "MIT"), "Online");
        Entry unknown = withCutoff(entry("unknown", 1, 1, 1, "X", "MIT"), "Unknown");
        List<Entry> rows = List.of(unknown, online, newer, older);
        assertEquals(List.of("older", "newer", "unknown", "online"), names(by(Column.CUTOFF, true).sort(rows)));
        assertEquals(List.of("newer", "older", "unknown", "online"), names(by(Column.CUTOFF, false).sort(rows)));
    }

    @Test
    void namesSortIgnoringCase() {
        List<Entry> rows = List.of(entry("beta", 1, 1, 1, "X", "MIT"), entry("Alpha", 1, 1, 1, "X", "MIT"),
                entry("alpha-2", 1, 1, 1, "X", "MIT"), entry("Gamma", 1, 1, 1, "X", "MIT"));
        assertEquals(List.of("Alpha", "alpha-2", "beta", "Gamma"), names(by(Column.MODEL, true).sort(rows)));
    }

    @Test
    void filterIsOrWithinAListAndAcrossListsAnd() {
        Entry g = entry("Gemini-2.5-Pro", 1, 1, 1, "Google", "Proprietary");
        Entry gm = entry("Gemma-3-27B-it", 1, 1, 1, "Google", "Gemma");
        Entry o = entry("GPT-4.1", 1, 1, 1, "OpenAI", "Proprietary");
        Entry d = entry("DeepSeek-R1", 1, 1, 1, "DeepSeek", "MIT");
        List<Entry> all = List.of(g, gm, o, d);
        Filter vendors = new Filter(Set.of("Google", "OpenAI"), Set.of(), "");
        assertEquals(List.of(g, gm, o), all.stream().filter(vendors).toList());
        Filter andLicense = vendors.withLicenses(Set.of("Proprietary"));
        assertEquals(List.of(g, o), all.stream().filter(andLicense).toList());
        Filter andSearch = andLicense.withSearch("GEMINI");
        assertEquals(List.of(g), all.stream().filter(andSearch).toList());
        assertTrue(andSearch.isActive());
        assertFalse(Filter.NONE.isActive());
        assertEquals(all, all.stream().filter(Filter.NONE).toList());
    }

    @Test
    void columnsAreFoundByTheirCommandLineNames() {
        assertEquals(Optional.of(Column.VOTES), Column.fromId("votes"));
        assertEquals(Optional.of(Column.ORGANIZATION), Column.fromId("organization"));
        assertEquals(Optional.of(Column.RANK_STYLECTRL), Column.fromId("StyleCtrl"));
        assertEquals(Optional.empty(), Column.fromId("colour"));
    }

    @Test
    void openLicencesOnlyKeepsPermissiveAndCommunityLicencesOnly() {
        List<Entry> all = List.of(entry("closed", 1, 1, 1, "X", "Proprietary"), entry("typo", 1, 1, 1, "X", "Propretary"),
                entry("none", 1, 1, 1, "X", ""), entry("mit", 1, 1, 1, "X", "MIT"),
                entry("llama", 1, 1, 1, "X", "Llama 3.1 Community"), entry("nc", 1, 1, 1, "X", "CC-BY-NC-4.0"),
                entry("other", 1, 1, 1, "X", "Other"), entry("new", 1, 1, 1, "X", "Frobnicator Public License"));
        Filter open = Filter.NONE.withOpenLicensesOnly(true);
        assertEquals(List.of("mit", "llama"), names(all.stream().filter(open).toList()),
                "proprietary, non-commercial, unstated and unmapped licences are not open");
        assertTrue(open.isActive());
    }

    @Test
    void ungroupedFilterMatchesOnlyTheExactPublishedValues() {
        Entry a = entry("a", 1, 1, 1, "DeepSeek", "Apache 2.0");
        Entry b = entry("b", 1, 1, 1, "DeepSeek AI", "Apache-2.0");
        Entry c = entry("c", 1, 1, 1, "Zhipu", "Propretary");
        List<Entry> all = List.of(a, b, c);
        assertEquals(List.of(a), all.stream().filter(new Filter(Set.of("DeepSeek"), Set.of(), "")).toList());
        assertEquals(List.of(b), all.stream().filter(new Filter(Set.of(), Set.of("Apache-2.0"), "")).toList());
        assertEquals(List.of(), all.stream().filter(new Filter(Set.of(), Set.of("OPEN_PERMISSIVE"), "")).toList(),
                "a class name is not a published licence");
    }

    @Test
    void groupedFilterMatchesCanonicalNamesAndClassesAsWellAsPublishedValues() {
        Entry a = entry("a", 1, 1, 1, "DeepSeek", "Apache 2.0");
        Entry b = entry("b", 1, 1, 1, "DeepSeek AI", "Apache-2.0");
        Entry c = entry("c", 1, 1, 1, "Zhipu", "Propretary");
        Entry d = entry("d", 1, 1, 1, "Z.ai", "MIT");
        Entry e = entry("e", 1, 1, 1, "Google", "Gemma license");
        List<Entry> all = List.of(a, b, c, d, e);
        Filter deepSeek = new Filter(Set.of("DeepSeek"), Set.of(), "", false, true);
        assertEquals(List.of(a, b), all.stream().filter(deepSeek).toList(), "both spellings of DeepSeek");
        Filter zhipu = new Filter(Set.of("Zhipu AI"), Set.of(), "", false, true);
        assertEquals(List.of(c, d), all.stream().filter(zhipu).toList(), "Zhipu and Z.ai are Zhipu AI");
        Filter permissive = new Filter(Set.of(), Set.of(LicenseClass.OPEN_PERMISSIVE.name()), "", false, true);
        assertEquals(List.of(a, b, d), all.stream().filter(permissive).toList());
        Filter proprietary = new Filter(Set.of(), Set.of(LicenseClass.PROPRIETARY.name()), "", false, true);
        assertEquals(List.of(c), all.stream().filter(proprietary).toList(), "the typo is proprietary");
        Filter rawInGrouped = new Filter(Set.of("DeepSeek AI"), Set.of("Gemma license", "MIT"), "", false, true);
        assertEquals(List.of(b), all.stream().filter(rawInGrouped.withLicenses(Set.of("Apache-2.0"))).toList(),
                "a published spelling still matches itself, and only itself");
        assertEquals(List.of(d, e), all.stream().filter(rawInGrouped.withVendors(Set.of())).toList());
        assertTrue(deepSeek.withGrouped(false).test(a));
        assertFalse(deepSeek.withGrouped(false).test(b), "ungrouped again, DeepSeek AI is another vendor");
    }
}
