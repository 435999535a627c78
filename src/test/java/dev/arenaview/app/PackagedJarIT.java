package dev.arenaview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.source.lmarena.Boards;
import dev.arenaview.source.lmarena.HubStandIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar target/arenaview.jar} as a user would, without a display. */
class PackagedJarIT {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    Run runWith(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(System.getProperty("arenaview.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(dir.resolve("out.txt").toFile());
        builder.redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command finishes");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void exportPrintsTheReportWithoutADisplayOrJavaFx() throws Exception {
        Run r = run("export", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# LLM Arena Leaderboard (2025-06-27)\n"), "the bundled data is not live");
        assertEquals(211, r.out().lines().filter(l -> l.startsWith("|")).count());
        assertFalse(r.err().contains("JavaFX"), r.err());
    }

    @Test
    void chineseReportIsUtf8WhateverTheLocale() throws Exception {
        Run r = run("export");
        assertTrue(r.out().contains("## 排行榜"));
    }

    @Test
    void badRowIsReportedWithItsLineAndStatus3() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,A,1400,+5/-5,100,X,MIT,,https://a.example\n1,B,1400,+5/-5,many,X,MIT,,https://b.example\n");
        Run r = run("export", "--input", bad.toString());
        assertEquals(3, r.status());
        assertTrue(r.err().startsWith("arenaview: " + bad + ":3: votes \"many\" is not a whole number"), r.err());
    }

    /**
     * The cache left in {@code target/it-dataset-cache}, history included, for CI to read again
     * with the packaged app (whose DuckDB library lies beside the jar rather than in it).
     */
    @Test
    void anExportTheCacheCanServeNeverLoadsDuckDbAndAPastDayDoes() throws Exception {
        Path cache = Path.of(System.getProperty("arenaview.jar")).resolveSibling("it-dataset-cache");
        if (Files.exists(cache)) {
            try (java.util.stream.Stream<Path> files = Files.walk(cache)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        try (HubStandIn hub = new HubStandIn()) {
            Boards.publishLatest(hub);
            Boards.publishFull(hub);
            Run fetch = run("fetch", "--source-url", hub.endpoint().toString(), "--cache-dir", cache.toString());
            assertEquals(0, fetch.status(), fetch.err());

            Path classes = dir.resolve("classes.log");
            Run export = runWith(List.of("-Xlog:class+load=info:file=" + classes), "export", "--cache-dir",
                    cache.toString(), "--lang", "en");
            assertEquals(0, export.status(), export.err());
            assertTrue(export.out().contains("**Data updated**: 2026-10-02 UTC"), export.out());
            String loaded = Files.readString(classes);
            assertTrue(loaded.contains("dev.arenaview.cli.ExportCommand"), "the log lists the app's classes");
            assertFalse(loaded.contains("org.duckdb"), "DuckDB was loaded for an export the cache serves");

            Run past = run("export", "--date", "2026-09-30", "--source-url", hub.endpoint().toString(), "--cache-dir",
                    cache.toString(), "--lang", "en");
            assertEquals(0, past.status(), past.err());
            assertTrue(past.out().contains("**Data updated**: 2026-09-15 UTC"), past.out());
        }
    }

    @Test
    void versionNamesTheApp() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("(?s)Arena Viewer \\d+\\.\\d+\\.\\d+.*"), r.out());
    }
}
