package dev.arenaview.source.lmarena;

import com.sun.net.httpserver.HttpExchange;
import dev.arenaview.source.TestServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Hugging Face serving LMArena's dataset as the Hub does: the tree
 * listing of a folder ({@code /api/datasets/lmarena-ai/leaderboard-dataset/tree/main/CONFIG}, each
 * file with its Git object id, size and LFS SHA-256), and {@code resolve/main/PATH} answering
 * with a redirect to a second path (the CDN) that serves the bytes.
 */
public final class HubStandIn implements AutoCloseable {

    public static final String TREE = "/api/datasets/lmarena-ai/leaderboard-dataset/tree/main";
    public static final String RESOLVE = "/datasets/lmarena-ai/leaderboard-dataset/resolve/main/";

    public final TestServer server;
    /** Path in the dataset → content. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    public HubStandIn() throws IOException {
        server = new TestServer();
        server.route(TREE, exchange -> listing(exchange, ""));
    }

    /** The endpoint to give as {@code --source-url} or {@code HF_ENDPOINT}. */
    public URI endpoint() {
        return server.uri("");
    }

    /** Publishes (or replaces) a file of the dataset: {@code text/latest-00000-of-00001.parquet}. */
    public void publish(String path, byte[] content) {
        files.put(path, content);
        String folder = path.substring(0, path.indexOf('/'));
        server.route(TREE + "/" + folder, exchange -> listing(exchange, folder));
        String cdn = "/cdn/" + sha256(content);
        server.redirect(RESOLVE + path, cdn);
        server.route(cdn, exchange -> {
            downloads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            TestServer.send(exchange, 200, "application/octet-stream", content);
        });
    }

    /** Publishes a board's {@code latest} split as one shard. */
    public void latest(String config, ParquetFixture board) {
        publish(config + "/latest-00000-of-00001.parquet", board.bytes());
    }

    /** Publishes a board's {@code full} split as one shard. */
    public void full(String config, ParquetFixture board) {
        publish(config + "/full-00000-of-00001.parquet", board.bytes());
    }

    /** A download caught half-way: the stand-in sent half the file and waits for {@link #release()}. */
    public static final class Held {
        public final java.util.concurrent.CountDownLatch halfSent = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        public void release() {
            released.countDown();
        }
    }

    /** Serves a published file's first half, then the rest only once released. */
    public Held hold(String path) {
        byte[] content = files.get(path);
        Held held = new Held();
        server.route("/cdn/" + sha256(content), exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, content.length);
            java.io.OutputStream out = exchange.getResponseBody();
            int half = content.length / 2;
            out.write(content, 0, half);
            out.flush();
            held.halfSent.countDown();
            if (held.released.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                out.write(content, half, content.length - half);
            }
            out.close();
        });
        return held;
    }

    /** Answers a folder's listing with a server error from now on. */
    public void failListing(String folder) {
        server.route(TREE + "/" + folder, exchange -> TestServer.send(exchange, 500, "text/plain",
                "Internal Error".getBytes(StandardCharsets.UTF_8)));
    }

    /** How many times a file's bytes were served. */
    public int downloads(String path) {
        AtomicInteger n = downloads.get(path);
        return n == null ? 0 : n.get();
    }

    /** The listing JSON of a folder as the Hub writes it. */
    public String listingJson(String folder) {
        List<String> entries = new ArrayList<>();
        Map<String, Boolean> folders = new TreeMap<>();
        new TreeMap<>(files).forEach((path, content) -> {
            String f = path.substring(0, path.indexOf('/'));
            if (folder.isEmpty()) {
                folders.put(f, true);
            } else if (f.equals(folder)) {
                entries.add("{\"type\":\"file\",\"oid\":\"" + gitOid(pointer(content)) + "\",\"size\":" + content.length
                        + ",\"path\":\"" + path + "\",\"lfs\":{\"oid\":\"" + sha256(content) + "\",\"size\":"
                        + content.length + ",\"pointerSize\":134}}");
            }
        });
        if (folder.isEmpty()) {
            entries.add("{\"type\":\"file\",\"oid\":\"" + gitOid("# card".getBytes(StandardCharsets.UTF_8))
                    + "\",\"size\":6,\"path\":\"README.md\"}");
            folders.keySet().forEach(f -> entries.add("{\"type\":\"directory\",\"oid\":\"" + gitOid(f.getBytes(
                    StandardCharsets.UTF_8)) + "\",\"size\":0,\"path\":\"" + f + "\"}"));
        }
        return "[" + String.join(",", entries) + "]";
    }

    private void listing(HttpExchange exchange, String folder) throws IOException {
        TestServer.send(exchange, 200, "application/json", listingJson(folder).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pointer(byte[] content) {
        return ("version https://git-lfs.github.com/spec/v1\noid sha256:" + sha256(content) + "\nsize " + content.length
                + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    static String gitOid(byte[] content) {
        byte[] head = ("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return digest("SHA-1", all);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
