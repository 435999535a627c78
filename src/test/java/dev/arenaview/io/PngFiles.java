package dev.arenaview.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A small PNG reader for tests, written from the specification rather than from the encoder:
 * checks the signature, every chunk's CRC and the chunk order, inflates the image data and
 * undoes the five row filters. Only 8-bit RGBA, which is all we write.
 */
public final class PngFiles {

    /** A decoded image: its size and its pixels as ARGB. */
    public record Image(int width, int height, int[] argb) {
        public int pixel(int x, int y) {
            return argb[y * width + x];
        }
    }

    private PngFiles() {
    }

    public static Image decode(byte[] png) {
        byte[] signature = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
        if (!Arrays.equals(signature, Arrays.copyOf(png, 8))) {
            throw new AssertionError("not a PNG signature");
        }
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        int width = -1;
        int height = -1;
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        boolean first = true;
        boolean ended = false;
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            byte[] data = new byte[length];
            in.get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            if ((int) crc.getValue() != in.getInt()) {
                throw new AssertionError("bad CRC in " + new String(type, StandardCharsets.US_ASCII));
            }
            String name = new String(type, StandardCharsets.US_ASCII);
            if (first && !name.equals("IHDR")) {
                throw new AssertionError("the first chunk must be IHDR, was " + name);
            }
            first = false;
            switch (name) {
                case "IHDR":
                    ByteBuffer h = ByteBuffer.wrap(data);
                    width = h.getInt();
                    height = h.getInt();
                    if (data[8] != 8 || data[9] != 6 || data[10] != 0 || data[11] != 0 || data[12] != 0) {
                        throw new AssertionError("not 8-bit RGBA, deflate, standard filters, no interlace");
                    }
                    break;
                case "IDAT":
                    zlib.write(data, 0, data.length);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    break;
            }
        }
        if (!ended) {
            throw new AssertionError("no IEND chunk");
        }
        int stride = width * 4;
        byte[] raw = new byte[(stride + 1) * height];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib.toByteArray());
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != raw.length || !inflater.finished()) {
                throw new AssertionError("image data holds " + n + " bytes, not " + raw.length);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("image data is not zlib", e);
        } finally {
            inflater.end();
        }
        int[] argb = new int[width * height];
        byte[] previous = new byte[stride];
        for (int y = 0; y < height; y++) {
            int filter = raw[y * (stride + 1)];
            byte[] row = Arrays.copyOfRange(raw, y * (stride + 1) + 1, (y + 1) * (stride + 1));
            for (int i = 0; i < stride; i++) {
                int a = i >= 4 ? row[i - 4] & 0xff : 0;
                int b = previous[i] & 0xff;
                int c = i >= 4 ? previous[i - 4] & 0xff : 0;
                int add;
                switch (filter) {
                    case 0: add = 0; break;
                    case 1: add = a; break;
                    case 2: add = b; break;
                    case 3: add = (a + b) / 2; break;
                    case 4:
                        int p = a + b - c;
                        int pa = Math.abs(p - a);
                        int pb = Math.abs(p - b);
                        int pc = Math.abs(p - c);
                        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                        break;
                    default: throw new AssertionError("unknown filter " + filter + " on row " + y);
                }
                row[i] = (byte) (row[i] + add);
            }
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = (row[x * 4 + 3] & 0xff) << 24 | (row[x * 4] & 0xff) << 16
                        | (row[x * 4 + 1] & 0xff) << 8 | (row[x * 4 + 2] & 0xff);
            }
            previous = row;
        }
        return new Image(width, height, argb);
    }
}
