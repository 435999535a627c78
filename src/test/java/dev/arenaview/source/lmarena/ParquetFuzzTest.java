package dev.arenaview.source.lmarena;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged Parquet files (cut short, bits flipped, runs of bytes overwritten) read through DuckDB:
 * each ends in the rows of a board that pass every check, or in an error that names the file,
 * never in another exception, a hang or a crash of the JVM. With a fixed seed, so a failure can be
 * replayed: {@code -Dparquet.fuzz.cases=N -Dparquet.fuzz.seed=S}.
 */
class ParquetFuzzTest {

    static final int CASES = Integer.getInteger("parquet.fuzz.cases", 400);
    static final long SEED = Long.getLong("parquet.fuzz.seed", 20261207L);

    @TempDir
    Path dir;

    @Test
    void damagedFilesEndInRowsOrAnErrorNamingTheFile() throws Exception {
        byte[] good = Boards.textLatest().bytes();
        Random random = new Random(SEED);
        int errors = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (ParquetTable table = ParquetTable.open(dir, dir.resolve("tmp"))) {
            for (int c = 0; c < CASES; c++) {
                byte[] bad = damage(good, random);
                Path file = dir.resolve("case-" + c + ".parquet");
                Files.write(file, bad);
                List<ParquetTable.DataFile> files = List.of(new ParquetTable.DataFile(file, "text/latest-00000-of-00001.parquet"));
                Future<ParquetTable.Rows> read = worker.submit(() -> table.all(files));
                try {
                    read.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail("case " + c + " (seed " + SEED + ") hangs");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof DatasetException)) {
                        fail("case " + c + " (seed " + SEED + ") ended in " + e.getCause(), e.getCause());
                    }
                    errors++;
                    String message = e.getCause().getMessage();
                    assertTrue(message.startsWith("text/latest-00000-of-00001.parquet: "), "case " + c + ": " + message);
                    assertTrue(!message.contains(dir.toString()), "the message names the dataset's file, not the cache's: "
                            + message);
                }
                Files.delete(file);
            }
        } finally {
            worker.shutdownNow();
        }
        assertTrue(errors > CASES / 4, "most damaged files are refused: " + errors + " of " + CASES);
    }

    /** Cut short, some bits flipped, or a run of bytes overwritten. */
    static byte[] damage(byte[] good, Random random) {
        byte[] bad = good.clone();
        switch (random.nextInt(3)) {
            case 0:
                return java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
            case 1:
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bad;
            default:
                int from = random.nextInt(bad.length);
                int to = Math.min(bad.length, from + 1 + random.nextInt(64));
                for (int i = from; i < to; i++) {
                    bad[i] = (byte) random.nextInt(256);
                }
                return bad;
        }
    }
}
