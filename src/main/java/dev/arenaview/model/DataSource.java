package dev.arenaview.model;

/**
 * Where a leaderboard was read from, for the status bar and messages.
 *
 * @param kind     the kind of place
 * @param location a file path, URL or resource name
 */
public record DataSource(Kind kind, String location) {

    public enum Kind { BUNDLED, FILE, URL, CACHE }

    public static DataSource bundled(String resourceName) {
        return new DataSource(Kind.BUNDLED, resourceName);
    }

    public static DataSource file(String path) {
        return new DataSource(Kind.FILE, path);
    }
}
