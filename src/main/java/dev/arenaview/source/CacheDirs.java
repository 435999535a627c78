package dev.arenaview.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the platform keeps caches: {@code $XDG_CACHE_HOME/arenaview} or
 * {@code ~/.cache/arenaview} on Linux, {@code ~/Library/Caches/arenaview} on macOS,
 * {@code %LOCALAPPDATA%\arenaview\cache} on Windows. {@code XDG_CACHE_HOME} wins on every
 * platform, so tests and users can point the cache elsewhere.
 */
public final class CacheDirs {

    private CacheDirs() {
    }

    public static Path defaultDir() {
        return forEnvironment(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path forEnvironment(Map<String, String> env, String osName, Path home) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "arenaview");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("arenaview");
        }
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("arenaview").resolve("cache");
        }
        return home.resolve(".cache").resolve("arenaview");
    }
}
