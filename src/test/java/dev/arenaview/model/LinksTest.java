package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x",
        "ftp://example.org/", "mailto:a@example.org", "", "   ", "http://", "https:///path", "//example.org/x",
        "example.org", "https://good.example\\@evil.example/x", "https://user:pw@example.org/"})
    void onlyWebAddressesWithAHostAreOpened(String url) {
        assertEquals(Optional.empty(), Links.webUri(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "https://openai.com/index/gpt-4-1/;https://openai.com/index/gpt-4-1/",
        " HTTP://Example.org/a ;HTTP://Example.org/a",
        "https://example.org/a b;https://example.org/a%20b",
        "https://en.wikipedia.org/wiki/Mistral_(company);https://en.wikipedia.org/wiki/Mistral_%28company%29",
        "https://example.org/x?q=a|b;https://example.org/x?q=a%7Cb",
        "https://example.org/%20already;https://example.org/%20already",
        "https://example.org/100%;https://example.org/100%25",
        "https://example.org/模型;https://example.org/%E6%A8%A1%E5%9E%8B",
    })
    void webAddressesAreEncodedSoTheyStillLeadToTheSamePage(String url, String expected) {
        Optional<URI> uri = Links.webUri(url);
        assertTrue(uri.isPresent(), url);
        assertEquals(expected, uri.get().toASCIIString());
    }
}
