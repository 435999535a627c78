package dev.arenaview.bench;

import dev.arenaview.source.lmarena.HubStandIn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A realistic stand-in for LMArena's {@code text} board ({@code text} and {@code text_style_control}
 * folders of {@code lmarena-ai/leaderboard-dataset}), for the README's screenshots of the window:
 * the real models of the board ({@code benchmarks/screenshots/text-models.txt}, with the scores
 * and votes of the bundled 2025-06-27 release), 32 categories, and a {@code full} history of
 * about 170 publish dates from 2023-05-03 to 2026-12-06 in which models appear when they came
 * out, ratings drift (the old scale was narrower, a new model debuts a little high and settles),
 * intervals narrow as votes grow, and the categories come in over 2024-25 as they did.
 * Deterministic: the same file gives the same bytes.
 *
 * <p>Usage (see {@code docs/screenshots/README.md}; {@code benchmarks/screenshots.sh} does it all):
 * <pre>
 *   java -cp CLASSPATH dev.arenaview.bench.ScreenshotDataset MODELS DIR [--serve ENDPOINT_FILE]
 * </pre>
 * writes {@code DIR/text/latest-00000-of-00001.parquet}, {@code DIR/text/full-...} and the same
 * for {@code text_style_control}; with {@code --serve} it then serves them as Hugging Face does
 * ({@link HubStandIn}, on 127.0.0.1) until killed, writing the endpoint to give the window as
 * {@code --source-url} to ENDPOINT_FILE.
 */
public final class ScreenshotDataset {

    /** The day of the bundled CSV release, whose scores the model file gives. */
    static final LocalDate RELEASE = LocalDate.parse("2025-06-27");
    static final LocalDate FIRST = LocalDate.parse("2023-05-03");
    static final LocalDate LAST = LocalDate.parse("2026-12-06");
    /** LMArena added style control in late August 2024. */
    static final LocalDate STYLE_CONTROL = LocalDate.parse("2024-08-27");
    /** The first snapshots (Elo ratings) published no intervals. */
    static final LocalDate INTERVALS = LocalDate.parse("2023-10-01");

    /** A category: its id, the first day it was published, its share of the votes, how much it reorders models. */
    record Cat(String id, LocalDate since, double share, double spread, boolean everyOtherDay) {
    }

    static final List<Cat> CATEGORIES = List.of(
            cat("overall", "2023-05-03", 1.0, 0),
            cat("hard_prompts", "2024-05-20", 0.30, 6),
            cat("hard_prompts_english", "2024-05-20", 0.18, 7),
            cat("coding", "2024-02-01", 0.18, 10),
            cat("math", "2024-07-01", 0.06, 13),
            cat("creative_writing", "2024-09-01", 0.09, 10),
            cat("instruction_following", "2024-07-01", 0.25, 6),
            cat("longer_query", "2024-02-01", 0.22, 6),
            cat("multiturn", "2024-02-01", 0.14, 7),
            cat("exclude_short", "2024-02-01", 0.80, 3),
            cat("exclude_refusal", "2024-05-20", 0.90, 3),
            cat("exclude_ties", "2024-02-01", 0.68, 3),
            cat("english", "2024-02-01", 0.55, 4),
            cat("chinese", "2024-02-01", 0.05, 12),
            cat("japanese", "2024-03-01", 0.02, 12),
            cat("korean", "2024-03-01", 0.015, 12),
            cat("spanish", "2024-03-01", 0.03, 10),
            cat("french", "2024-03-01", 0.025, 10),
            cat("german", "2024-03-01", 0.025, 10),
            cat("russian", "2024-03-01", 0.04, 11),
            cat("italian", "2024-10-01", 0.012, 12),
            cat("portuguese", "2024-10-01", 0.015, 12),
            cat("vietnamese", "2024-10-01", 0.01, 13),
            cat("arabic", "2024-10-01", 0.008, 13),
            industry("industry_software_and_it_services", 0.20),
            industry("industry_writing_and_literature_and_language", 0.10),
            industry("industry_life_and_physical_and_social_science", 0.06),
            industry("industry_entertainment_and_sports_and_media", 0.05),
            industry("industry_business_and_management_and_financial_operations", 0.06),
            industry("industry_mathematical", 0.04),
            industry("industry_legal_and_government", 0.03),
            industry("industry_medicine_and_healthcare", 0.03));

