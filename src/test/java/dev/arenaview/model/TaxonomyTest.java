package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.source.BundledData;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    static final Taxonomy TAXONOMY = Taxonomy.standard();

    /** The bundled day and the fixtures copied from real releases (not the made-up Acme ones). */
    static List<Leaderboard> realData() throws Exception {
        List<Leaderboard> boards = new ArrayList<>(List.of(BundledData.load()));
        for (String fixture : List.of("lmsys_2024.06.01.csv", "lmsys_2024.08.15.csv", "lmarena_vision_20250804.csv")) {
            Path file = Path.of(TaxonomyTest.class.getResource("/dev/arenaview/csv/" + fixture).toURI());
            boards.add(new LeaderboardReader().read(file));
        }
        return boards;
    }

    @Test
    void everyLicenceOfTheDataHasALineInTheMapping() throws Exception {
        Map<String, String> unmapped = new TreeMap<>();
        for (Leaderboard board : realData()) {
            for (Entry e : board.entries()) {
                if (TAXONOMY.mappedLicense(e.license()).isEmpty()) {
                    unmapped.put(e.license(), e.model() + " in " + board.source().location());
                }
            }
        }
        assertEquals(Map.of(), unmapped, "add these spellings to licenses.properties");
    }

    @Test
    void everyVendorOfTheDataHasALineInTheMapping() throws Exception {
        Map<String, String> unmapped = new TreeMap<>();
        for (Leaderboard board : realData()) {
            for (Entry e : board.entries()) {
                if (TAXONOMY.mappedVendor(e.organization()).isEmpty()) {
                    unmapped.put(e.organization(), e.model() + " in " + board.source().location());
                }
            }
        }
        assertEquals(Map.of(), unmapped, "add these spellings to vendors.properties");
    }

    @Test
    void aSpellingWithoutALineIsNotMappedButFallsBack() {
        assertEquals(Optional.empty(), TAXONOMY.mappedLicense("Frobnicator Public License 9"));
        assertEquals(LicenseClass.UNKNOWN, TAXONOMY.licenseClass("Frobnicator Public License 9"));
        assertEquals(Optional.of(LicenseClass.UNKNOWN), TAXONOMY.mappedLicense("Other"), "Other is known to tell nothing");
        assertEquals(Optional.of(LicenseClass.UNKNOWN), TAXONOMY.mappedLicense(""), "no licence stated");
        assertEquals(Optional.empty(), TAXONOMY.mappedVendor("Acme"));
        assertEquals("Acme Robotics", TAXONOMY.vendor("  Acme Robotics "), "an unknown vendor keeps its name, stripped");
    }

    @ParameterizedTest
    @CsvSource({
        "Apache 2.0, OPEN_PERMISSIVE", "Apache-2.0, OPEN_PERMISSIVE", "apache_2.0 License, OPEN_PERMISSIVE",
        "MIT, OPEN_PERMISSIVE", "BSD-3-Clause, OPEN_PERMISSIVE", "CC-BY-4.0, OPEN_PERMISSIVE",
        "Proprietary, PROPRIETARY", "Propretary, PROPRIETARY", "PROPRIETARY, PROPRIETARY",
        "Llama 2 Community, OPEN_RESTRICTED", "Llama-3.3, OPEN_RESTRICTED", "Llama 3.1 Community License, OPEN_RESTRICTED",
        "Llama 4, OPEN_RESTRICTED", "Gemma, OPEN_RESTRICTED", "Gemma license, OPEN_RESTRICTED",
        "Qianwen LICENSE, OPEN_RESTRICTED", "Qwen, OPEN_RESTRICTED", "DeepSeek License, OPEN_RESTRICTED",
        "Jamba Open Model, OPEN_RESTRICTED", "NVIDIA Open Model, OPEN_RESTRICTED", "Falcon-180B TII License, OPEN_RESTRICTED",
        "Yi License, OPEN_RESTRICTED",
        "CC-BY-NC-4.0, NON_COMMERCIAL", "CC-BY-NC-SA-4.0, NON_COMMERCIAL", "Non-commercial, NON_COMMERCIAL",
        "research only, NON_COMMERCIAL", "MRL, NON_COMMERCIAL",
        "Other, UNKNOWN", "'', UNKNOWN", "' - ', UNKNOWN"})
    void licenceSpellingsFallIntoTheirClass(String raw, LicenseClass expected) {
        assertEquals(expected, TAXONOMY.licenseClass(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({
        "DeepSeek, DeepSeek", "DeepSeek AI, DeepSeek", "deepseek-ai, DeepSeek",
        "Zhipu, Zhipu AI", "Zhipu AI, Zhipu AI", "Z.ai, Zhipu AI", "ZhipuAI, Zhipu AI",
        "NexusFlow, Nexusflow", "Nexusflow, Nexusflow", "Allen AI, Ai2", "Ai2, Ai2",
        "Alibaba, Alibaba", "Qwen, Alibaba", "Moonshot, Moonshot AI", "MiniMax, MiniMax", "Meta AI, Meta",
        "Mistral AI, Mistral", "xAI, xAI", "Tencent, Tencent", "Nvidia, NVIDIA", "Google DeepMind, Google"})
    void vendorSpellingsShareOneName(String raw, String canonical) {
        assertEquals(canonical, TAXONOMY.vendor(raw), raw);
    }

    @Test
    void groupingTheBundledDataMergesSpellings() {
        TreeSet<String> raw = new TreeSet<>();
        TreeSet<String> canonical = new TreeSet<>();
        for (Entry e : BundledData.load().entries()) {
            raw.add(e.organization());
            canonical.add(TAXONOMY.vendor(e.organization()));
        }
        assertEquals(48, raw.size());
        assertTrue(canonical.contains("DeepSeek") && !canonical.contains("DeepSeek AI"));
        assertTrue(canonical.contains("Zhipu AI") && !canonical.contains("Zhipu"));
        assertEquals(48 - 5, canonical.size(), "DeepSeek AI, Zhipu, NexusFlow, Allen AI and AllenAI/UW merge into others");
    }

    @Test
    void keysFoldCaseBlanksHyphensUnderscoresAndALicenceSuffix() {
        assertEquals("apache-2.0", Taxonomy.licenseKey("  Apache   2.0 "));
        assertEquals("apache-2.0", Taxonomy.licenseKey("apache_2.0 License"));
        assertEquals("gemma", Taxonomy.licenseKey("Gemma licence agreement"));
        assertEquals("license", Taxonomy.licenseKey("License"), "a suffix alone is the whole key");
        assertEquals("deepseek-ai", Taxonomy.vendorKey("DeepSeek\u00a0-_AI"));
        assertEquals("z.ai", Taxonomy.vendorKey("Z.ai"));
    }

    @Test
    void onlyBothOpenKindsAreOpen() {
        assertTrue(LicenseClass.OPEN_PERMISSIVE.isOpen());
        assertTrue(LicenseClass.OPEN_RESTRICTED.isOpen());
        assertFalse(LicenseClass.PROPRIETARY.isOpen());
        assertFalse(LicenseClass.NON_COMMERCIAL.isOpen());
        assertFalse(LicenseClass.UNKNOWN.isOpen());
        assertTrue(Licenses.isOpen("Apache-2.0"));
        assertTrue(Licenses.isOpen("Llama 3.1 Community"));
        assertFalse(Licenses.isOpen("Propretary"));
        assertFalse(Licenses.isOpen("CC-BY-NC-4.0"));
        assertFalse(Licenses.isOpen(""));
        assertFalse(Licenses.isOpen("Frobnicator Public License 9"), "an unmapped licence is not taken for open");
    }

    @Test
    void classesAreReadByIdOrName() {
        assertEquals(Optional.of(LicenseClass.OPEN_PERMISSIVE), LicenseClass.fromId("open-permissive"));
        assertEquals(Optional.of(LicenseClass.OPEN_PERMISSIVE), LicenseClass.fromId("OPEN_PERMISSIVE"));
        assertEquals(Optional.of(LicenseClass.NON_COMMERCIAL), LicenseClass.fromId("Non-commercial"));
        assertEquals(Optional.empty(), LicenseClass.fromId("MIT"));
        assertEquals(Optional.of(LicenseClass.UNKNOWN), LicenseClass.fromName("UNKNOWN"));
        assertEquals(Optional.empty(), LicenseClass.fromName("Unknown"), "a published spelling is not a class name");
    }

    @Test
    void aMistakeInTheFilesIsRefusedWhenRead() {
        IllegalArgumentException badClass = assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.parse(new StringReader("mit = open-ish\n"), new StringReader("")));
        assertTrue(badClass.getMessage().contains("\"open-ish\" (for mit) is not a licence class"), badClass.getMessage());
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.parse(new StringReader(""), new StringReader("deepseek-ai = DeepSeek\nDeepSeek_AI = Other\n")));
        assertTrue(clash.getMessage().contains("same spelling as another line (deepseek-ai)"), clash.getMessage());
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.parse(new StringReader(""), new StringReader("acme =\n")));
        assertTrue(noName.getMessage().contains("acme has no canonical name"), noName.getMessage());
    }

    @Test
    void aLineMayBeWrittenInAnySpelling() throws Exception {
        Taxonomy t = Taxonomy.parse(new StringReader("Apache-2.0 = Open-Permissive\n"),
                new StringReader("Black_Forest-Labs = Black Forest Labs\n"));
        assertEquals(LicenseClass.OPEN_PERMISSIVE, t.licenseClass("apache 2.0"));
        assertEquals("Black Forest Labs", t.vendor("black forest labs"));
    }
}
