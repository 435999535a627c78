package dev.arenaview.csv;

/**
 * One thing wrong with an input file.
 *
 * @param line    the 1-based line it starts on, or 0 when it concerns the whole file
 * @param message what is wrong, for a person
 */
public record Problem(long line, String message) {

    /** {@code FILE:LINE: message}, or {@code FILE: message} for the whole file. */
    public String format(String file) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
