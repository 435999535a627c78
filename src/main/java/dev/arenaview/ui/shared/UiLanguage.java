package dev.arenaview.ui.shared;

import dev.arenaview.report.ReportLanguage;
import java.util.Locale;
import java.util.Optional;

/** The languages of the window. */
public enum UiLanguage {
    EN("en", Locale.ENGLISH, ReportLanguage.EN),
    ZH("zh", Locale.SIMPLIFIED_CHINESE, ReportLanguage.ZH);

    private final String id;
    private final Locale locale;
    private final ReportLanguage reportLanguage;

    UiLanguage(String id, Locale locale, ReportLanguage reportLanguage) {
        this.id = id;
        this.locale = locale;
        this.reportLanguage = reportLanguage;
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    /** The report language that goes with this window language. */
    public ReportLanguage reportLanguage() {
        return reportLanguage;
    }

    public static Optional<UiLanguage> fromId(String id) {
        for (UiLanguage l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Chinese for any Chinese system locale, else English. */
    public static UiLanguage forLocale(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }
}
