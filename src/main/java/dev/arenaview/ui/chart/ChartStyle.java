package dev.arenaview.ui.chart;

import dev.arenaview.ui.shared.FontSupport;
import dev.arenaview.ui.shared.UiLanguage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Fonts and colours of the charts. A canvas is drawn outside CSS, so the colours repeat those
 * of {@code arenaview.css} (accent, muted text, table lines) and the font family is chosen as
 * the stylesheet's is: the platform's, or for Chinese the first CJK family installed.
 */
final class ChartStyle {

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.web("#3b3f52");
    static final Color MUTED = Color.web("#8a90a6");
    static final Color GRID = Color.web("#eef0f5");
    static final Color AXIS = Color.web("#c6cad8");
    static final Color ACCENT = Color.web("#4338ca");
    static final Color ROW_ALT = Color.web("#fafbfd");
    static final Color ROW_SELECTED = Color.web("#e3e6fb");

    /**
     * Colours of a {@link ColourKey}'s classes, in its order: indigo (the accent), green,
     * orange, purple, grey; apart in hue and lightness, so they survive colour blindness.
     */
    static final Color[] CLASSES = {ACCENT, Color.web("#009e73"), Color.web("#e69f00"), Color.web("#cc79a7"), MUTED};

    /** Colours of the history's lines, one per model (Tableau 10). */
    static final Color[] SERIES = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"),
            Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"),
            Color.web("#ff9da7"), Color.web("#9c755f"), Color.web("#bab0ac")};

    final Font title;
    final Font subtitle;
    final Font label;
    final Font labelBold;
    final Font small;
    private final Text measure = new Text();

    private ChartStyle(String family) {
        title = Font.font(family, FontWeight.BOLD, 15);
        subtitle = Font.font(family, 12);
        label = Font.font(family, 12);
        labelBold = Font.font(family, FontWeight.BOLD, 12);
        small = Font.font(family, 11);
    }

    static ChartStyle forLanguage(UiLanguage language) {
        String family = Font.getDefault().getFamily();
        if (language == UiLanguage.ZH) {
            family = FontSupport.cjkFamily().orElse(family);
        }
        return new ChartStyle(family);
    }

    static Color classColour(int index) {
        return index < 0 ? MUTED : CLASSES[index % CLASSES.length];
    }

    static Color seriesColour(int index) {
        return SERIES[index % SERIES.length];
    }

    double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The text, cut short with an ellipsis when it is wider than {@code max}. */
    String fit(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + "\u2026", font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo) + "\u2026";
    }
}
