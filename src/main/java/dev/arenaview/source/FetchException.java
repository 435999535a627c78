package dev.arenaview.source;

import java.net.URI;

/**
 * A download that did not give a usable leaderboard, with what happened and where. Nothing
 * is written to the cache when one is thrown.
 */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, for callers that react differently (offline, cancelled...). */
    public enum Kind {
        /** No connection: no network, unknown host, refused. */
        OFFLINE,
        /** The server took too long. */
        TIMEOUT,
        /** 404: no such release or file. */
        NOT_FOUND,
        /** Any other unexpected HTTP status. */
        HTTP_STATUS,
        /** Redirect loop, too many redirects, or a redirect to a non-web or insecure address. */
        REDIRECT,
        /** The body ended before its announced length or the connection broke. */
        TRUNCATED,
        /** The body is larger than any leaderboard. */
        TOO_LARGE,
        /** The body is not a leaderboard (an HTML page, another CSV, bad rows). */
        NOT_A_LEADERBOARD,
        /** The user cancelled. */
        CANCELLED,
        /** The cache could not be written (a full disk...). */
        CACHE
    }

    private final Kind kind;
    private final transient URI uri;

    public FetchException(Kind kind, URI uri, String message) {
        this(kind, uri, message, null);
    }

    public FetchException(Kind kind, URI uri, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.uri = uri;
    }

    public Kind kind() {
        return kind;
    }

    /** The address concerned. */
    public URI uri() {
        return uri;
    }
}
