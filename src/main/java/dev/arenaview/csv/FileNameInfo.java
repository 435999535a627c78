package dev.arenaview.csv;

import dev.arenaview.model.Arena;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an upstream file name tells about its data: the arena ({@code lmarena_vision.csv};
 * {@code lmsys*.csv} only ever held the text arena) and a date
 * ({@code lmsys_2025.06.27.csv}, {@code lmarena_text_20250804.csv}).
 */
public record FileNameInfo(Optional<Arena> arena, Optional<LocalDate> date, boolean lmarenaName) {

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(20\\d{2})([._-]?)(\\d{2})\\2(\\d{2})(?!\\d)");
    private static final Pattern LMARENA = Pattern.compile("^lmarena[_-]?(text|vision|image)");

    public static FileNameInfo of(String fileName) {
        String name = baseName(fileName).toLowerCase(Locale.ROOT);
        Optional<Arena> arena = Optional.empty();
        boolean lmarena = name.startsWith("lmarena");
        Matcher m = LMARENA.matcher(name);
        if (m.find()) {
            arena = Arena.fromId(m.group(1));
        } else if (name.startsWith("lmsys")) {
            arena = Optional.of(Arena.TEXT);
        }
        return new FileNameInfo(arena, dateIn(name), lmarena);
    }

    static Optional<LocalDate> dateIn(String name) {
        Matcher m = DATE.matcher(name);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            } catch (DateTimeException e) {
                // Eight digits that are not a date (a build number): look further along the name.
            }
        }
        return Optional.empty();
    }

    /** The last part of a path or address: the file's own name. */
    public static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