    private static Cat cat(String id, String since, double share, double spread) {
        return new Cat(id, LocalDate.parse(since), share, spread, false);
    }

    /** The occupations came in 2025 and are published every other day, so their newest date differs. */
    private static Cat industry(String id, double share) {
        return new Cat(id, LocalDate.parse("2025-05-01"), share, 9, true);
    }

    private static final Set<String> CHINESE_VENDORS = Set.of("alibaba", "deepseek", "zhipu", "zai", "tencent",
            "minimax", "01-ai", "moonshot", "stepfun", "baidu", "tsinghua", "internlm");

    /** One line of the model file. */
    record Model(String name, String org, String license, LocalDate first, LocalDate last, LocalDate anchor,
                 double score, double votes, Traits traits) {
    }

    /** Per model, fixed: how it debuts, its slow wobble, its leaning in each category and under style control. */
    record Traits(double debutBump, double a1, double p1, double f1, double a2, double p2, double f2, double style,
                  double[] bias) {
    }

    private ScreenshotDataset() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--serve"))) {
            System.err.println("usage: ScreenshotDataset MODELS DIR [--serve ENDPOINT_FILE]");
            System.exit(2);
        }
        List<Model> models = read(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        List<LocalDate> dates = dates();
        write(dir, models, dates);
        if (args.length == 4) {
            serve(dir, Path.of(args[3]));
        }
    }

    /** The publish dates: as LMArena's early ones in 2023, every 10 days in 2024, every 6 days since. */
    static List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (String d : new String[] {"2023-05-03", "2023-05-10", "2023-05-25", "2023-06-22", "2023-07-20",
                "2023-08-14", "2023-09-08", "2023-10-02", "2023-10-30", "2023-11-14", "2023-11-28", "2023-12-12",
                "2023-12-20"}) {
            out.add(LocalDate.parse(d));
        }
        for (LocalDate d = LocalDate.parse("2024-01-06"); d.getYear() == 2024; d = d.plusDays(10)) {
            out.add(d);
        }
        List<LocalDate> recent = new ArrayList<>();
        for (LocalDate d = LAST; d.getYear() >= 2025; d = d.minusDays(6)) {
            recent.add(d);
        }
        recent.sort(Comparator.naturalOrder());
        out.addAll(recent);
        return out;
    }

    static List<Model> read(Path file) throws IOException {
        List<Model> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("not 8 fields: " + line);
            }
            String name = f[0].strip();
            String org = f[1].strip();
            double votes = Double.parseDouble(f[7]);
            if (votes % 1000 == 0) {
                // A rounded count of the file (a later model's): some hundreds either way, as counts are.
                votes += Math.floorMod(name.hashCode(), 1999) - 999;
            }
            out.add(new Model(name, org, f[2].strip(), LocalDate.parse(f[3].strip()),
                    f[4].isBlank() ? null : LocalDate.parse(f[4].strip()), LocalDate.parse(f[5].strip()),
                    Double.parseDouble(f[6]), votes, traits(name, org, Double.parseDouble(f[6]))));
        }
        return out;
    }

    // ---- the shape of the ratings -------------------------------------------------------------

    private static double years(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b) / 365.25;
    }

    /**
     * How far the scale has moved on a day from the release day, for a model of unit weight:
     * the ratings spread out over 2023-25 (old weak models were rated higher, strong ones lower)
     * and a little less since.
     */
    private static double scale(LocalDate day) {
        return day.isBefore(RELEASE) ? 29 * years(day, RELEASE) : 8 * years(RELEASE, day);
    }

    /** A model's overall rating on a day (before jitter). */
    static double overall(Model m, LocalDate day) {
        Traits t = m.traits();
        double weight = Math.max(-3, Math.min(1.9, (1250 - m.score()) / 100));
        double drift = weight * (scale(day) - scale(m.anchor()));
        double age = ChronoUnit.DAYS.between(m.first(), day);
        double debut = t.debutBump() * Math.exp(-age / 60);
        double x = day.toEpochDay();
        double wobble = t.a1() * Math.sin(2 * Math.PI * x / t.p1() + t.f1())
                + t.a2() * Math.sin(2 * Math.PI * x / t.p2() + t.f2());
        return m.score() + drift + debut + wobble;
    }

    /** Whether a category's board was published on the day (the twin's only since style control began). */
    private static boolean published(List<LocalDate> dates, int di, Cat c, boolean style) {
        LocalDate day = dates.get(di);
        return !(style && day.isBefore(STYLE_CONTROL)) && !day.isBefore(c.since())
                && !(c.everyOtherDay() && (dates.size() - 1 - di) % 2 == 0);
    }

    /** Votes on a day: fast at first, then fewer as the model leaves the battles; the anchor's count on the anchor day. */
    static double votes(Model m, LocalDate day) {
        double tau = 120;
        double g = 1 - Math.exp(-(ChronoUnit.DAYS.between(m.first(), day) + 4) / tau);
        double ga = 1 - Math.exp(-(ChronoUnit.DAYS.between(m.first(), m.anchor()) + 4) / tau);
        return m.votes() * g / ga;
    }

    private static boolean matches(String name, String... parts) {
        for (String p : parts) {
            if (name.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static Traits traits(String name, String org, double score) {
        SplittableRandom r = new SplittableRandom(name.hashCode() * 31L + 17);
        boolean reasoning = name.startsWith("o1") || name.startsWith("o3") || name.startsWith("o4")
                || matches(name, "-r1", "qwq", "thinking", "magistral", "grok-3-mini", "-high", "gemini-2.5",
                "gemini-3", "kimi-k2-thinking", "minimax-m1");
        boolean claude = org.equals("anthropic");
        boolean chinese = CHINESE_VENDORS.contains(org);
        boolean gemma = name.startsWith("gemma");
        double strength = score - 1250;
        double[] bias = new double[CATEGORIES.size()];
        for (int i = 1; i < bias.length; i++) {
            Cat c = CATEGORIES.get(i);
            double tilt = switch (c.id()) {
                case "coding" -> (claude ? 18 : 0) + (org.equals("deepseek") ? 12 : 0) + (name.contains("coder") ? 35 : 0)
                        + (reasoning ? 10 : 0) + (name.startsWith("gpt-4.1") ? 10 : 0) + (gemma ? -15 : 0) + strength * 0.08;
                case "math" -> (reasoning ? 30 : 0) + (gemma ? -10 : 0) + (name.startsWith("chatgpt-4o") ? -8 : 0)
                        + strength * 0.1;
                case "creative_writing" -> (name.startsWith("chatgpt-4o") ? 18 : 0) + (name.startsWith("gpt-4.5") ? 20 : 0)
                        + (name.startsWith("gemma-3") ? 12 : 0) + (name.contains("opus") ? 12 : 0)
                        + (reasoning && !name.startsWith("gemini") ? -12 : 0);
                case "instruction_following" -> (claude ? 8 : 0) + strength * 0.05;
                case "hard_prompts", "hard_prompts_english" -> (reasoning ? 12 : 0) + (claude ? 10 : 0) + (gemma ? -10 : 0)
                        + strength * 0.12;
                case "longer_query" -> (claude ? 12 : 0) + (name.startsWith("gemini") ? 6 : 0);
                case "multiturn" -> (claude ? 10 : 0) + (org.equals("openai") ? 4 : 0);
                case "english" -> (chinese ? -5 : 0) + (claude ? 5 : 0);
                case "chinese" -> (chinese ? 28 : 0) + (org.equals("meta") ? -20 : 0) + (org.equals("mistral") ? -10 : 0)
                        + (claude ? -5 : 0) + (gemma ? -5 : 0);
                case "japanese", "korean" -> (org.equals("google") ? 10 : 0) + (chinese ? 5 : 0) + (org.equals("meta") ? -15 : 0);
                case "french" -> (org.equals("mistral") ? 15 : 0) + (org.equals("meta") ? -8 : 0);
                case "spanish", "german", "italian", "portuguese" -> (org.equals("mistral") ? 8 : 0)
                        + (org.equals("meta") ? -8 : 0);
                case "russian" -> (org.equals("deepseek") ? 10 : 0) + (chinese ? 5 : 0);
                case "industry_software_and_it_services" -> (claude ? 12 : 0) + (reasoning ? 6 : 0) + strength * 0.05;
                case "industry_mathematical" -> (reasoning ? 20 : 0) + strength * 0.07;
                case "industry_writing_and_literature_and_language" -> (name.startsWith("chatgpt-4o") ? 12 : 0)
                        + (name.startsWith("gpt-4.5") ? 12 : 0) + (name.contains("opus") ? 8 : 0);
                default -> 0;
            };
            bias[i] = tilt + r.nextGaussian() * c.spread();
        }
        double style = (claude ? 22 : 0) + (name.matches("o[134]-.*") ? 6 : 0) + (name.startsWith("chatgpt-4o") ? -14 : 0)
                + (name.startsWith("gpt-4o") ? -6 : 0) + (name.startsWith("gpt-4.5") || name.startsWith("gpt-5") ? 4 : 0)
                + (name.startsWith("gemini") ? -6 : 0) + (gemma ? -12 : 0) + (name.startsWith("grok") ? -12 : 0)
                + (name.startsWith("llama-4-maverick") ? -30 : org.equals("meta") ? -6 : 0)
                + (org.equals("deepseek") ? -3 : 0) + (org.equals("alibaba") ? -4 : 0) + (score < 1200 ? 3 : 0)
                + r.nextGaussian() * 5;
        return new Traits(-4 + 18 * r.nextDouble(), 1 + 2 * r.nextDouble(), 80 + 220 * r.nextDouble(),
                2 * Math.PI * r.nextDouble(), 0.5 + 1.5 * r.nextDouble(), 40 + 80 * r.nextDouble(),
                2 * Math.PI * r.nextDouble(), style, bias);
    }

    // ---- writing -------------------------------------------------------------------------------

    static void write(Path dir, List<Model> models, List<LocalDate> dates) throws IOException, SQLException {
        for (boolean style : new boolean[] {false, true}) {
            String config = style ? "text_style_control" : "text";
            Path folder = dir.resolve(config);
            Files.createDirectories(folder);
            Path csv = folder.resolve("rows.csv");
            long rows = 0;
            // The newest date of each category, for the latest split.
            LocalDate[] newest = new LocalDate[CATEGORIES.size()];
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("model_name,organization,license,category,leaderboard_publish_date,rating,rating_lower,"
                        + "rating_upper,variance,vote_count,latest\n");
                for (int di = 0; di < dates.size(); di++) {
                    for (int ci = 0; ci < CATEGORIES.size(); ci++) {
                        if (published(dates, di, CATEGORIES.get(ci), style)) {
                            newest[ci] = dates.get(di);
                        }
                    }
                }
                for (int di = 0; di < dates.size(); di++) {
                    LocalDate day = dates.get(di);
                    for (int ci = 0; ci < CATEGORIES.size(); ci++) {
                        Cat c = CATEGORIES.get(ci);
                        if (!published(dates, di, c, style)) {
                            continue;
                        }
                        boolean latest = day.equals(newest[ci]);
                        for (Model m : models) {
                            if (day.isBefore(m.first()) || (m.last() != null && day.isAfter(m.last()))) {
                                continue;
                            }
                            rows += row(out, m, c, ci, day, style, latest);
                        }
                    }
                }
            }
            parquet(csv, folder.resolve("full-00000-of-00001.parquet"), false);
            parquet(csv, folder.resolve("latest-00000-of-00001.parquet"), true);
            Files.delete(csv);
            System.out.printf(Locale.ROOT, "%s: %,d rows; latest %,d bytes, full %,d bytes%n", config, rows,
                    Files.size(folder.resolve("latest-00000-of-00001.parquet")),
                    Files.size(folder.resolve("full-00000-of-00001.parquet")));
        }
    }

    /** One model's row of a category and day, if it has votes enough there; returns how many rows it wrote. */
    private static int row(BufferedWriter out, Model m, Cat c, int ci, LocalDate day, boolean style, boolean latest)
            throws IOException {
        long seed = ((long) m.name().hashCode() << 32) ^ (day.toEpochDay() * 1_000_003L) ^ (ci * 7919L) ^ (style ? 99 : 0);
        SplittableRandom r = new SplittableRandom(seed);
        double share = c.share() * (0.8 + 0.4 * new SplittableRandom(m.name().hashCode() + ci).nextDouble());
        double votes = Math.floor(votes(m, day) * (ci == 0 ? 1 : share));
        if (votes < (ci == 0 ? 40 : 300)) {
            return 0;
        }
        double x = day.toEpochDay();
        double rating = overall(m, day) + m.traits().bias()[ci] + r.nextGaussian() * (ci == 0 ? 0.5 : 1.5)
                + (ci == 0 ? 0 : 2 * Math.sin(2 * Math.PI * x / 150 + ci));
        double half = 550 / Math.sqrt(votes) * (0.9 + 0.2 * r.nextDouble()) + 0.6;
        if (style) {
            rating += m.traits().style() + r.nextGaussian();
            half *= 1.15;
        }
        double skew = 0.2 * (r.nextDouble() - 0.5);
        String lower = "";
        String upper = "";
        String variance = "";
        if (!day.isBefore(INTERVALS)) {
            lower = fmt(rating - half * (1 - skew));
            upper = fmt(rating + half * (1 + skew));
            variance = fmt(Math.pow(half / 1.96, 2));
        }
        out.write(m.name() + "," + m.org() + "," + quote(m.license()) + "," + c.id() + "," + day + "," + fmt(rating)
                + "," + lower + "," + upper + "," + variance + "," + (long) votes + "," + latest + "\n");
        return 1;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** The rows as Parquet with the dataset's column types (counts and rank DOUBLE, as in {@code text}). */
    private static void parquet(Path csv, Path file, boolean latestOnly) throws SQLException {
        String sql = "COPY (SELECT model_name, organization, license, category,"
                + " CAST(leaderboard_publish_date AS VARCHAR) AS leaderboard_publish_date,"
                + " rating, rating_lower, rating_upper, variance, CAST(vote_count AS DOUBLE) AS vote_count,"
                + " CAST(row_number() OVER (PARTITION BY category, leaderboard_publish_date ORDER BY rating DESC)"
                + "   AS DOUBLE) AS rank"
                + " FROM read_csv(?, header = true, columns = {'model_name': 'VARCHAR', 'organization': 'VARCHAR',"
                + "   'license': 'VARCHAR', 'category': 'VARCHAR', 'leaderboard_publish_date': 'VARCHAR',"
                + "   'rating': 'DOUBLE', 'rating_lower': 'DOUBLE', 'rating_upper': 'DOUBLE', 'variance': 'DOUBLE',"
                + "   'vote_count': 'BIGINT', 'latest': 'BOOLEAN'})"
                + (latestOnly ? " WHERE latest" : "")
                + " ORDER BY leaderboard_publish_date, category, rating DESC)"
                + " TO ? (FORMAT parquet, COMPRESSION snappy)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET threads = 2");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, csv.toAbsolutePath().toString());
                p.setString(2, file.toAbsolutePath().toString());
                p.execute();
            }
        }
    }

    // ---- serving -------------------------------------------------------------------------------

    /** Serves every Parquet file under {@code dir} as the Hub does, until the process is killed. */
    static void serve(Path dir, Path endpointFile) throws Exception {
        HubStandIn hub = new HubStandIn();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
                String path = dir.relativize(f).toString().replace('\\', '/');
                hub.publish(path, Files.readAllBytes(f));
            }
        }
        Files.writeString(endpointFile, hub.endpoint().toString());
        System.out.println("serving " + dir + " at " + hub.endpoint());
        Thread.currentThread().join();
    }
}
