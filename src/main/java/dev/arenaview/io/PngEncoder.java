package dev.arenaview.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an image as a PNG file (8-bit RGBA, not interlaced). Our own, because the packaged
 * app is a small jlinked runtime without {@code javafx.swing}, so JavaFX images cannot go
 * through {@code ImageIO}; a PNG is only a signature, three kinds of chunk and zlib data.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** IDAT data is split in chunks of this size, so the image is never held compressed twice. */
    private static final int CHUNK_BYTES = 1 << 16;

    private static final int NONE = 0;
    private static final int SUB = 1;
    private static final int UP = 2;
    private static final int PAETH = 4;

    private PngEncoder() {
    }

    /** The PNG bytes of an image whose pixels are non-premultiplied ARGB, row by row from the top. */
    public static byte[] encode(int width, int height, int[] argb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, width, height, argb);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array does not fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the PNG of an image whose pixels are non-premultiplied ARGB, row by row from the top. */
    public static void write(OutputStream out, int width, int height, int[] argb) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, not " + width + "x" + height);
        }
        if ((long) width * height != argb.length) {
            throw new IllegalArgumentException(argb.length + " pixels for a " + width + "x" + height + " image");
        }
        if ((long) width * 4 + 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too wide for a PNG row: " + width);
        }
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 6; // colour type: RGBA
        // compression, filter method and interlace stay 0: the only defined deflate and filters, no interlace
        chunk(out, "IHDR", header, header.length);

        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(new IdatStream(out), deflater, CHUNK_BYTES)) {
            int stride = width * 4;
            byte[] previous = new byte[stride];
            byte[] current = new byte[stride];
            byte[][] candidates = new byte[5][1 + stride];
            for (int y = 0; y < height; y++) {
                for (int x = 0, i = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    current[i++] = (byte) (p >>> 16);
                    current[i++] = (byte) (p >>> 8);
                    current[i++] = (byte) p;
                    current[i++] = (byte) (p >>> 24);
                }
                zlib.write(bestFilter(current, previous, candidates));
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        out.flush();
    }

    /**
     * The row filtered the way that leaves the smallest sum of (signed) bytes, the usual
     * guess at what deflates best: flat areas and straight lines become runs of zeros.
     */
    private static byte[] bestFilter(byte[] row, byte[] above, byte[][] candidates) {
        int best = NONE;
        long bestSum = Long.MAX_VALUE;
        for (int type : new int[] {NONE, SUB, UP, PAETH}) {
            byte[] filtered = candidates[type];
            filtered[0] = (byte) type;
            long sum = 0;
            for (int i = 0; i < row.length; i++) {
                int a = i >= 4 ? row[i - 4] & 0xff : 0;
                int b = above[i] & 0xff;
                int c = i >= 4 ? above[i - 4] & 0xff : 0;
                int x = row[i] & 0xff;
                int predicted;
                switch (type) {
                    case SUB: predicted = a; break;
                    case UP: predicted = b; break;
                    case PAETH: predicted = paeth(a, b, c); break;
                    default: predicted = 0; break;
                }
                byte value = (byte) (x - predicted);
                filtered[i + 1] = value;
                sum += Math.abs(value);
            }
            if (sum < bestSum) {
                bestSum = sum;
                best = type;
            }
        }
        return candidates[best];
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] len = new byte[4];
        putInt(len, 0, length);
        out.write(len);
        out.write(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.write(sum);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }

    /** The zlib stream, cut into IDAT chunks; closing it writes the last one but leaves the file open. */
    private static final class IdatStream extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int used;

        IdatStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flushChunk();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (used > 0) {
                chunk(out, "IDAT", buffer, used);
                used = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk();
        }
    }
}
