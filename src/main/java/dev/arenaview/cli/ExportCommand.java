package dev.arenaview.cli;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Column;
import dev.arenaview.model.Filter;
import dev.arenaview.model.FilterValues;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Origin;
import dev.arenaview.model.SortOrder;
import dev.arenaview.model.Spelling;
import dev.arenaview.report.MarkdownReport;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.report.ReportTime;
import dev.arenaview.model.DataSource;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.lmarena.LmarenaData;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            "Vendors and licences are grouped as in the window's default: --vendor DeepSeek also keeps"
                    + " DeepSeek AI, --license open-permissive keeps MIT and Apache 2.0; the report still shows"
                    + " the values as published.",
        })
final class ExportCommand implements Callable<Integer> {

    private final PrintStream stdout;
    private final Clock clock;
    private final Map<String, String> environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE|URL",
            description = "Leaderboard CSV to read (any upstream schema), a file or an http(s) address."
                    + " Default: the newest cached leaderboard of the arena and category (see 'arenaview fetch'),"
                    + " else the bundled 2025-06-27 one.")
    private String input;

    @Option(names = "--refresh",
            description = "Fetch the newest data first. Offline, the cached (or bundled) data serves, with a warning.")
    private boolean refresh;

    @Option(names = "--changes",
            description = "Add a change column (▲3 / ▼2 / new) against the previous publish date (lmarena: from the"
                    + " history, fetched the first time) or the previous cached snapshot (fboulnois), and list the"
                    + " models that left the board.")
    private boolean changes;

    @CommandLine.Mixin
    private SourceOptions source = new SourceOptions();

    @CommandLine.Mixin
    private BoardOptions which = new BoardOptions();

    @Option(names = "--output", paramLabel = "FILE|-",
            description = "Where to write the report, replaced atomically. Default, or -: standard output.")
    private String output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Report language: zh (default, as the reference report) or en.")
    private ReportLanguage language;

    @Option(names = "--vendor", paramLabel = "NAME",
            description = "Keep the models of this organization: a canonical name, which takes in its other"
                    + " spellings (Zhipu AI: also Zhipu and Z.ai), or the exact value as published."
                    + " Repeat for several.")
    private List<String> vendors = new ArrayList<>();

    @Option(names = "--license", paramLabel = "CLASS|NAME",
            description = "Keep the models under this licence: a class (proprietary, open-permissive,"
                    + " open-restricted, non-commercial, unknown), or the exact value as published"
                    + " (a class wins over a value spelled the same). Repeat for several.")
    private List<String> licenses = new ArrayList<>();

    @Option(names = "--open-only",
            description = "Keep only models with an open licence, permissive or community (not proprietary, non-commercial or unknown).")
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

    ExportCommand(PrintStream stdout, Clock clock, Map<String, String> environment) {
        this.stdout = stdout;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Stderr err = new Stderr(spec.commandLine().getErr(), spec.name());
        String inputName = input == null ? spec.name() : input;
        Leaderboard board;
        Filter filter;
        try {
            board = load(err);
            filter = filter(board);
        } catch (LeaderboardFormatException e) {
            err.located(e.getMessage());
            err.about(e.file(), "not a readable leaderboard; nothing was written");
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            err.about(input, "cannot read: " + IoMessages.reason(e));
            return Cli.BAD_INPUT;
        } catch (FetchException e) {
            err.about(inputName, e.getMessage());
            err.about(inputName, "nothing was written");
            return Cli.BAD_INPUT;
        } catch (UsageException e) {
            err.error(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }

        SortOrder order = sort.isEmpty() ? SortOrder.DEFAULT : new SortOrder(sort);
        ReportTime reportTime = time != null ? time : ReportTime.of(board, clock);
        // With --time the report is as of that time: data of about that day counts as current.
        LocalDate asOf = time != null ? time.utcDate() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        MarkdownReport renderer = new MarkdownReport(language).asOf(asOf);
        if (changes) {
            Optional<Leaderboard> earlier = earlier(board, err);
            if (earlier.isPresent()) {
                renderer = renderer.withChanges(Changes.between(earlier.get(), board));
            }
        }
        String report = renderer.render(new LeaderboardView(board, filter, order), reportTime);

        if (output == null || output.equals("-")) {
            stdout.writeBytes(report.getBytes(StandardCharsets.UTF_8));
            stdout.flush();
            if (stdout.checkError()) {
                err.error("cannot write the report to standard output");
                return Cli.CANNOT_WRITE;
            }
            return 0;
        }
        Path target = Path.of(output);
        try {
            AtomicFiles.writeString(target, report);
        } catch (IOException e) {
            err.about(output, "cannot write: " + IoMessages.reason(e)
                    + (Files.isRegularFile(target) ? " (the existing file was left as it was)" : ""));
            return Cli.CANNOT_WRITE;
        }
        return 0;
    }

    /**
     * The filter of the options, each --vendor and --license matched against the board's own
     * values ignoring case: a value that matches nothing would silently give an empty report.
     *
     * @throws UsageException naming the first value that matches nothing, with near spellings
     */
    private Filter filter(Leaderboard board) throws UsageException {
        Set<String> vendorValues = new LinkedHashSet<>();
        for (String v : vendors) {
            Set<String> values = FilterValues.vendor(v, board.entries());
            if (values.isEmpty()) {
                Set<String> known = FilterValues.vendorNames(board.entries());
                throw new UsageException(Stderr.notFound("vendor", v, "on " + leaderboardName(board),
                        Spelling.nearest(v, known, 3), "its vendors: " + String.join(", ", known)));
            }
            vendorValues.addAll(values);
        }
        Set<String> licenseValues = new LinkedHashSet<>();
        for (String l : licenses) {
            Set<String> values = FilterValues.license(l, board.entries());
            if (values.isEmpty()) {
                List<String> classes = Arrays.stream(LicenseClass.values()).map(LicenseClass::id).toList();
                Set<String> published = FilterValues.licenseNames(board.entries());
                List<String> known = new ArrayList<>(classes);
                known.addAll(published);
                throw new UsageException(Stderr.notFound("licence", l, "on " + leaderboardName(board),
                        Spelling.nearest(l, known, 3), "licence classes: " + String.join(", ", classes)
                                + "; its licences: " + String.join(", ", published)));
            }
            licenseValues.addAll(values);
        }
        return new Filter(vendorValues, licenseValues, search, openOnly, true);
    }

    /** {@code the text leaderboard of 2025-06-27}, {@code the webdev coding leaderboard of ...}. */
    private static String leaderboardName(Leaderboard board) {
        if (board.arena().isEmpty() && board.date().isEmpty()) {
            return "this leaderboard";
        }
        return "the " + board.arena().map(a -> a.id() + " ").orElse("")
                + (board.category().isOverall() ? "" : board.category() + " ") + "leaderboard"
                + board.date().map(d -> " of " + d).orElse("");
    }

    /**
     * The leaderboard to report on: the given file or URL; else the chosen source's.
     */
    private Leaderboard load(Stderr err) throws IOException, LeaderboardFormatException, FetchException,
            UsageException {
        if (input != null) {
            String lower = input.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                return source.latestData(clock).read(URI.create(input.strip()), CancelToken.none());
            }
            return new LeaderboardReader().read(Path.of(input));
        }
        return source.origin == Origin.FBOULNOIS ? loadRelease(err) : loadDataset(err);
    }

    /**
     * LMArena's dataset: a past day from the history; else the newest (fetched first with
     * --refresh), falling back to what is cached (or, for the overall text board, bundled).
     */
    private Leaderboard loadDataset(Stderr err) throws FetchException, UsageException {
        LmarenaData data = source.lmarena(clock, environment);
        Arena arena = which.arena;
        DownloadNotes notes = new DownloadNotes(err);
        FetchException refreshFailure = null;
        if (refresh && which.date == null) {
            try {
                data.refresh(arena, CancelToken.none(), notes);
            } catch (FetchException e) {
                if (e.kind() == FetchException.Kind.CANCELLED) {
                    throw e;
                }
                refreshFailure = e;
            }
        }
        List<LmarenaData.BoardInfo> boards = data.boards(arena);
        Category category = boards.isEmpty() ? Categories.asWritten(which.category)
                : Categories.resolve(which.category, arena, boards);
        if (which.date != null) {
            return data.onDate(arena, category, which.date, CancelToken.none(), notes);
        }
        Optional<Leaderboard> board = data.offline(arena, category);
        if (board.isEmpty()) {
            if (refreshFailure != null) {
                throw refreshFailure;
            }
            throw new FetchException(FetchException.Kind.NOT_FOUND, data.hub().listing(arena.config()),
                    "no " + arena.id() + " leaderboard is cached yet; run with --refresh, or 'arenaview fetch --arena "
                            + arena.id() + "'");
        }
        if (refreshFailure != null) {
            err.warning("cannot refresh: " + refreshFailure.getMessage());
            err.warning("reporting the " + describe(board.get()) + " instead");
        }
        return board.get();
    }

    /**
     * The CSV releases: a day's release (from the cache, else downloaded); else the newest
     * (fetched first with --refresh), falling back to what is cached or bundled.
     */
    private Leaderboard loadRelease(Stderr err) throws FetchException, UsageException {
        releasesHave(which);
        LatestData data = source.latestData(clock);
        if (which.date != null) {
            return data.day(which.arena, which.date, CancelToken.none());
        }
        if (refresh) {
            try {
                return data.refresh(which.arena, CancelToken.none()).board();
            } catch (FetchException e) {
                Optional<Leaderboard> fallback = data.offline(which.arena);
                if (fallback.isEmpty() || e.kind() == FetchException.Kind.CANCELLED) {
                    throw e;
                }
                err.warning("cannot refresh: " + e.getMessage());
                err.warning("reporting the " + describe(fallback.get()) + " instead");
                return fallback.get();
            }
        }
        return data.offline(which.arena).orElseThrow(() -> new FetchException(FetchException.Kind.NOT_FOUND,
                data.upstream().latest(which.arena), "no " + which.arena.id() + " leaderboard is cached yet;"
                        + " run with --refresh, or 'arenaview fetch --source fboulnois --arena " + which.arena.id() + "'"));
    }

    /** The CSV releases had three arenas and one category. */
    static void releasesHave(BoardOptions which) throws UsageException {
        if (!which.arena.hasCsvReleases()) {
            throw new UsageException("the CSV releases (--source fboulnois) have no " + which.arena.id()
                    + " arena; they published text, vision and image, and --source lmarena has every arena");
        }
        if (!which.category().isCalled(Category.OVERALL.id())) {
            throw new UsageException("the CSV releases (--source fboulnois) have only the overall category;"
                    + " --source lmarena has " + which.category);
        }
    }

    /**
     * The leaderboard to compare with: LMArena's previous publish date, from the history; or the
     * CSV snapshot cached before. Without one, a warning, and the report has no change column.
     */
    private Optional<Leaderboard> earlier(Leaderboard board, Stderr err) {
        Arena arena = board.arena().orElse(which.arena);
        if (board.origin() == Origin.LMARENA) {
            try {
                Optional<Leaderboard> before = source.lmarena(clock, environment).previous(board, CancelToken.none(),
                        new DownloadNotes(err));
                if (before.isEmpty()) {
                    err.warning(board.date().map(d -> "the leaderboard of " + d).orElse("this leaderboard")
                            + " is the first of its category; the report has no change column");
                }
                return before;
            } catch (FetchException e) {
                err.warning("cannot read the history to compare with: " + e.getMessage()
                        + "; the report has no change column");
                return Optional.empty();
            }
        }
        Optional<Leaderboard> before = source.latestData(clock).previous(arena, board.date());
        if (before.isEmpty()) {
            err.warning("no earlier " + arena.id() + " snapshot is cached to compare with;"
                    + " the report has no change column ('arenaview fetch --source fboulnois --date YYYY-MM-DD' adds one)");
        }
        return before;
    }

    private static String describe(Leaderboard board) {
        String when = board.date().map(d -> "of " + d).orElse("undated");
        String what = board.origin() == Origin.LMARENA && !board.category().isOverall()
                ? board.category() + " leaderboard " : "";
        return (board.source().kind() == DataSource.Kind.BUNDLED ? "bundled snapshot " : "cached " + what + "snapshot ")
                + when;
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            return ReportLanguage.fromId(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a report language; use zh or en"));
        }
    }

    static final class SortKeyConverter implements CommandLine.ITypeConverter<SortOrder.Key> {
        @Override
        public SortOrder.Key convert(String value) {
            String[] parts = value.split(":", -1);
            if (parts.length > 2) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a sort key; use COLUMN or COLUMN:asc|desc");
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
                            + "' is not a time; use an ISO-8601 instant like 2025-06-27T11:42:07Z or a day like 2025-06-27");
                }
            }
        }
    }
}
