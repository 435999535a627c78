package dev.arenaview.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a command says on standard error, every line alike: {@code arenaview: FILE: problem}
 * when a file (or address) the user gave is concerned, else {@code arenaview: COMMAND: problem},
 * so that a script's log can be searched and read the same way whatever went wrong.
 */
final class Stderr {

    private final PrintWriter err;
    private final String command;

    Stderr(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
    }

    /** A problem of the command as a whole. */
    void error(String text) {
        about(command, text);
    }

    /** A problem with the file or address given. */
    void about(String subject, String text) {
        for (String line : text.split("\\R", -1)) {
            err.println("arenaview: " + subject + ": " + line);
        }
        err.flush();
    }

    /** Lines that name their file and line already ({@code bad.csv:3: ...}). */
    void located(String text) {
        for (String line : text.split("\\R", -1)) {
            err.println("arenaview: " + line);
        }
        err.flush();
    }

    /** Something the user should know, though the command goes on. */
    void warning(String text) {
        about(command, "warning: " + text);
    }

    /** A note that the command is working (a long download), so that it does not seem to hang. */
    void note(String text) {
        about(command, text);
    }

    /**
     * A value that names nothing here, in two lines: what was not found, with up to three
     * near spellings; then every value there is (or where to see them).
     */
    static String notFound(String kind, String value, String where, List<String> nearest, String known) {
        return "no " + kind + " '" + value + "' " + where
                + (nearest.isEmpty() ? "" : "; did you mean " + orList(nearest) + "?")
                + System.lineSeparator() + known;
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    static String orList(List<String> values) {
        if (values.size() <= 1) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
