package dev.arenaview.ui.shared;

import java.util.List;

/**
 * A short message for the status bar after an action (an export, a copy, a refused link),
 * kept as a message key so the view shows it in its language. Counts are given as numbers,
 * so that the message says "1 model" and "2 models".
 */
public record Notice(Kind kind, String key, List<Object> args) {

    public enum Kind { INFO, WARNING }

    public static Notice info(String key, Object... args) {
        return new Notice(Kind.INFO, key, List.of(args));
    }

    public static Notice warning(String key, Object... args) {
        return new Notice(Kind.WARNING, key, List.of(args));
    }
}
