package dev.arenaview.cli;

/**
 * A value the user gave that names nothing there is (a category the board does not have): said
 * in one line, with what would have been right, and the exit status of bad usage.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
