package dev.arenaview.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FontSupportTest {

    @Test
    void theFirstInstalledCjkFamilyWins() {
        assertEquals(Optional.of("cjk-noto-sc"),
                FontSupport.cjkStyleClass(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")));
        assertEquals(Optional.of("cjk-wqy-microhei"), FontSupport.cjkStyleClass(List.of("DejaVu Sans", "WenQuanYi Micro Hei")));
        assertEquals(Optional.empty(), FontSupport.cjkStyleClass(List.of("DejaVu Sans")));
    }

    @Test
    void everyClassItCanPickIsInTheStylesheet() throws IOException {
        String css;
        try (InputStream in = FontSupport.class.getResourceAsStream("/dev/arenaview/ui/arenaview.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String styleClass : FontSupport.allCjkStyleClasses()) {
            assertTrue(css.contains(".root." + styleClass + " {"), styleClass);
        }
    }
}
