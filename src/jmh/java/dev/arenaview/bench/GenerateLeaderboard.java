package dev.arenaview.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a leaderboard-shaped CSV (schema C header) of any size, for benchmarks:
 *
 *   java src/jmh/java/dev/arenaview/bench/GenerateLeaderboard.java ROWS OUTPUT.csv [SEED]
 *
 * Names, vendors and licences are drawn from realistic pools (with commas, quotes and
 * parentheses in some names), scores fall with the rank, and the output is the same for the
 * same seed. One million rows make about 107 MB.
 */
public final class GenerateLeaderboard {

    private static final String[] VENDORS = {"Google", "OpenAI", "Anthropic", "Meta", "Alibaba", "DeepSeek", "Mistral",
        "xAI", "Tencent", "Microsoft", "Amazon", "Cohere", "NVIDIA", "01 AI", "Zhipu AI", "MiniMax", "IBM", "Ai2",
        "Nous Research", "Black Forest Labs", "Stability AI", "Moonshot", "ByteDance", "Reka AI", "AI21 Labs"};
    private static final String[] LICENSES = {"Proprietary", "Proprietary", "Proprietary", "Apache 2.0", "MIT",
        "Llama 3.1 Community", "Gemma", "CC-BY-NC-4.0", "Qwen", "DeepSeek", "Non-commercial", ""};
    private static final String[] FAMILIES = {"Gemini", "GPT", "Claude", "Llama", "Qwen", "DeepSeek", "Mistral",
        "Grok", "Hunyuan", "Phi", "Nova", "Command", "Nemotron", "Yi", "GLM", "MiniMax", "Granite", "OLMo", "Hermes"};

    /** Writes {@code rows} rows to {@code out} with the given seed. */
    public static void write(int rows, Path out, long seed) throws IOException {
        main(new String[] {Integer.toString(rows), out.toString(), Long.toString(seed)});
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java src/jmh/java/dev/arenaview/bench/GenerateLeaderboard.java ROWS OUTPUT.csv [SEED]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n");
            double score = 1500;
            for (int i = 1; i <= rows; i++) {
                score -= random.nextDouble() * 600.0 / rows;
                String family = FAMILIES[random.nextInt(FAMILIES.length)];
                String model = family + "-" + (1 + random.nextInt(5)) + "." + random.nextInt(10) + "-"
                        + Integer.toHexString(random.nextInt(1 << 20)) + "-" + i;
                if (random.nextInt(20) == 0) {
                    model = "\"" + model + " (preview, \"\"exp\"\")\"";
                }
                int ci = 2 + random.nextInt(12);
                String vendor = VENDORS[random.nextInt(VENDORS.length)];
                String license = LICENSES[random.nextInt(LICENSES.length)];
                String cutoff = random.nextInt(3) == 0 ? "" : (2022 + random.nextInt(4)) + "/" + (1 + random.nextInt(12));
                w.write(i + "," + (i + random.nextInt(7)) + "," + model + "," + Math.round(score) + ",+" + ci + "/-"
                        + (ci + random.nextInt(3)) + "," + (1000 + random.nextInt(90_000)) + "," + vendor + ","
                        + (license.contains(" ") ? "\"" + license + "\"" : license) + "," + cutoff
                        + ",https://example.org/models/" + family.toLowerCase() + "/" + i + "\n");
            }
        }
    }
}
