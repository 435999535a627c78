package dev.arenaview.source;

import dev.arenaview.io.AppInfo;
import dev.arenaview.io.IoMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Downloads one file over HTTP(S) the careful way: redirects followed by hand (so the release
 * tag in them is seen and loops are caught), conditional requests, connect and read time-outs
 * (a stalled body too), a size limit, the system proxy and a {@code User-Agent} naming the app.
 */
public final class HttpFetcher {

    /** Limits of a download. */
    public record Options(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects) {
        /** 10 s to connect, 30 s without data, 64 MiB (a leaderboard is about 50 KB), 10 redirects. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), 64L << 20, 10);
        }
    }

    /** What the cache knows of its copy, for a conditional request; either may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * A completed download, or the server's word that the copy is current.
     *
     * @param notModified  the server answered 304: {@code body} is empty
     * @param body         the file
     * @param finalUri     the address that answered, after redirects
     * @param releaseDate  the release tag's date found in the redirects, if any
     * @param etag         the answer's {@code ETag}, or null
     * @param lastModified the answer's {@code Last-Modified}, or null
     * @param nextPage     the {@code Link} header's {@code rel="next"} address (paged API listings), or null
     */
    public record Response(boolean notModified, byte[] body, URI finalUri, Optional<LocalDate> releaseDate,
                           String etag, String lastModified, URI nextPage) {
    }

    /**
     * A file streamed to disk.
     *
     * @param finalUri the address that answered, after redirects
     * @param bytes    how many bytes were written
     * @param sha256   their SHA-256, in lower-case hex
     */
    public record Download(URI finalUri, long bytes, String sha256) {
    }

