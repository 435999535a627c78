package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.Snapshot;
import dev.arenaview.source.lmarena.LmarenaData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
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

/** {@code arenaview list}: the arenas, their categories, newest dates and row counts, as cached. */
@Command(name = "list",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Prints every arena's categories as the cache holds them: the newest date and how many models each has.",
            "With --refresh, fetches the newest of every arena first (only the files that changed).",
        })
final class ListCommand implements Callable<Integer> {

    private final PrintStream stdout;
    private final Clock clock;
    private final Map<String, String> environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--refresh", description = "Fetch the newest data of every arena (or of --arena) first.")
    private boolean refresh;

    @CommandLine.Mixin
    private SourceOptions source = new SourceOptions();

    @Option(names = "--arena", paramLabel = "ARENA", converter = SourceOptions.ArenaConverter.class,
            description = "Only this arena.")
    private Arena arena;

    ListCommand(PrintStream stdout, Clock clock, Map<String, String> environment) {
        this.stdout = stdout;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Stderr err = new Stderr(spec.commandLine().getErr(), spec.name());
        List<Arena> arenas = arena != null ? List.of(arena)
                : source.origin == Origin.LMARENA ? List.of(Arena.values()) : Arena.csvArenas();
        StringBuilder out = new StringBuilder();
        int failed = source.origin == Origin.LMARENA ? listDataset(source, arenas, out, err) : listReleases(source, arenas, out, err);
        stdout.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        stdout.flush();
        return refresh && failed == arenas.size() ? Cli.BAD_INPUT : 0;
    }

    private int listDataset(SourceOptions source, List<Arena> arenas, StringBuilder out, Stderr err) {
        LmarenaData data = source.lmarena(clock, environment);
        int failed = 0;
        List<String[]> rows = new ArrayList<>();
        List<String> notFetched = new ArrayList<>();
        for (Arena a : arenas) {
            if (refresh) {
                try {
                    data.refresh(a, CancelToken.none(), new DownloadNotes(err));
                } catch (FetchException e) {
                    failed++;
                    err.error("cannot refresh " + a.id() + ": " + e.getMessage());
                }
            }
            List<LmarenaData.BoardInfo> boards = data.boards(a);
            if (boards.isEmpty()) {
                notFetched.add(a.id());
            }
            for (LmarenaData.BoardInfo b : boards) {
                rows.add(new String[] {a.id(), b.category().id(), b.category().displayName(Locale.ENGLISH),
                    b.date().toString(), Integer.toString(b.rows())});
            }
        }
        if (!rows.isEmpty()) {
            out.append(table(new String[] {"ARENA", "CATEGORY", "NAME", "NEWEST", "MODELS"}, rows));
        }
        if (!notFetched.isEmpty()) {
            out.append(rows.isEmpty() ? "" : "\n").append("Not fetched yet: ").append(String.join(", ", notFetched))
                    .append(". 'arenaview list --refresh' fetches every arena, 'arenaview fetch --arena ")
                    .append(notFetched.get(0)).append("' one.\n");
        }
        if (refresh && arena == null) {
            try {
                Set<String> known = java.util.Arrays.stream(Arena.values())
                        .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.config()),
                                a.styleControlConfig().stream()))
                        .collect(Collectors.toSet());
                List<String> others = data.configs(CancelToken.none()).stream().filter(c -> !known.contains(c)).toList();
                if (!others.isEmpty()) {
                    out.append("\nThe dataset's other folders, not rating boards this version reads: ")
                            .append(String.join(", ", others)).append(".\n");
                }
            } catch (FetchException e) {
                err.error("cannot list the dataset's folders: " + e.getMessage());
            }
        }
        return failed;
    }

    private int listReleases(SourceOptions source, List<Arena> arenas, StringBuilder out, Stderr err) {
        LatestData data = source.latestData(clock);
        int failed = 0;
        List<String[]> rows = new ArrayList<>();
        for (Arena a : arenas) {
            if (!a.hasCsvReleases()) {
                err.error("the CSV releases (--source fboulnois) have no " + a.id() + " arena");
                failed++;
                continue;
            }
            if (refresh) {
                try {
                    data.refresh(a, CancelToken.none());
                } catch (FetchException e) {
                    failed++;
                    err.error("cannot refresh " + a.id() + ": " + e.getMessage());
                }
            }
            List<Snapshot> history = data.cache().history(a);
            Optional<Leaderboard> newest = data.offline(a);
            String when = newest.flatMap(Leaderboard::date).map(Object::toString).orElse("undated")
                    + (newest.isPresent() && newest.get().source().kind() == DataSource.Kind.BUNDLED ? " (bundled)" : "");
            rows.add(new String[] {a.id(), newest.isPresent() ? when : "-",
                newest.map(b -> Integer.toString(b.size())).orElse("-"), Integer.toString(history.size())});
        }
        out.append(table(new String[] {"ARENA", "NEWEST", "MODELS", "SNAPSHOTS"}, rows));
        return failed;
    }

    /** Columns padded to their widest cell; counts on the right. */
    static String table(String[] head, List<String[]> rows) {
        int[] width = new int[head.length];
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (String[] r : all) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean number = c == r.length - 1 || (c == r.length - 2 && head[c].equals("MODELS"));
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? "" : "  ").append(number ? pad + r[c] : r[c] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
