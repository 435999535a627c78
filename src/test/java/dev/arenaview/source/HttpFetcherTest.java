package dev.arenaview.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules every download follows, whatever it fetches. */
class HttpFetcherTest {

    @TempDir
    Path dir;

    @Test
    void aRedirectMayLeadOverHttpOnlyToThisMachine() throws Exception {
        try (TestServer server = new TestServer()) {
            server.redirect("/out", "http://cdn.example.invalid/file.parquet");
            FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher().get(server.uri("/out"),
                    HttpFetcher.Validators.NONE, CancelToken.none()));
            assertEquals(FetchException.Kind.REDIRECT, e.kind());
            assertTrue(e.getMessage().contains("redirected to insecure http: http://cdn.example.invalid/file.parquet"),
                    e.getMessage());
        }
        assertTrue(HttpFetcher.isLoopback("127.0.0.1"));
        assertTrue(HttpFetcher.isLoopback("localhost"));
        assertTrue(HttpFetcher.isLoopback("[::1]"));
        assertFalse(HttpFetcher.isLoopback("127.0.0.1.example.com"));
        assertFalse(HttpFetcher.isLoopback("huggingface.co"));
    }

    @Test
    void aDownloadStreamsToItsFileWithItsHashAndProgress() throws Exception {
        try (TestServer server = new TestServer()) {
            byte[] body = "x".repeat(200_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            server.route("/file", ex -> TestServer.send(ex, 200, "application/octet-stream", body));
            Path target = dir.resolve("file");
            long[] last = {0, 0};
            HttpFetcher.Download d = new HttpFetcher().download(server.uri("/file"), target, 1 << 20, CancelToken.none(),
                    (done, total) -> {
                        last[0] = done;
                        last[1] = total;
                    });
            assertEquals(200_000, d.bytes());
            assertEquals(200_000, last[0]);
            assertEquals(200_000, last[1], "the announced length");
            assertEquals(SnapshotCache.sha256(body), d.sha256());
            assertEquals(200_000, Files.size(target));
            FetchException tooLarge = assertThrows(FetchException.class, () -> new HttpFetcher().download(
                    server.uri("/file"), dir.resolve("small"), 1_000, CancelToken.none(), HttpFetcher.Progress.NONE));
            assertEquals(FetchException.Kind.TOO_LARGE, tooLarge.kind());
        }
    }

    @Test
    void theNextPageOfALinkHeaderIsFound() {
        URI here = URI.create("https://huggingface.co/api/datasets/x/tree/main/text");
        assertEquals(URI.create("https://huggingface.co/api/datasets/x/tree/main/text?cursor=abc"),
                HttpFetcher.nextPage(here, List.of("<https://huggingface.co/api/datasets/x/tree/main/text?cursor=abc>; rel=\"next\"")));
        assertEquals(URI.create("https://huggingface.co/p2"), HttpFetcher.nextPage(here,
                List.of("</p1>; rel=\"prev\", </p2>; rel=\"next\"")));
        assertNull(HttpFetcher.nextPage(here, List.of("</p1>; rel=\"prev\"")));
    }
}
