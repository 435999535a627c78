package dev.arenaview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), NOW);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path badFile() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n"
                + "2,2,B,n/a,+5/-5,100,X,MIT,,https://b.example\n");
        return bad;
    }

    @Test
    void exportWithoutOptionsPrintsTheChineseReportOfTheBundledData() {
        Result r = run("export");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# LLM Arena 排行榜 (2025-06-27)\n"), "half a year old on " + NOW + ": not live");
        assertTrue(r.out().contains("> **数据更新时间**: 2025-06-27 UTC\n"), "the data's own date is the default time");
        assertEquals(211, r.out().lines().filter(l -> l.startsWith("|")).count());
        assertEquals("", r.err());
    }

    @Test
    void filtersSortLanguageAndTimeShapeTheReport() {
        Result r = run("export", "--lang", "en", "--vendor", "Google", "--vendor", "OpenAI", "--license", "Proprietary",
                "--search", "GEMINI", "--sort", "votes", "--time", "2025-06-27T11:42:07Z");
        assertEquals(0, r.status(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| ")).skip(1).toList();
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            assertTrue(row.toLowerCase().contains("[gemini"), row);
            assertTrue(row.contains("| Google "), row);
        }
        assertTrue(r.out().contains("2025-06-27 11:42:07 UTC / 2025-06-27 19:42:07 CST (Beijing)"));
        assertTrue(r.out().contains("model name contains \"GEMINI\""));
    }

    @Test
    void openOnlyDropsProprietaryNonCommercialAndUnstatedLicences() {
        Result r = run("export", "--lang", "en", "--open-only");
        assertEquals(0, r.status(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| ")).skip(1).toList();
        assertEquals(106, rows.size());
        assertTrue(rows.stream().noneMatch(l -> l.contains("| Proprietary ") || l.contains("| Propretary ")
                || l.contains("| CC-BY-NC-4.0 ") || l.contains("| Other ")));
        assertTrue(r.out().contains("open licences only"));
    }

    static List<List<String>> reportRows(String report) {
        return report.lines().filter(l -> l.startsWith("| ")).skip(1)
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|")).map(String::strip).toList())
                .toList();
    }

    @Test
    void licenseTakesAClassAndKeepsEverySpellingOfIt() {
        Result r = run("export", "--lang", "en", "--license", "open-permissive");
        assertEquals(0, r.status(), r.err());
        List<List<String>> rows = reportRows(r.out());
        assertEquals(22 + 12 + 13, rows.size(), "Apache 2.0, Apache-2.0 and MIT models");
        assertEquals(Set.of("Apache 2.0", "Apache-2.0", "MIT"), rows.stream().map(row -> row.get(7)).collect(Collectors.toSet()));
        assertTrue(r.out().contains("> This table is a filtered view: license is any open (permissive) licence."), r.out());

        Result exact = run("export", "--lang", "en", "--license", "Apache-2.0", "--license", "non-commercial");
        assertEquals(Set.of("Apache-2.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "MRL", "Mistral Research", "NexusFlow",
                "Non-commercial"), reportRows(exact.out()).stream().map(row -> row.get(7)).collect(Collectors.toSet()),
                "a published value keeps only itself, a class all of its spellings");
    }

    @Test
    void vendorTakesACanonicalNameOrThePublishedValue() {
        List<List<String>> grouped = reportRows(run("export", "--vendor", "DeepSeek").out());
        assertEquals(8, grouped.size());
        assertEquals(Set.of("DeepSeek", "DeepSeek AI"), grouped.stream().map(row -> row.get(6)).collect(Collectors.toSet()));
        List<List<String>> exact = reportRows(run("export", "--vendor", "DeepSeek AI").out());
        assertEquals(2, exact.size(), "DeepSeek AI as published is only those two rows");
        assertEquals(3, reportRows(run("export", "--vendor", "Zhipu AI").out()).size(), "Zhipu and Zhipu AI");
    }

    @Test
    void vendorAndLicenceIgnoreCaseAsSearchDoes() {
        assertEquals(reportRows(run("export", "--vendor", "Google").out()), reportRows(run("export", "--vendor", "google").out()));
        List<List<String>> openai = reportRows(run("export", "--vendor", "OPENAI").out());
        assertEquals(22, openai.size());
        assertEquals(Set.of("OpenAI"), openai.stream().map(row -> row.get(6)).collect(Collectors.toSet()));
        Result mit = run("export", "--lang", "en", "--license", "mit");
        assertEquals(Set.of("MIT"), reportRows(mit.out()).stream().map(row -> row.get(7)).collect(Collectors.toSet()));
        assertEquals(13, reportRows(mit.out()).size());
        assertTrue(mit.out().contains("> This table is a filtered view: license is MIT."), "named as published");
        assertEquals(Set.of("Apache 2.0"), reportRows(run("export", "--license", "apache 2.0").out()).stream()
                .map(row -> row.get(7)).collect(Collectors.toSet()), "that spelling only; open-permissive has them all");
    }

    @Test
    void aVendorOrLicenceOnNoRowIsBadUsageNamingItAndTheNearest() {
        Result vendor = run("export", "--vendor", "gogle", "--output", dir.resolve("report.md").toString());
        assertEquals(2, vendor.status());
        List<String> lines = vendor.err().lines().toList();
        assertEquals(2, lines.size(), vendor.err());
        assertEquals("arenaview: export: no vendor 'gogle' on the text leaderboard of 2025-06-27; did you mean Google?",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("arenaview: export: its vendors: 01 AI, 01.AI, Ai2, "), lines.get(1));
        assertTrue(lines.get(1).contains(", Google, "), "every one, to choose from");
        assertFalse(Files.exists(dir.resolve("report.md")), "no empty report is written");

        Result licence = run("export", "--license", "open-permisive");
        assertEquals(2, licence.status());
        assertEquals("", licence.out());
        assertTrue(licence.err().startsWith("arenaview: export: no licence 'open-permisive' on the text leaderboard of"
                + " 2025-06-27; did you mean open-permissive?\n"
                + "arenaview: export: licence classes: proprietary, open-permissive, open-restricted, non-commercial,"
                + " unknown; its licences: AI2 ImpACT Low-risk, Apache 2.0, "), licence.err());

        Result far = run("export", "--vendor", "Google", "--vendor", "xyzzy");
        assertEquals(2, far.status());
        assertTrue(far.err().startsWith("arenaview: export: no vendor 'xyzzy' on the text leaderboard of 2025-06-27\n"),
                "no far-fetched guess: " + far.err());
    }

    @Test
    void aVendorIsLookedForOnTheBoardBeingExported() throws IOException {
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,A,1400,+5/-5,100,X Corp,MIT,,https://a.example\n");
        Result r = run("export", "--input", mine.toString(), "--vendor", "anthropic");
        assertEquals(2, r.status());
        assertEquals("arenaview: export: no vendor 'anthropic' on this leaderboard\n"
                + "arenaview: export: its vendors: X Corp\n", r.err());
        assertEquals(0, run("export", "--input", mine.toString(), "--vendor", "x corp").status());
    }

    @Test
    void theTitleIsLiveOnlyWhenTheDataIsCurrentAtTheReportsTime() {
        assertTrue(run("export", "--lang", "en").out().startsWith("# LLM Arena Leaderboard (2025-06-27)\n"));
        assertTrue(run("export", "--time", "2025-06-27T11:42:07Z").out().startsWith("# LLM Arena 排行榜 (实时更新)\n"),
                "a report as of the data's own day is the reference report");
        assertTrue(run("export", "--time", "2025-07-20").out().startsWith("# LLM Arena 排行榜 (2025-06-27)\n"));
    }

    @Test
    void everyErrorLineSaysTheProgramThenTheFileOrTheCommand() throws IOException {
        Path bad = badFile();
        Path nope = dir.resolve("nope.csv");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path cache = Files.createDirectory(dir.resolve("cache"));
        List<String[]> failing = List.of(new String[] {"export", "--input", bad.toString()},
                new String[] {"export", "--input", nope.toString()}, new String[] {"export", "--output", folder.toString()},
                new String[] {"export", "--vendor", "gogle"}, new String[] {"export", "--lang", "fr"},
                new String[] {"export", "--source", "fboulnois", "--arena", "webdev"},
                new String[] {"export", "--source", "fboulnois", "--arena", "vision", "--cache-dir", cache.toString()},
                new String[] {"fetch", "--source", "fboulnois", "--category", "coding"},
                new String[] {"list", "--source", "fboulnois", "--arena", "webdev", "--cache-dir", cache.toString()});
        List<String> subjects = List.of("export: ", "fetch: ", "list: ", bad + ":", nope + ": ", folder + ": ");
        for (String[] args : failing) {
            Result r = run(args);
            assertFalse(r.err().isEmpty(), String.join(" ", args));
            for (String line : r.err().lines().toList()) {
                boolean picocliHint = line.startsWith("Possible solutions: ") || line.startsWith("See 'arenaview ");
                assertTrue(picocliHint || subjects.stream().anyMatch(s -> line.startsWith("arenaview: " + s)),
                        String.join(" ", args) + ": " + line);
                assertTrue(picocliHint || !line.endsWith("."), "no line ends with a full stop but the hint: " + line);
            }
        }
    }

    @Test
    void timeDefaultsToNowWhenTheDataHasNoDate() throws IOException {
        Path undated = dir.resolve("mine.csv");
        Files.writeString(undated, "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,A,1400,+5/-5,100,X,MIT,,https://a.example\n");
        Result r = run("export", "--input", undated.toString(), "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("**Data updated**: 2026-01-02 03:04:05 UTC / 2026-01-02 11:04:05 CST (Beijing)"));
    }

    @Test
    void badRowGivesFileLineAndStatus3() throws IOException {
        Path bad = badFile();
        Result r = run("export", "--input", bad.toString());
        assertEquals(3, r.status());
        assertEquals("", r.out(), "nothing is printed as a report");
        assertEquals("arenaview: " + bad + ":3: arena_score \"n/a\" is not a whole number\n"
                + "arenaview: " + bad + ": not a readable leaderboard; nothing was written\n", r.err());
    }

    @Test
    void missingInputIsStatus3() {
        Result r = run("export", "--input", dir.resolve("nope.csv").toString());
        assertEquals(3, r.status());
        assertEquals("arenaview: " + dir.resolve("nope.csv") + ": cannot read: no such file or folder\n", r.err());
    }

    @Test
    void badUsageIsStatus2WithTheErrorAndWhereToReadMoreButNotTheUsage() {
        Map<List<String>, String> firstLines = new LinkedHashMap<>();
        firstLines.put(List.of("export", "--lang", "fr"),
                "arenaview: export: invalid value for option '--lang': 'fr' is not a report language; use zh or en");
        firstLines.put(List.of("export", "--sort", "colour"), "arenaview: export: invalid value for option '--sort'");
        firstLines.put(List.of("export", "--time", "yesterday"), "arenaview: export: invalid value for option '--time'");
        firstLines.put(List.of("export", "--frobnicate"), "arenaview: export: unknown option: '--frobnicate'");
        firstLines.put(List.of("fetch", "--arena", "moon"), "arenaview: fetch: invalid value for option '--arena'");
        firstLines.put(List.of("list", "--frobnicate"), "arenaview: list: unknown option: '--frobnicate'");
        firstLines.put(List.of("explode"), "arenaview: unmatched argument at index 0: 'explode'");
        firstLines.forEach((args, first) -> {
            Result r = run(args.toArray(String[]::new));
            assertEquals(2, r.status(), String.join(" ", args));
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(0).startsWith(first), r.err());
            String command = args.get(0).equals("explode") ? "arenaview" : "arenaview " + args.get(0);
            assertEquals("See '" + command + " --help'.", lines.get(lines.size() - 1), r.err());
            assertTrue(lines.size() <= 3, "the error, picocli's suggestions and where to read more: " + r.err());
            assertFalse(r.err().contains("Usage:"), r.err());
        });
        assertTrue(run("export", "--vendr", "Google").err().contains("Possible solutions: --vendor"),
                "picocli's suggestions stay");
        assertTrue(run("--help").out().contains(" 2   bad usage: an unknown option or a wrong value (the message says"
                + " which)"), "the exit status list no longer promises the usage text");
    }

    @Test
    void helpAndVersionAreStatus0() {
        Result help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("export"));
        Result exportHelp = run("export", "--help");
        assertTrue(exportHelp.out().contains("--vendor=NAME"));
        Result version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Arena Viewer "), version.out());
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path out = dir.resolve("report.md");
        Result r = run("export", "--output", out.toString(), "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).endsWith("check the provider's own terms before using one.\n"));
        assertEquals(List.of(out), listing());
    }

    @Test
    void badInputLeavesAnExistingOutputByteForByte() throws IOException {
        Path out = dir.resolve("report.md");
        byte[] before = "yesterday's report\n".getBytes(StandardCharsets.UTF_8);
        Files.write(out, before);
        Result r = run("export", "--input", badFile().toString(), "--output", out.toString());
        assertEquals(3, r.status());
        assertArrayEquals(before, Files.readAllBytes(out));
    }

    @Test
    void unwritableOutputIsStatus4AndLeavesNoPartialFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        Result intoFolder = run("export", "--output", folder.toString());
        assertEquals(4, intoFolder.status());
        assertEquals("arenaview: " + folder + ": cannot write: is a folder, not a file\n", intoFolder.err());
        assertTrue(Files.isDirectory(folder));

        Path nowhere = dir.resolve("missing/report.md");
        Result missingFolder = run("export", "--output", nowhere.toString());
        assertEquals(4, missingFolder.status());
        assertTrue(missingFolder.err().startsWith("arenaview: " + nowhere + ": cannot write: "), missingFolder.err());
        assertTrue(missingFolder.err().contains("the folder does not exist"), missingFolder.err());
        assertEquals(List.of(folder), listing());
    }

    List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals("bad.csv")).sorted().toList();
        }
    }
}
