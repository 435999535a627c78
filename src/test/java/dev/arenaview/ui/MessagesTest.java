package dev.arenaview.ui;

import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.UiLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The window's words: counts agree with their nouns, and both languages have every message. */
class MessagesTest {

    private final Messages en = new Messages(UiLanguage.EN);

    @Test
    void oneIsSingularAndMoreArePlural() {
        assertEquals("1 vendor of 10 models", en.get("chart.vendors.subtitle", 1, 10));
        assertEquals("2 vendors of 1 model", en.get("chart.vendors.subtitle", 2, 1));
        assertEquals("Exported 1 model to a.md", en.get("notice.exported", 1, "a.md"));
        assertEquals("Exported 1,234 models to a.md", en.get("notice.exported", 1234, "a.md"));
        assertEquals("Incomplete: 1 row could not be read", en.get("status.incomplete", 1));
        assertEquals("Offline: showing data of 2025-06-27, 1 day old.", en.get("stale.offline", "2025-06-27", 1L));
        assertEquals("Offline: showing data of 2025-06-27, 529 days old.", en.get("stale.offline", "2025-06-27", 529L));
        assertEquals("Show the 1 readable row", en.get("error.open.readable", 1));
    }

    @Test
    void chineseHasEveryMessageWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(arguments(english.getProperty(key)), arguments(chinese.getProperty(key)), key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(MessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** How many arguments a message takes (the highest index used, plus one). */
    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
