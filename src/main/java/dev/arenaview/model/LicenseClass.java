package dev.arenaview.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a licence lets people do with a model, coarsely: the classes of
 * {@code licenses.properties}, for grouping and the "open licences only" filter.
 */
public enum LicenseClass {
    /** Weights not published: the model is used through its vendor's service. */
    PROPRIETARY("proprietary"),
    /** Weights under a permissive open-source licence: Apache, MIT, BSD, CC-BY. */
    OPEN_PERMISSIVE("open-permissive"),
    /**
     * Weights under a vendor's own community licence that allows commercial use with
     * conditions (Llama, Gemma, Qwen, DeepSeek...).
     */
    OPEN_RESTRICTED("open-restricted"),
    /** Weights for research or personal use only (CC-BY-NC, Mistral Research...). */
    NON_COMMERCIAL("non-commercial"),
    /** No licence stated, or one the mapping does not know. */
    UNKNOWN("unknown");

    private final String id;

    LicenseClass(String id) {
        this.id = id;
    }

    /** The class as written in {@code licenses.properties} and on the command line. */
    public String id() {
        return id;
    }

    /** True for both open kinds: the weights may be used commercially, with or without conditions. */
    public boolean isOpen() {
        return this == OPEN_PERMISSIVE || this == OPEN_RESTRICTED;
    }

    /**
     * The class of an id, ignoring case and whether words are joined by hyphens, underscores
     * or spaces: {@code open-permissive}, {@code OPEN_PERMISSIVE} and {@code Open permissive}.
     */
    public static Optional<LicenseClass> fromId(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (LicenseClass c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The class whose {@link #name()} is exactly {@code name}: how a grouped {@link Filter}
     * holds classes, so a published licence spelled like a class is not taken for one.
     */
    public static Optional<LicenseClass> fromName(String name) {
        for (LicenseClass c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
