package dev.arenaview.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngEncoderTest {

    @TempDir
    Path dir;

    @Test
    void everyPixelComesBackWithItsColourAndTransparency() {
        int w = 37;
        int h = 23;
        int[] argb = new int[w * h];
        Random random = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Flat areas, gradients and noise, so every row filter gets chosen somewhere.
                argb[y * w + x] = y < 8 ? 0xff4338ca : y < 16 ? (0xff << 24 | x * 6 << 16 | y * 9 << 8 | 40)
                        : random.nextInt();
            }
        }
        PngFiles.Image image = PngFiles.decode(PngEncoder.encode(w, h, argb));
        assertEquals(w, image.width());
        assertEquals(h, image.height());
        assertArrayEquals(argb, image.argb());
    }

    @Test
    void aLargeFlatImageIsSmallAndSpreadOverSeveralDataChunks() {
        int w = 1200;
        int h = 900;
        int[] argb = new int[w * h];
        Random random = new Random(1);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = i % 977 == 0 ? random.nextInt() : 0xffffffff;
        }
        byte[] png = PngEncoder.encode(w, h, argb);
        assertTrue(png.length < w * h / 4, "a mostly white chart compresses: " + png.length + " bytes");
        assertArrayEquals(argb, PngFiles.decode(png).argb());
    }

    @Test
    void writtenAtomicallyTheFileIsTheSameImage() throws Exception {
        int[] argb = {0xffff0000, 0x8000ff00, 0x000000ff, 0xffffffff};
        Path file = dir.resolve("chart.png");
        AtomicFiles.write(file, out -> PngEncoder.write(out, 2, 2, argb));
        assertArrayEquals(argb, PngFiles.decode(Files.readAllBytes(file)).argb());
    }

    @Test
    void refusesPixelsThatDoNotFitTheSize() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(3, 3, new int[8]));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(0, 1, new int[0]));
    }
}
