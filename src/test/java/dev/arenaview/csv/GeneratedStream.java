package dev.arenaview.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code head}, then {@code fill} over and over up to {@code size} bytes in all, made as it is
 * read: a test can offer a file far larger than anything it keeps in memory, and see how much of
 * it was read.
 */
final class GeneratedStream extends InputStream {

    private final byte[] head;
    private final byte[] fill;
    private final long size;
    private long position;

    GeneratedStream(byte[] head, byte[] fill, long size) {
        this.head = head.clone();
        this.fill = fill.clone();
        this.size = size;
    }

    GeneratedStream(String head, String fill, long size) {
        this(head.getBytes(StandardCharsets.UTF_8), fill.getBytes(StandardCharsets.UTF_8), size);
    }

    /** How many bytes have been read so far. */
    synchronized long bytesRead() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++, position++) {
            buffer[offset + i] = position < head.length
                    ? head[(int) position]
                    : fill[(int) ((position - head.length) % fill.length)];
        }
        return n;
    }
}
