package dev.arenaview.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The languages a report can be written in, each with its own texts. */
public enum ReportLanguage {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String id;
    private final Locale locale;

    ReportLanguage(String id, Locale locale) {
        this.id = id;
        this.locale = locale;
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<ReportLanguage> fromId(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ReportLanguage l : values()) {
            if (t.equals(l.id) || t.startsWith(l.id + "_") || t.startsWith(l.id + "-")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language for a locale: Chinese for any Chinese locale, else English. */
    public static ReportLanguage forLocale(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    private volatile ResourceBundle bundle;

    /** Looked up once: a cell of every row asks for a text ("n/a"), a million times for a large file. */
    private ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = ResourceBundle.getBundle("dev.arenaview.report.report", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = b;
        }
        return b;
    }

    /** A report text in this language; never falls back to the system locale's texts. */
    String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text " + key + " is missing for " + id, e);
        }
    }
}
