package dev.arenaview.cli;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Column;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.MarkdownReport;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.report.ReportTime;
import dev.arenaview.source.BundledData;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code arenaview export}: writes the Markdown report of a leaderboard view. */
@Command(name = "export",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Writes the Markdown report of the leaderboard: the rows the filters keep, in the chosen order.",
            "Filters combine like the window's: any of the --vendor values AND any of the --license values"
                    + " AND the --search text.",
        })
final class ExportCommand implements Callable<Integer> {

    private final PrintStream stdout;
    private final Clock clock;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Leaderboard CSV to read (any upstream schema). Default: the bundled 2025-06-27 snapshot.")
    private Path input;

    @Option(names = "--output", paramLabel = "FILE|-",
            description = "Where to write the report, replaced atomically. Default, or -: standard output.")
    private String output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Report language: zh (default, as the reference report) or en.")
    private ReportLanguage language;

    @Option(names = "--vendor", paramLabel = "NAME",
            description = "Keep the models of this organization (exact value; repeat for several).")
    private List<String> vendors = new ArrayList<>();

    @Option(names = "--license", paramLabel = "NAME",
            description = "Keep the models under this licence (exact value; repeat for several).")
    private List<String> licenses = new ArrayList<>();

    @Option(names = "--open-only",
            description = "Keep only models with an open licence (not proprietary, not unknown).")
    private boolean openOnly;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Keep the models whose name contains TEXT, ignoring case.")
    private String search = "";

    @Option(names = "--sort", paramLabel = "COLUMN[:asc|desc]", converter = SortKeyConverter.class,
            description = {
                "Sort by a column; repeat for ties. COLUMN is one of: rank, stylectrl, model, score, ci, votes,"
                        + " vendor, license, cutoff.",
                "Without a direction: best first for score and votes, newest first for cutoff, else ascending.",
                "Default: rank, then score descending (the leaderboard's own order)."})
    private List<SortOrder.Key> sort = new ArrayList<>();

    @Option(names = "--time", paramLabel = "ISO-8601-INSTANT", converter = TimeConverter.class,
            description = "Data time for the report (2025-06-27T11:42:07Z, or a day 2025-06-27)."
                    + " Default: the data's own date, else now.")
    private ReportTime time;

    ExportCommand(PrintStream stdout, Clock clock) {
        this.stdout = stdout;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Leaderboard board;
        try {
            board = input == null ? BundledData.load() : new LeaderboardReader().read(input);
        } catch (LeaderboardFormatException e) {
            err.println(e.getMessage());
            err.println("arenaview: " + e.file() + " is not a readable leaderboard; nothing was written.");
            err.flush();
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            err.println("arenaview: cannot read " + input + ": " + IoMessages.reason(e));
            err.flush();
            return Cli.BAD_INPUT;
        }

        Filter filter = new Filter(new LinkedHashSet<>(vendors), new LinkedHashSet<>(licenses), search, openOnly);
        SortOrder order = sort.isEmpty() ? SortOrder.DEFAULT : new SortOrder(sort);
        ReportTime reportTime = time != null ? time
                : board.date().map(ReportTime::onDate).orElseGet(() -> ReportTime.at(clock.instant()));
        String report = new MarkdownReport(language).render(new LeaderboardView(board, filter, order), reportTime);

        if (output == null || output.equals("-")) {
            stdout.write(report.getBytes(StandardCharsets.UTF_8), 0, report.getBytes(StandardCharsets.UTF_8).length);
            stdout.flush();
            if (stdout.checkError()) {
                err.println("arenaview: cannot write the report to standard output");
                err.flush();
                return Cli.CANNOT_WRITE;
            }
            return 0;
        }
        Path target = Path.of(output);
        try {
            AtomicFiles.writeString(target, report);
        } catch (IOException e) {
            err.println("arenaview: cannot write " + output + ": " + IoMessages.reason(e)
                    + (Files.exists(target) ? " (the existing file was left as it was)" : ""));
            err.flush();
            return Cli.CANNOT_WRITE;
        }
        return 0;
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            return ReportLanguage.fromId(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a report language (zh or en)"));
        }
    }

    static final class SortKeyConverter implements CommandLine.ITypeConverter<SortOrder.Key> {
        @Override
        public SortOrder.Key convert(String value) {
            String[] parts = value.split(":", -1);
            if (parts.length > 2) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not COLUMN or COLUMN:asc|desc");
            }
            Column column = Column.fromId(parts[0]).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + parts[0] + "' is not a column; use one of "
                            + Arrays.stream(Column.values()).map(Column::id).collect(Collectors.joining(", "))));
            if (parts.length == 1) {
                return new SortOrder.Key(column, column.naturallyAscending());
            }
            switch (parts[1].toLowerCase(Locale.ROOT)) {
                case "asc": return new SortOrder.Key(column, true);
                case "desc": return new SortOrder.Key(column, false);
                default: throw new CommandLine.TypeConversionException(
                        "'" + parts[1] + "' is not a direction; use asc or desc");
            }
        }
    }

    static final class TimeConverter implements CommandLine.ITypeConverter<ReportTime> {
        @Override
        public ReportTime convert(String value) {
            try {
                return ReportTime.at(Instant.parse(value));
            } catch (DateTimeException notAnInstant) {
                try {
                    return ReportTime.onDate(LocalDate.parse(value));
                } catch (DateTimeException notADay) {
                    throw new CommandLine.TypeConversionException("'" + value
                            + "' is not an ISO-8601 instant like 2025-06-27T11:42:07Z or a day like 2025-06-27");
                }
            }
        }
    }
}
