package dev.arenaview.app;

import dev.arenaview.cli.Cli;
import java.time.Clock;
import javafx.application.Application;

/**
 * The entry point of the jar and the packaged launcher. It does not extend
 * {@code Application}: a command runs the command line without starting the JavaFX toolkit,
 * so {@code arenaview export} works on a machine without a display. Without a command (or
 * with a CSV file) it opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Downloads go through the proxy the operating system is set to use.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err, Clock.systemUTC()));
        }
        WindowOptions options;
        try {
            options = WindowOptions.parse(java.util.List.of(args));
        } catch (WindowOptions.BadOption e) {
            System.err.println("arenaview: " + e.getMessage());
            System.exit(2);
            return;
        }
        ArenaViewApp.readStartDataInBackground(options);
        try {
            Application.launch(ArenaViewApp.class, args);
        } catch (RuntimeException | Error e) {
            // Typically no display: say so, and point to what works without one.
            System.err.println("arenaview: cannot open the window: " + rootMessage(e));
            System.err.println("The command line works without a display: arenaview export --help");
            System.exit(1);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
