package dev.arenaview.cli;

import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.LatestData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arenaview fetch}: downloads a release into the cache and says what it stored. */
@Command(name = "fetch",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Downloads the newest release (or one day's) into the cache and prints what it stored.")
final class FetchCommand implements Callable<Integer> {

    private final PrintStream stdout;
    private final Clock clock;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SourceOptions source = new SourceOptions();

    FetchCommand(PrintStream stdout, Clock clock) {
        this.stdout = stdout;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        LatestData data = source.latestData(clock);
        LatestData.Outcome outcome;
        try {
            outcome = source.date != null
                    ? data.fetchDate(source.arena, source.date, CancelToken.none())
                    : data.refresh(source.arena, CancelToken.none());
        } catch (FetchException e) {
            spec.commandLine().getErr().println("arenaview: " + e.getMessage());
            spec.commandLine().getErr().println("arenaview: nothing was stored; the cache is as it was.");
            spec.commandLine().getErr().flush();
            return Cli.BAD_INPUT;
        }
        String date = outcome.snapshot().date().map(Object::toString).orElse("undated");
        String line = (outcome.result() == LatestData.Result.NEW ? "stored " : "unchanged, already cached: ")
                + source.arena.id() + " " + date + ", " + outcome.board().size() + " models, "
                + outcome.snapshot().file() + System.lineSeparator();
        stdout.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        stdout.flush();
        return 0;
    }
}
