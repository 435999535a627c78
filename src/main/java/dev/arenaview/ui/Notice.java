package dev.arenaview.ui;

import java.util.List;

/**
 * A short message for the status bar after an action (an export, a copy, a refused link),
 * kept as a message key so the view shows it in its language.
 */
public record Notice(Kind kind, String key, List<String> args) {

    public enum Kind { INFO, WARNING }

    public static Notice info(String key, String... args) {
        return new Notice(Kind.INFO, key, List.of(args));
    }

    public static Notice warning(String key, String... args) {
        return new Notice(Kind.WARNING, key, List.of(args));
    }
}
