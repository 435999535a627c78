package dev.arenaview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arenaview.model.Origin;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window's command line: the source and its address override the settings for the run. */
class WindowOptionsTest {

    @Test
    void sourceAndAddressAreReadInBothSpellings() throws Exception {
        WindowOptions spaced = WindowOptions.parse(List.of("--source", "fboulnois", "--source-url", "http://127.0.0.1:8080/repo"));
        assertEquals(Optional.of(Origin.FBOULNOIS), spaced.origin());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8080/repo")), spaced.sourceUrl());
        WindowOptions glued = WindowOptions.parse(List.of("--source=LMArena", "--source-url=https://hf-mirror.example"));
        assertEquals(Optional.of(Origin.LMARENA), glued.origin());
        assertEquals(Optional.of(URI.create("https://hf-mirror.example")), glued.sourceUrl());
    }

    @Test
    void aFileIsOpenedAndTheToolkitsOptionsArePassedOver() throws Exception {
        WindowOptions options = WindowOptions.parse(List.of("-psn_0_12345", "board.csv", "--source", "lmarena"));
        assertEquals(Optional.of(Path.of("board.csv")), options.file());
        assertEquals(Optional.of(Origin.LMARENA), options.origin());
        assertEquals(Optional.empty(), WindowOptions.parse(List.of()).origin(), "the settings decide");
    }

    @Test
    void aBadValueIsRefusedWithWhatToUse() {
        assertEquals("--source: 'github' is not a source; use lmarena or fboulnois",
                assertThrows(WindowOptions.BadOption.class, () -> WindowOptions.parse(List.of("--source", "github"))).getMessage());
        assertEquals("--source-url: 'file:///etc' is not an address; use one starting with http:// or https://",
                assertThrows(WindowOptions.BadOption.class,
                        () -> WindowOptions.parse(List.of("--source-url", "file:///etc"))).getMessage());
        assertEquals("--source: needs a value",
                assertThrows(WindowOptions.BadOption.class, () -> WindowOptions.parse(List.of("--source"))).getMessage());
    }

    @Test
    void theSourceOptionsOpenTheWindowWhileCommandsRunTheCommandLine() {
        org.junit.jupiter.api.Assertions.assertFalse(dev.arenaview.cli.Cli.isCommand(new String[] {"--source", "lmarena"}));
        org.junit.jupiter.api.Assertions.assertFalse(dev.arenaview.cli.Cli.isCommand(new String[] {"--source-url=http://x"}));
        org.junit.jupiter.api.Assertions.assertTrue(dev.arenaview.cli.Cli.isCommand(new String[] {"--version"}));
        org.junit.jupiter.api.Assertions.assertTrue(dev.arenaview.cli.Cli.isCommand(new String[] {"export", "--source", "lmarena"}));
    }
}
