package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.lmarena.LmarenaData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arenaview fetch}: downloads the newest data (or a day's) into the cache and says what it stored. */
@Command(name = "fetch",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Downloads the newest leaderboards of an arena into the cache (every category, for lmarena) and prints"
                    + " what it stored; only files that changed are downloaded.",
            "With --date, also the arena's history (lmarena), or that day's release (fboulnois).",
        })
final class FetchCommand implements Callable<Integer> {

    private final PrintStream stdout;
    private final Clock clock;
    private final Map<String, String> environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SourceOptions source = new SourceOptions();

    @Mixin
    private BoardOptions which = new BoardOptions();

    FetchCommand(PrintStream stdout, Clock clock, Map<String, String> environment) {
        this.stdout = stdout;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Stderr err = new Stderr(spec.commandLine().getErr(), spec.name());
        String line;
        try {
            line = source.origin == Origin.FBOULNOIS ? fetchRelease() : fetchDataset(err);
        } catch (FetchException e) {
            err.error(e.getMessage());
            err.error("nothing was stored; the cache is as it was");
            return Cli.BAD_INPUT;
        } catch (UsageException e) {
            err.error(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        stdout.writeBytes((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        stdout.flush();
        return 0;
    }

    /** {@code stored text 2026-10-02, 245 models (overall; 29 categories), FOLDER}. */
    private String fetchDataset(Stderr err) throws FetchException, UsageException {
        LmarenaData data = source.lmarena(clock, environment);
        Arena arena = which.arena;
        DownloadNotes notes = new DownloadNotes(err);
        LmarenaData.Refreshed r = data.refresh(arena, CancelToken.none(), notes);
        List<LmarenaData.BoardInfo> boards = r.boards();
        Category category = Categories.resolve(which.category, arena, boards);
        LmarenaData.BoardInfo shown = boards.stream().filter(b -> b.category().equals(category)).findFirst().orElseThrow();
        String line = (r.changed() ? "stored " : "unchanged, already cached: ") + arena.id() + " " + shown.date() + ", "
                + count(shown.rows(), "model", "models") + " (" + category + "; "
                + count(boards.size(), "category", "categories") + "), " + data.boardsFolder(arena);
        if (which.date != null) {
            Leaderboard past = data.onDate(arena, category, which.date, CancelToken.none(), notes);
            line += System.lineSeparator() + "history of " + arena.id() + " kept; " + category + " of "
                    + past.date().orElseThrow() + ": " + count(past.size(), "model", "models");
        }
        return line;
    }

    /** {@code stored text 2025-08-04, 245 models, FILE}. */
    private String fetchRelease() throws FetchException, UsageException {
        ExportCommand.releasesHave(which);
        LatestData data = source.latestData(clock);
        LatestData.Outcome outcome = which.date != null
                ? data.fetchDate(which.arena, which.date, CancelToken.none())
                : data.refresh(which.arena, CancelToken.none());
        String date = outcome.snapshot().date().map(Object::toString).orElse("undated");
        return (outcome.result() == LatestData.Result.NEW ? "stored " : "unchanged, already cached: ")
                + which.arena.id() + " " + date + ", " + count(outcome.board().size(), "model", "models") + ", "
                + outcome.snapshot().file();
    }

    /** {@code 1 model}, {@code 7 models}. */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