    /** Hears how a download goes: bytes received so far, and the total when the server announced one (else -1). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void bytes(long done, long total);
    }

    private static final Pattern TAG = Pattern.compile("/releases/download/(\\d{4})\\.(\\d{2})\\.(\\d{2})/");

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "arenaview-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Options options;
    private final String userAgent;
    private HttpClient client;

    public HttpFetcher(Options options) {
        this.options = options;
        this.userAgent = "ArenaViewer/" + AppInfo.version() + " (desktop viewer of the LMArena leaderboard)";
    }

    /**
     * The client, made on first use: building it (proxy settings, a selector thread) costs
     * some 100 ms, which the window's start should not pay before anything is fetched.
     */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    // One small file per request: HTTP/1.1 avoids the h2c upgrade with mirrors and proxies.
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(options.connectTimeout())
                    .proxy(ProxySelector.getDefault())
                    .build();
        }
        return client;
    }

    public HttpFetcher() {
        this(Options.defaults());
    }

    public Response get(URI uri, Validators validators, CancelToken cancel) throws FetchException {
        return get(uri, validators, cancel, options.maxBytes());
    }

    /** Like {@link #get(URI, Validators, CancelToken)}, with a size limit of its own (a listing is small). */
    public Response get(URI uri, Validators validators, CancelToken cancel, long maxBytes) throws FetchException {
        Answer answer = exchange(uri, validators, cancel, maxBytes);
        if (answer.notModified) {
            return new Response(true, new byte[0], answer.uri, answer.releaseDate, answer.etag, answer.lastModified,
                    answer.nextPage);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(answer.declared > 0 ? (int) answer.declared : 1 << 16);
        readBody(answer.body, answer.declared, answer.uri, cancel, maxBytes, out::write, Progress.NONE);
        return new Response(false, out.toByteArray(), answer.uri, answer.releaseDate, answer.etag,
                answer.lastModified, answer.nextPage);
    }

    /**
     * Streams a file into {@code target} (created, or emptied first), with its SHA-256 worked out on the
     * way. The caller owns the target: on failure it holds part of the file, to be deleted.
     */
    public Download download(URI uri, Path target, long maxBytes, CancelToken cancel, Progress progress)
            throws FetchException {
        Answer answer = exchange(uri, Validators.NONE, cancel, maxBytes);
        MessageDigest sha256 = sha256();
        long written;
        try (OutputStream file = Files.newOutputStream(target)) {
            written = readBody(answer.body, answer.declared, answer.uri, cancel, maxBytes, (b, off, len) -> {
                sha256.update(b, off, len);
                file.write(b, off, len);
            }, progress);
        } catch (IOException e) {
            close(answer.body);
            throw new FetchException(FetchException.Kind.CACHE, uri, "cannot write the download to " + target + ": "
                    + IoMessages.reason(e), e);
        }
        return new Download(answer.uri, written, HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A 200 (its body still to read) or a 304, after the redirects. */
    private record Answer(boolean notModified, InputStream body, long declared, URI uri, Optional<LocalDate> releaseDate,
                          String etag, String lastModified, URI nextPage) {
    }

    private Answer exchange(URI uri, Validators validators, CancelToken cancel, long maxBytes) throws FetchException {
        List<URI> chain = new ArrayList<>(List.of(uri));
        URI current = uri;
        while (true) {
            if (cancel.isCancelled()) {
                throw new FetchException(FetchException.Kind.CANCELLED, uri, "the download was cancelled");
            }
            HttpResponse<InputStream> response = send(current, validators, cancel);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                close(response.body());
                URI next = redirectTarget(current, response);
                if (chain.contains(next)) {
                    chain.add(next);
                    throw new FetchException(FetchException.Kind.REDIRECT, uri, "redirect loop: "
                            + chain.stream().map(URI::toString).collect(Collectors.joining(" \u2192 ")));
                }
                if (chain.size() > options.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.REDIRECT, uri,
                            "more than " + options.maxRedirects() + " redirects from " + uri);
                }
                chain.add(next);
                current = next;
                continue;
            }
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            URI nextPage = nextPage(current, response.headers().allValues("Link"));
            Optional<LocalDate> tag = releaseDate(chain);
            if (status == 304) {
                close(response.body());
                return new Answer(true, InputStream.nullInputStream(), 0, current, tag,
                        etag != null ? etag : validators.etag(), lastModified != null ? lastModified : validators.lastModified(),
                        nextPage);
            }
            if (status != 200) {
                close(response.body());
                throw statusFailure(status, current);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response.body());
                throw tooLarge(current, maxBytes);
            }
            return new Answer(false, response.body(), declared, current, tag, etag, lastModified, nextPage);
        }
    }

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*rel=\"?next\"?", Pattern.CASE_INSENSITIVE);

    /** The {@code rel="next"} address of a {@code Link} header (RFC 8288), resolved against the answer's; else null. */
    static URI nextPage(URI current, List<String> links) {
        for (String link : links) {
            Matcher m = NEXT_LINK.matcher(link);
            if (m.find()) {
                try {
                    return current.resolve(m.group(1).strip());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private HttpResponse<InputStream> send(URI uri, Validators validators, CancelToken cancel) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.readTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "text/csv, text/plain;q=0.9, */*;q=0.5")
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        String host = uri.getHost() != null ? uri.getHost() : uri.toString();
        try {
            return client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, "could not connect to " + host + " within "
                    + seconds(options.connectTimeout()) + " (offline or blocked?)", e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, host + " did not answer within "
                    + seconds(options.readTimeout()), e);
        } catch (ConnectException | UnknownHostException e) {
            throw new FetchException(FetchException.Kind.OFFLINE, uri, "cannot reach " + host + " (offline?)", e);
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                throw new FetchException(FetchException.Kind.CANCELLED, uri, "the download was cancelled", e);
            }
            throw new FetchException(FetchException.Kind.OFFLINE, uri, "the connection to " + host + " failed: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.CANCELLED, uri, "the download was cancelled", e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, uri, "not a usable address: " + uri, e);
        }
    }

    /** Where a body's bytes go. */
    @FunctionalInterface
    private interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Reads a body into the sink, within the size limit; returns its length. */
    private long readBody(InputStream in, long declared, URI uri, CancelToken cancel, long maxBytes, Sink out,
                          Progress progress) throws FetchException {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        long timeout = options.readTimeout().toNanos();
        long period = Math.max(10, options.readTimeout().toMillis() / 4);
        // The client's time-out ends when the headers arrive; a body that stops coming is caught here.
        ScheduledFuture<?> watchdog = WATCHDOG.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastProgress.get() > timeout) {
                stalled.set(true);
                close(in);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        cancel.attach(in);
        long total = 0;
        try {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) != -1; ) {
                lastProgress.set(System.nanoTime());
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(uri, maxBytes);
                }
                out.write(buffer, 0, n);
                progress.bytes(total, declared);
            }
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                throw new FetchException(FetchException.Kind.CANCELLED, uri, "the download was cancelled", e);
            }
            if (stalled.get()) {
                throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the download from " + uri.getHost()
                        + " stalled: no data for " + seconds(options.readTimeout()), e);
            }
            throw new FetchException(FetchException.Kind.TRUNCATED, uri, "the download from " + uri
                    + " broke off after " + total + " bytes", e);
        } finally {
            watchdog.cancel(false);
            cancel.detach();
            close(in);
        }
        if (declared >= 0 && total < declared) {
            throw new FetchException(FetchException.Kind.TRUNCATED, uri, "the download from " + uri
                    + " was cut short: " + total + " of " + declared + " bytes");
        }
        return total;
    }

    private static URI redirectTarget(URI current, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new FetchException(
                FetchException.Kind.REDIRECT, current, current + " redirected without saying where"));
        URI next;
        try {
            next = current.resolve(location.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.REDIRECT, current, current + " redirected to a malformed address", e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.REDIRECT, current, current + " redirected to a non-web address: " + next);
        }
        if (scheme.equals("http") && "https".equalsIgnoreCase(current.getScheme())) {
            throw new FetchException(FetchException.Kind.REDIRECT, current,
                    current + " redirected from https to insecure http: " + next);
        }
        // A mirror may be asked for over http, but where it sends us must be https: only a
        // server on this machine (a test's stand-in, a local proxy) may answer over http.
        if (scheme.equals("http") && !isLoopback(next.getHost())) {
            throw new FetchException(FetchException.Kind.REDIRECT, current,
                    current + " redirected to insecure http: " + next);
        }
        return next;
    }

    /** By name only: a host name is never looked up to decide whether it may be trusted. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static FetchException statusFailure(int status, URI uri) {
        if (status == 404 || status == 410) {
            return new FetchException(FetchException.Kind.NOT_FOUND, uri,
                    "not found (" + status + "): " + uri + " (no such release or file)");
        }
        if (status == 429 || status == 403) {
            return new FetchException(FetchException.Kind.HTTP_STATUS, uri, "refused (" + status + ") by "
                    + uri.getHost() + ": too many requests or no access; try again later");
        }
        if (status >= 500) {
            return new FetchException(FetchException.Kind.HTTP_STATUS, uri, "server error " + status + " from "
                    + uri.getHost() + " for " + uri + "; try again later");
        }
        return new FetchException(FetchException.Kind.HTTP_STATUS, uri, "unexpected answer " + status + " for " + uri);
    }

    private static FetchException tooLarge(URI uri, long maxBytes) {
        return new FetchException(FetchException.Kind.TOO_LARGE, uri, uri + " is larger than "
                + (maxBytes >> 20) + " MiB, far more than any leaderboard; not downloaded");
    }

    static Optional<LocalDate> releaseDate(List<URI> chain) {
        for (URI uri : chain) {
            Matcher m = TAG.matcher(uri.getPath() == null ? "" : uri.getPath());
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    // Not a date tag: keep looking.
                }
            }
        }
        return Optional.empty();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing more to read from it either way.
        }
    }
}
