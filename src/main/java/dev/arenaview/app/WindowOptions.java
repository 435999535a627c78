package dev.arenaview.app;

import dev.arenaview.model.Links;
import dev.arenaview.model.Origin;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window's command line may say: {@code --source lmarena|fboulnois} and
 * {@code --source-url BASE} (for a mirror or a test server; they override the settings for that
 * run), and a CSV file to open.
 *
 * @param origin    the source asked for, else the one in the settings
 * @param sourceUrl the address to fetch it from, else the settings' or the default
 * @param file      a CSV to open
 */
record WindowOptions(Optional<Origin> origin, Optional<URI> sourceUrl, Optional<Path> file) {

    /** An option of the window's command line that cannot be used, worded for the terminal. */
    static final class BadOption extends Exception {
        BadOption(String message) {
            super(message);
        }
    }

    static WindowOptions parse(List<String> args) throws BadOption {
        Optional<Origin> origin = Optional.empty();
        Optional<URI> url = Optional.empty();
        Optional<Path> file = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--source") || name.equals("--source-url")) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new BadOption(name + ": needs a value");
                }
                if (name.equals("--source")) {
                    origin = Optional.of(Origin.fromId(value).orElseThrow(() ->
                            new BadOption("--source: '" + value + "' is not a source; use lmarena or fboulnois")));
                } else {
                    url = Optional.of(Links.webUri(value).orElseThrow(() -> new BadOption("--source-url: '" + value
                            + "' is not an address; use one starting with http:// or https://")));
                }
            } else if (arg.startsWith("-")) {
                // Options of the toolkit or the launcher (-psn_..., --add-opens) are not ours to refuse.
                continue;
            } else if (file.isEmpty()) {
                file = Optional.of(Path.of(arg));
            }
        }
        return new WindowOptions(origin, url, file);
    }
}
