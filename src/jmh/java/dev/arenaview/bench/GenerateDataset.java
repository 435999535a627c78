package dev.arenaview.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a stand-in for LMArena's {@code text} and {@code text_style_control} folders at the
 * published sizes: {@code latest} of about 11,000 rows over 29 categories (about 600 KB) and a
 * {@code full} history of about 60 MB, with the dataset's column types. The values are made up
 * but shaped like the real ones (ratings with intervals, vendor slugs, licences, growing boards).
 *
 * <p>Usage: {@code java -cp CLASSPATH dev.arenaview.bench.GenerateDataset DIR [DATES]}, where
 * DATES is the number of publish dates of the history (default 385, spread from 2023-04-30
 * to 2026-12-06).
 */
public final class GenerateDataset {

    private static final String CATEGORIES = "'overall','coding','math','creative_writing','instruction_following',"
            + "'hard_prompts','hard_prompts_english','longer_query','multi_turn','english','chinese','french','german',"
            + "'spanish','russian','japanese','korean','exclude_ties','exclude_short','no_refusal','if',"
            + "'industry_software','industry_business','industry_medicine','industry_legal','industry_writing',"
            + "'industry_science','industry_math','expert'";
    private static final String VENDORS = "'openai','google','anthropic','meta','alibaba','deepseek','zai','moonshot',"
            + "'xai','mistral','amazon','microsoft','nvidia','tencent','minimax','cohere','ibm','',"
            + "'stepfun','baidu'";
    private static final String LICENSES = "'Proprietary','Proprietary','Proprietary','Apache 2.0','Apache-2.0','MIT',"
            + "'Llama 3.1 Community','Gemma','Qwen','DeepSeek','Modified MIT','CC-BY-NC-4.0'";

    private GenerateDataset() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GenerateDataset DIR [DATES]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int dates = args.length > 1 ? Integer.parseInt(args[1]) : 385;
        for (String config : new String[] {"text", "text_style_control"}) {
            Path folder = dir.resolve(config);
            Files.createDirectories(folder);
            double shift = config.endsWith("style_control") ? 7 : 0;
            write(folder.resolve("full-00000-of-00001.parquet"), dates, 0, shift);
            write(folder.resolve("latest-00000-of-00001.parquet"), dates, dates - 1, shift);
            System.out.printf("%s: latest %,d bytes, full %,d bytes%n", config,
                    Files.size(folder.resolve("latest-00000-of-00001.parquet")),
                    Files.size(folder.resolve("full-00000-of-00001.parquet")));
        }
    }

    /**
     * One split: for each date from {@code first} on, the categories published by then (3 at
     * first, all 29 from about a year in) and the models rated by then (40 growing to about 380).
     */
    private static void write(Path file, int dates, int first, double shift) throws SQLException {
        write(file, dates, first, shift, 400, 29);
    }

    /**
     * A smaller arena's {@code latest} split (vision, webdev): the text board's shape with at
     * most {@code models} models in the first {@code categories} categories.
     */
    public static void latest(Path file, double shift, int models, int categories) throws SQLException, java.io.IOException {
        Files.createDirectories(file.getParent());
        write(file, 385, 384, shift, models, categories);
    }

    private static void write(Path file, int dates, int first, double shift, int models, int categories)
            throws SQLException {
        String sql = "COPY ("
                + " WITH d AS (SELECT i, strftime(DATE '2023-04-30' + to_days(CAST(round(i * ?) AS INTEGER)), '%Y-%m-%d') AS day"
                + "            FROM range(?, ?) t(i)),"
                + " c AS (SELECT j - 1 AS j, [" + CATEGORIES + "][j] AS category FROM range(1, 30) t(j)),"
                + " m AS (SELECT k FROM range(0, 400) t(k)),"
                + " r AS (SELECT d.i, d.day, c.j, c.category, m.k,"
                + "         1520 - m.k * 1.6 + (hash(m.k, d.i, c.j) % 2000000) / 100000.0 + ? AS rating,"
                + "         3 + (hash(m.k, c.j) % 900) / 100.0 + 600.0 / (30 + d.i) AS half"
                + "       FROM d, c, m WHERE m.k < 40 + d.i * ? AND c.j < 3 + d.i * ? AND m.k < ? AND c.j < ?)"
                + " SELECT 'model-' || lpad(k::VARCHAR, 3, '0') || '-' || md5(k::VARCHAR)[1:10] || CASE WHEN k % 7 = 0 THEN '-preview' ELSE '' END"
                + "          AS model_name,"
                + "        [" + VENDORS + "][1 + k % 20] AS organization,"
                + "        [" + LICENSES + "][1 + k % 12] AS license,"
                + "        category, day AS leaderboard_publish_date, rating,"
                + "        CASE WHEN i < 60 THEN NULL ELSE rating - half END AS rating_lower,"
                + "        CASE WHEN i < 60 THEN NULL ELSE rating + half END AS rating_upper,"
                + "        (half / 1.96) ^ 2 AS variance,"
                + "        greatest(50, 200 + (hash(k) % 40000)::BIGINT + (i - k) * 30)::DOUBLE AS vote_count,"
                + "        row_number() OVER (PARTITION BY i, j ORDER BY rating DESC)::DOUBLE AS rank"
                + " FROM r ORDER BY i, j, rating DESC"
                + ") TO ? (FORMAT parquet, COMPRESSION snappy)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET threads = 2");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setDouble(1, 1316.0 / (dates - 1));
                p.setInt(2, first);
                p.setInt(3, dates);
                p.setDouble(4, shift);
                p.setDouble(5, 344.0 / dates);
                p.setDouble(6, 34.0 / dates);
                p.setInt(7, models);
                p.setInt(8, categories);
                p.setString(9, file.toAbsolutePath().toString());
                p.execute();
            }
        }
    }
}
