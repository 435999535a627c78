package dev.arenaview.ui;

import java.net.URI;

/**
 * Opens a web page in the user's browser. One small interface, so that tests can see what
 * would have been opened; the application implements it with {@code HostServices}.
 */
@FunctionalInterface
public interface LinkOpener {
    void open(URI uri);
}
