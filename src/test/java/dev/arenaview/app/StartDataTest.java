package dev.arenaview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.arenaview.model.Origin;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CsvBoards;
import dev.arenaview.source.lmarena.LmarenaBoards;
import dev.arenaview.ui.shared.Settings;
import java.net.URI;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The source a run of the window reads: its command line over the settings. */
class StartDataTest {

    private final Preferences prefs = Preferences.userRoot().node("arenaview-test-startdata");
    private final Settings settings = new Settings(prefs);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theSettingsChooseUnlessTheCommandLineSaysOtherwise() throws Exception {
        settings.setOrigin(Origin.FBOULNOIS);
        settings.setSourceUrl(URI.create("https://mirror.example/llm-leaderboard-csv"));
        BoardSource fromSettings = StartData.source(WindowOptions.parse(List.of()), settings);
        assertEquals(URI.create("https://mirror.example/llm-leaderboard-csv"),
                assertInstanceOf(CsvBoards.class, fromSettings).data().upstream().base());

        BoardSource overridden = StartData.source(WindowOptions.parse(List.of("--source", "lmarena", "--source-url",
                "http://127.0.0.1:8080")), settings);
        assertEquals(URI.create("http://127.0.0.1:8080"),
                assertInstanceOf(LmarenaBoards.class, overridden).data().hub().endpoint());
        assertEquals(Origin.FBOULNOIS, settings.origin(), "for this run only");
    }

    @Test
    void theAddressGoesToTheSourceItIsGivenFor() throws Exception {
        settings.setHubUrl(URI.create("https://hf-mirror.example"));
        BoardSource csv = StartData.source(WindowOptions.parse(List.of("--source", "fboulnois", "--source-url",
                "http://127.0.0.1:9000/repo")), settings);
        assertEquals(URI.create("http://127.0.0.1:9000/repo"), assertInstanceOf(CsvBoards.class, csv).data().upstream().base());
        BoardSource hub = StartData.source(WindowOptions.parse(List.of()), settings);
        assertEquals(URI.create("https://hf-mirror.example"), assertInstanceOf(LmarenaBoards.class, hub).data().hub().endpoint(),
                "LMArena by default, from the settings' mirror");
    }
}
