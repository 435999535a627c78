package dev.arenaview.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rating boards LMArena publishes. Three of them were also published as CSV releases by
 * {@code fboulnois/llm-leaderboard-csv}, under shorter names ({@code image} for text-to-image).
 */
public enum Arena {
    TEXT("text", "text", "text", "text_style_control"),
    WEBDEV("webdev", null, "webdev", null),
    VISION("vision", "vision", "vision", "vision_style_control"),
    SEARCH("search", null, "search", "search_style_control"),
    DOCUMENT("document", null, "document", "document_style_control"),
    TEXT_TO_IMAGE("text-to-image", "image", "text_to_image", null),
    IMAGE_EDIT("image-edit", null, "image_edit", null),
    TEXT_TO_VIDEO("text-to-video", null, "text_to_video", null),
    IMAGE_TO_VIDEO("image-to-video", null, "image_to_video", null),
    VIDEO_EDIT("video-edit", null, "video_edit", null);

    private final String id;
    private final String csvId;
    private final String config;
    private final String styleControlConfig;

    Arena(String id, String csvId, String config, String styleControlConfig) {
        this.id = id;
        this.csvId = csvId;
        this.config = config;
        this.styleControlConfig = styleControlConfig;
    }

    /** The name on the command line, in settings and in messages: {@code text}, {@code text-to-image}. */
    public String id() {
        return id;
    }

    /**
     * The name in the CSV releases' file names ({@code lmarena_image.csv}), for the three arenas
     * they published; empty for the others.
     */
    public Optional<String> csvId() {
        return Optional.ofNullable(csvId);
    }

    public boolean hasCsvReleases() {
        return csvId != null;
    }

    /** The arenas the CSV releases published, in their order: text, vision, text-to-image. */
    public static List<Arena> csvArenas() {
        return Arrays.stream(values()).filter(Arena::hasCsvReleases).toList();
    }

    /** The folder (config) of LMArena's dataset that holds this board: {@code text_to_image}. */
    public String config() {
        return config;
    }

    /**
     * The dataset's folder of the same board with the answers' style taken out of the ratings,
     * which gives the StyleCtrl rank; empty for boards published without one.
     */
    public Optional<String> styleControlConfig() {
        return Optional.ofNullable(styleControlConfig);
    }

    /** The arena of a name as any source writes it: {@code text-to-image}, {@code image} or {@code text_to_image}. */
    public static Optional<Arena> fromId(String id) {
        String t = id.strip().toLowerCase(Locale.ROOT);
        for (Arena arena : values()) {
            if (arena.id.equals(t) || t.equals(arena.csvId) || arena.config.equals(t)) {
                return Optional.of(arena);
            }
        }
        return Optional.empty();
    }

    /** The arena whose dataset folder this is (not its style-control twin). */
    public static Optional<Arena> fromConfig(String config) {
        return Arrays.stream(values()).filter(a -> a.config.equals(config)).findFirst();
    }
}
