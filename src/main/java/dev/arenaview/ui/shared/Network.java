package dev.arenaview.ui.shared;

/** What the last check upstream found. */
public enum Network {
    /** Not checked in this session. */
    NOT_CHECKED,
    /** A check is running. */
    CHECKING,
    /** The last check reached upstream. */
    ONLINE,
    /** The last check failed; the status bar's tooltip says why. */
    OFFLINE
}
