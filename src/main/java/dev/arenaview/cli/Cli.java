package dev.arenaview.cli;

import dev.arenaview.io.AppInfo;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line front end: {@code arenaview export ...}, {@code --help}, {@code --version}.
 * It shares the core with the window and never starts the JavaFX toolkit.
 */
@Command(name = "arenaview",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Arena Viewer: the LMArena (Chatbot Arena) LLM leaderboard on your desktop.",
            "Without a command it opens the window (on FILE.csv when one is given).",
        },
        subcommands = {ExportCommand.class, FetchCommand.class, ListCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:done",
            " 2:bad usage: an unknown option or a wrong value (the message says which)",
            " 3:bad input: the file or download cannot be read or is not a leaderboard (or the network failed and"
                    + " nothing is cached)",
            " 4:the output cannot be written (an existing file is left as it was)",
        })
public final class Cli implements Runnable {

    /** Exit status: the input cannot be read or is not a leaderboard. */
    public static final int BAD_INPUT = 3;
    /** Exit status: the output cannot be written. */
    public static final int CANNOT_WRITE = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs a command line and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return run(args, out, err, clock, System.getenv());
    }

    /** Runs a command line in an environment ({@code HF_ENDPOINT}) and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new Cli(), new Factory(out, clock, environment));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setHelpFactory(WholeWordHelp::new);
        cli.setParameterExceptionHandler((e, args1) -> {
            // The message and where to read more, not the usage: sixty lines would scroll it away.
            CommandLine failed = e.getCommandLine();
            PrintWriter errors = failed.getErr();
            errors.println(prefix(failed) + lowerFirst(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
            errors.println("See '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            errors.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(prefix(commandLine) + "internal error: " + e);
            commandLine.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /** {@code arenaview: export: } for a command's problems, {@code arenaview: } for the top level's. */
    private static String prefix(CommandLine command) {
        return command.getParent() == null ? "arenaview: " : "arenaview: " + command.getCommandName() + ": ";
    }

    /** picocli's sentences begin with a capital ("Unknown option"); ours, after the colon, do not. */
    private static String lowerFirst(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }

    /** Whether these arguments ask for the command line rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (isWindowOption(first)) {
            return false;
        }
        return first.startsWith("-") || first.equals("export") || first.equals("fetch") || first.equals("list")
                || first.equals("help");
    }

    /** {@code --source} and {@code --source-url} before anything else choose the window's source for the run. */
    private static boolean isWindowOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return name.equals("--source") || name.equals("--source-url");
    }

    @Override
    public void run() {
        // No subcommand but options the window does not take: say what exists.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --version}: the name and version from the pom. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.name() + " " + AppInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Gives the commands their output stream, clock and environment, so tests can set them. */
    private static final class Factory implements CommandLine.IFactory {
        private final PrintStream out;
        private final Clock clock;
        private final Map<String, String> environment;

        Factory(PrintStream out, Clock clock, Map<String, String> environment) {
            this.out = out;
            this.clock = clock;
            this.environment = environment;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(out, clock, environment));
            }
            if (type == FetchCommand.class) {
                return type.cast(new FetchCommand(out, clock, environment));
            }
            if (type == ListCommand.class) {
                return type.cast(new ListCommand(out, clock, environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
