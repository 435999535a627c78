package dev.arenaview.ui.shared;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The window's texts in one language, from {@code messages*.properties}. */
public final class Messages {

    private final UiLanguage language;
    private final ResourceBundle bundle;

    public Messages(UiLanguage language) {
        this.language = language;
        // No fallback to the system locale: an English window on a Chinese system stays English.
        this.bundle = ResourceBundle.getBundle("dev.arenaview.ui.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public UiLanguage language() {
        return language;
    }

    /** The text for a key, with {0}, {1}... filled in. */
    public String get(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), language.locale());
        return format.format(args);
    }

    /** A menu text without its mnemonic marker, for buttons and tooltips. */
    public String plain(String key) {
        return get(key).replaceAll("\\(_.\\)", "").replace("_", "");
    }
}
