package dev.arenaview.ui.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Finds an installed font that has Chinese glyphs. JavaFX does not fall back to CJK fonts
 * by itself on every system (on Debian, Noto Sans CJK is used only when named), and its
 * CSS takes a single family, so the stylesheet has one class per family and this picks
 * the first that is installed.
 */
public final class FontSupport {

    /** Families by preference, with the stylesheet class that names each. */
    private static final Map<String, String> CJK_FAMILIES = new LinkedHashMap<>();

    static {
        CJK_FAMILIES.put("Noto Sans CJK SC", "cjk-noto-sc");
        CJK_FAMILIES.put("Source Han Sans SC", "cjk-source-han-sc");
        CJK_FAMILIES.put("Microsoft YaHei UI", "cjk-yahei-ui");
        CJK_FAMILIES.put("Microsoft YaHei", "cjk-yahei");
        CJK_FAMILIES.put("PingFang SC", "cjk-pingfang-sc");
        CJK_FAMILIES.put("Heiti SC", "cjk-heiti-sc");
        CJK_FAMILIES.put("WenQuanYi Micro Hei", "cjk-wqy-microhei");
        CJK_FAMILIES.put("WenQuanYi Zen Hei", "cjk-wqy-zenhei");
    }

    private FontSupport() {
    }

    /** The stylesheet class of the first installed CJK family, if any. */
    public static Optional<String> cjkStyleClass() {
        return cjkStyleClass(Font.getFamilies());
    }

    static Optional<String> cjkStyleClass(List<String> installed) {
        return CJK_FAMILIES.entrySet().stream().filter(e -> installed.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The first installed CJK family, for text drawn outside the stylesheet (charts). */
    public static Optional<String> cjkFamily() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.keySet().stream().filter(installed::contains).findFirst();
    }

    /** Every class the stylesheet defines for CJK families. */
    public static List<String> allCjkStyleClasses() {
        return List.copyOf(CJK_FAMILIES.values());
    }
}
