package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Which leaderboard: the arena, its category and a day. */
final class BoardOptions {

    @Option(names = "--arena", paramLabel = "ARENA", converter = SourceOptions.ArenaConverter.class,
            description = "The board: text (default), webdev, vision, search, document, text-to-image, image-edit,"
                    + " text-to-video, image-to-video or video-edit (image is text-to-image).")
    Arena arena = Arena.TEXT;

    @Option(names = "--category", paramLabel = "NAME",
            description = "The board's category, as LMArena names it (coding, math, creative_writing, chinese...) or"
                    + " by its readable name; default overall. 'arenaview list' shows them.")
    String category = Category.OVERALL.id();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = SourceOptions.DateConverter.class,
            description = "The leaderboard of a past day instead of the newest: for lmarena the newest published"
                    + " on or before it (the history is fetched the first time, then kept); for fboulnois that"
                    + " day's release.")
    LocalDate date;

    Category category() {
        return new Category(category.strip());
    }
}
