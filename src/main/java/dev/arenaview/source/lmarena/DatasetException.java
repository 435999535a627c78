package dev.arenaview.source.lmarena;

/**
 * A file of LMArena's dataset that cannot be used, with the file (as the dataset names it,
 * {@code text/latest-00000-of-00001.parquet}), the row when one is at fault, and the problem.
 */
public final class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;

    DatasetException(String file, String problem) {
        this(file, problem, null);
    }

    DatasetException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file concerned, as the dataset names it. */
    public String file() {
        return file;
    }
}
