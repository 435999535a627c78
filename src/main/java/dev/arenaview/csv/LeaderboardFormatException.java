package dev.arenaview.csv;

import dev.arenaview.model.Leaderboard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A file that is not a readable leaderboard: either not a leaderboard at all, or one with
 * rows that cannot be read. It names the file, the lines and what is wrong with each; for
 * bad rows it also carries the rows that could be read, so a caller may offer them as an
 * incomplete leaderboard.
 */
public class LeaderboardFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<Problem> problems;
    private final long totalProblems;
    private final transient Leaderboard readableRows;

    public LeaderboardFormatException(String file, List<Problem> problems, long totalProblems, Leaderboard readableRows) {
        super(describe(file, problems, totalProblems));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
        this.readableRows = readableRows;
    }

    public static LeaderboardFormatException ofFile(String file, String message) {
        return new LeaderboardFormatException(file, List.of(new Problem(0, message)), 1, null);
    }

    public static LeaderboardFormatException atLine(String file, long line, String message) {
        return new LeaderboardFormatException(file, List.of(new Problem(line, message)), 1, null);
    }

    /** The file's name as given to the reader. */
    public String file() {
        return file;
    }

    /** The first problems found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems there are in all, including those not listed. */
    public long totalProblems() {
        return totalProblems;
    }

    /** The rows that could be read, when the file is a leaderboard with some bad rows. */
    public Optional<Leaderboard> readableRows() {
        return Optional.ofNullable(readableRows);
    }

    private static String describe(String file, List<Problem> problems, long total) {
        String lines = problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n"));
        long rest = total - problems.size();
        if (rest > 0) {
            lines += "\n" + file + ": and " + rest + (rest == 1 ? " more problem" : " more problems");
        }
        return lines;
    }
}
