package dev.arenaview.bench;

import dev.arenaview.source.lmarena.HubStandIn;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the command line on LMArena's dataset as a user runs it, each run a new process:
 * {@code fetch} of the text board from a loopback stand-in for Hugging Face into an empty cache,
 * {@code export --date} from a cached history of about 60 MB, and {@code export} of the cached
 * newest board (which must not load DuckDB). The dataset is made by {@link GenerateDataset}.
 *
 * <p>Usage: {@code DatasetTimings DATASET_DIR RUNS COMMAND...}, for example
 * {@code target/bench/dataset 11 target/dist/arenaview/lib/app/arenaview.sh}.
 */
public final class DatasetTimings {

    private DatasetTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<String> command = Arrays.asList(args).subList(2, args.length);
        if (!Files.exists(dataset.resolve("text/full-00000-of-00001.parquet"))) {
            GenerateDataset.main(new String[] {dataset.toString()});
        }
        Path scratch = Files.createTempDirectory("dataset-timings");
        try (HubStandIn hub = new HubStandIn()) {
            for (String config : new String[] {"text", "text_style_control"}) {
                for (String split : new String[] {"latest", "full"}) {
                    String name = config + "/" + split + "-00000-of-00001.parquet";
                    hub.publish(name, Files.readAllBytes(dataset.resolve(name)));
                }
            }
            String endpoint = hub.endpoint().toString();
            // Not counted: the launcher writes its class archive at a first start, as at a user's first use.
            run(command, scratch, "fetch", "--arena", "text", "--source-url", endpoint,
                    "--cache-dir", scratch.resolve("warm-up").toString());
            List<Long> fetch = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path cache = scratch.resolve("fetch-" + i);
                fetch.add(run(command, scratch, "fetch", "--arena", "text", "--source-url", endpoint,
                        "--cache-dir", cache.toString()));
            }
            Path cache = scratch.resolve("history");
            run(command, scratch, "fetch", "--arena", "text", "--date", "2026-06-01", "--source-url", endpoint,
                    "--cache-dir", cache.toString());
            List<Long> onDate = new ArrayList<>();
            List<Long> cached = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                // In turns, so that a busy moment of the machine falls on both.
                onDate.add(run(command, scratch, "export", "--lang", "en", "--date", "2026-06-01",
                        "--category", "coding", "--source-url", endpoint, "--cache-dir", cache.toString()));
                cached.add(run(command, scratch, "export", "--lang", "en", "--source-url", endpoint,
                        "--cache-dir", cache.toString()));
            }
            System.out.printf("fetch text (latest %,d + %,d bytes) into an empty cache: %s%n",
                    Files.size(dataset.resolve("text/latest-00000-of-00001.parquet")),
                    Files.size(dataset.resolve("text_style_control/latest-00000-of-00001.parquet")), summary(fetch));
            System.out.printf("export --date from the cached history (full %,d bytes): %s%n",
                    Files.size(dataset.resolve("text/full-00000-of-00001.parquet")), summary(onDate));
            System.out.printf("export of the cached newest board: %s%n", summary(cached));
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Wall-clock milliseconds of one run, which must succeed. */
    private static long run(List<String> command, Path scratch, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(command);
        line.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(scratch.resolve("stderr.txt").toFile());
        pb.environment().remove("HF_ENDPOINT");
        // An archive of its own: another build's launcher would replace the user's, and each then rewrites it.
        pb.environment().put("ARENAVIEW_CDS_DIR", scratch.resolve("cds").toString());
        long start = System.nanoTime();
        int status = pb.start().waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", line) + " ended with " + status + ": "
                    + Files.readString(scratch.resolve("stderr.txt")));
        }
        return ms;
    }

    private static String summary(List<Long> ms) {
        List<Long> sorted = ms.stream().sorted().toList();
        return String.format("median %d ms (min %d, max %d, %d runs)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
