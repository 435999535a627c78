package dev.arenaview.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriterFailingHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.md");
        byte[] before = "old report".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        IOException diskFull = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new repo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", IoMessages.reason(diskFull));
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void replacingKeepsTheFilesPermissionsAndNewFilesAreReadable() throws IOException {
        Path existing = dir.resolve("shared.md");
        Files.writeString(existing, "x");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(existing, "new");
        assertEquals("new", Files.readString(existing));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));

        Path fresh = dir.resolve("fresh.md");
        AtomicFiles.writeString(fresh, "hello");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
