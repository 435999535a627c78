package dev.arenaview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
        assertTrue(r.out().startsWith("# LLM Arena Leaderboard (live)\n"));
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
        assertTrue(r.err().startsWith(bad + ":3: votes \"many\" is not a whole number"), r.err());
    }

    @Test
    void versionNamesTheApp() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("(?s)Arena Viewer \\d+\\.\\d+\\.\\d+.*"), r.out());
    }
}
