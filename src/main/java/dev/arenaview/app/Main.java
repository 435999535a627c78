package dev.arenaview.app;

import dev.arenaview.cli.Cli;
import java.time.Clock;

/**
 * The entry point of the jar and the packaged launcher. It does not extend
 * {@code Application}: a command runs the command line without starting the JavaFX toolkit,
 * so {@code arenaview export} works on a machine without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Until the window lands, running without a command shows what the command line can do.
        String[] cliArgs = Cli.isCommand(args) ? args : new String[] {"--help"};
        System.exit(Cli.run(cliArgs, System.out, System.err, Clock.systemUTC()));
    }
}
