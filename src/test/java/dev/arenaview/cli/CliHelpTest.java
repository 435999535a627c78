package dev.arenaview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The usage help as printed at the default width. */
class CliHelpTest {

    /** The commands as the command line builds them, to read their descriptions as written in the source. */
    static CommandLine commands() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return new CommandLine(new Cli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(nowhere, CliTest.NOW, Map.of()));
                }
                if (type == FetchCommand.class) {
                    return type.cast(new FetchCommand(nowhere, CliTest.NOW, Map.of()));
                }
                if (type == ListCommand.class) {
                    return type.cast(new ListCommand(nowhere, CliTest.NOW, Map.of()));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
    }

    static List<String> texts(CommandSpec spec) {
        List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        spec.options().forEach(o -> texts.addAll(Arrays.asList(o.description())));
        texts.addAll(spec.usageMessage().exitCodeList().values());
        return texts;
    }

    /**
     * The words of a text that hold a '/', ':' or '.' inside them, where the JDK's line breaker
     * (and so picocli) may cut: addresses, paths, hosts, times.
     */
    static List<String> cuttableWords(String text) {
        return Arrays.stream(text.split("\\s+"))
                .map(w -> w.replaceAll("^[('\"]+", "").replaceAll("[)'\",.;:?]+$", ""))
                .filter(w -> w.length() > 2 && w.substring(1, w.length() - 1).matches(".*[/:.].*"))
                .toList();
    }

    static long count(String text, String word) {
        long n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void helpKeepsEveryAddressAndPathWhole() {
        CommandLine top = commands();
        List<String[]> helps = List.of(new String[] {"--help"}, new String[] {"export", "--help"},
                new String[] {"fetch", "--help"}, new String[] {"list", "--help"});
        List<String> checked = new ArrayList<>();
        for (String[] args : helps) {
            CommandSpec spec = args.length == 1 ? top.getCommandSpec() : top.getSubcommands().get(args[0]).getCommandSpec();
            CliTest.Result help = CliTest.run(args);
            assertEquals(0, help.status(), help.err());
            List<String> words = texts(spec).stream().flatMap(t -> cuttableWords(t).stream()).distinct().toList();
            for (String word : words) {
                long written = texts(spec).stream().mapToLong(t -> count(t, word)).sum();
                assertTrue(count(help.out(), word) >= written,
                        String.join(" ", args) + " cuts " + word + ":\n" + help.out());
                checked.add(word);
            }
            assertTrue(help.out().lines().allMatch(l -> l.length() <= 80), "the width stays 80:\n" + help.out());
        }
        assertTrue(checked.containsAll(List.of("https://github.com/fboulnois/llm-leaderboard-csv", "https://huggingface.co",
                "~/.cache/arenaview", "$XDG_CACHE_HOME/arenaview", "fboulnois/llm-leaderboard-csv")), checked.toString());
    }

    @Test
    void wrappingBreaksOnlyAtSpaces() {
        String text = "see https://example.com/a/very/long/path and ~/.cache/x";
        assertEquals(3, WholeWordHelp.WholeWords.lineEnd(text, 0, 12), "after 'see', not inside the address");
        assertEquals(text.indexOf(" and"), WholeWordHelp.WholeWords.lineEnd(text, 4, 10),
                "a word longer than the room is not cut here");
        assertEquals(text.length(), WholeWordHelp.WholeWords.lineEnd(text, 0, 100));
        assertFalse(Stream.of(CliTest.run("export", "--help").out().split("\n")).anyMatch(l -> l.endsWith("github.")));
    }
}
