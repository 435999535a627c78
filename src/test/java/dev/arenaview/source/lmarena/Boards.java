package dev.arenaview.source.lmarena;

/**
 * Small boards with the dataset's shape and quirks, for the stand-in: the text board with its
 * style-control twin (two categories of different dates), and webdev (integer counts, no twin).
 */
public final class Boards {

    public static final String TEXT_LATEST = "text/latest-00000-of-00001.parquet";
    public static final String STYLE_LATEST = "text_style_control/latest-00000-of-00001.parquet";
    public static final String TEXT_FULL = "text/full-00000-of-00001.parquet";
    public static final String STYLE_FULL = "text_style_control/full-00000-of-00001.parquet";

    private Boards() {
    }

    /**
     * The text board's newest snapshots: overall of 2026-10-02 (with a model without a rating,
     * one without a vendor, and one whose name the bundled CSV links), coding of 2026-10-01 (with
     * a model listed twice).
     */
    public static ParquetFixture textLatest() {
        return overall(ParquetFixture.board(), "2026-10-02", 0)
                .row("gpt-5", "openai", "Proprietary", "coding", "2026-10-01", 1550, 10, 10, 5000)
                .row("claude-opus-5", "anthropic", "Proprietary", "coding", "2026-10-01", 1548, 9, 9, 4000)
                .row("claude-opus-5", "anthropic", "Proprietary", "coding", "2026-10-01", 1490, 9, 9, 90)
                .row("glm-5", "zai", "MIT", "coding", "2026-10-01", 1500, 8, 8, 900);
    }

    /** The overall rows of a day, their ratings {@code shift} higher. */
    static ParquetFixture overall(ParquetFixture board, String date, double shift) {
        return board
                .row("gemini-4-argon-high", "google", "Proprietary", "overall", date, 1533.46 + shift, 8.79, 8.79, 4932)
                .row("gpt-5", "openai", "Proprietary", "overall", date, 1520 + shift, 8, 8, 8000)
                .row("claude-opus-5", "anthropic", "Proprietary", "overall", date, 1519 + shift, 9, 8, 7000)
                .row("qwen4-max", "alibaba", "Apache 2.0", "overall", date, 1480 + shift, 10, 10, 3000)
                .row("glm-5", "zai", "MIT", "overall", date, 1470 + shift, 9, 9, 2500)
                .row("gemini-2.5-pro", "google", "Proprietary", "overall", date, 1460 + shift, 8, 8, 40000)
                .row("mystery-model", "", "Apache-2.0", "overall", date, 1400 + shift, 20, 20, 120)
                .row(new ParquetFixture.Row("unrated-model", "openai", "Proprietary", "overall", date, Double.NaN,
                        null, null, 10.0));
    }

    /** The style-control twin: other ratings, so other ranks (UB). */
    public static ParquetFixture styleLatest() {
        return ParquetFixture.board()
                .row("claude-opus-5", "anthropic", "Proprietary", "overall", "2026-10-02", 1540, 5, 5, 7000)
                .row("gemini-4-argon-high", "google", "Proprietary", "overall", "2026-10-02", 1530, 4, 4, 4932)
                .row("gpt-5", "openai", "Proprietary", "overall", "2026-10-02", 1510, 4, 4, 8000)
                .row("gpt-5", "openai", "Proprietary", "coding", "2026-10-01", 1555, 5, 5, 5000)
                .row("claude-opus-5", "anthropic", "Proprietary", "coding", "2026-10-01", 1500, 5, 5, 4000);
    }

    /**
     * The text board's history: 2023-05-03 without intervals (as the oldest snapshots), then
     * overall on 2026-09-15 and 2026-10-02, where {@code gpt-5} was {@code gpt-5-preview} before.
     */
    public static ParquetFixture textFull() {
        ParquetFixture full = ParquetFixture.board()
                .row(new ParquetFixture.Row("vicuna-13b", "lmsys", "Non-commercial", "overall", "2023-05-03", 1169.0,
                        null, null, 4000.0))
                .row(new ParquetFixture.Row("gpt-4", "openai", "Proprietary", "overall", "2023-05-03", 1225.0,
                        null, null, 3000.0))
                .row(new ParquetFixture.Row("claude-v1", "anthropic", "Proprietary", "overall", "2023-05-03", 1195.0,
                        null, null, 2000.0))
                .row("gemini-4-argon-high", "google", "Proprietary", "overall", "2026-09-15", 1525, 9, 9, 3000)
                .row("gpt-5-preview", "openai", "Proprietary", "overall", "2026-09-15", 1530, 9, 9, 6000)
                .row("claude-opus-5", "anthropic", "Proprietary", "overall", "2026-09-15", 1500, 9, 9, 5000)
                .row("gpt-5", "openai", "Proprietary", "coding", "2026-09-15", 1540, 10, 10, 4000);
        return overall(full, "2026-10-02", 0);
    }

    public static ParquetFixture styleFull() {
        return ParquetFixture.board()
                .row("gpt-5-preview", "openai", "Proprietary", "overall", "2026-09-15", 1520, 4, 4, 6000)
                .row("claude-opus-5", "anthropic", "Proprietary", "overall", "2026-09-15", 1535, 4, 4, 5000)
                .row("gemini-4-argon-high", "google", "Proprietary", "overall", "2026-09-15", 1510, 4, 4, 3000);
    }

    /** The webdev board: counts as BIGINT, no style-control twin. */
    public static ParquetFixture webdevLatest() {
        return ParquetFixture.board().integerCounts()
                .row("claude-opus-5", "anthropic", "Proprietary", "overall", "2026-10-01", 1480, 7, 7, 2100)
                .row("gpt-5", "openai", "Proprietary", "overall", "2026-10-01", 1475, 7, 7, 1900)
                .row("kimi-k3", "moonshot", "Modified MIT", "overall", "2026-10-01", 1400, 12, 12, 800);
    }

    /** Publishes the text board, its twin, and webdev. */
    public static void publishLatest(HubStandIn hub) {
        hub.latest("text", textLatest());
        hub.latest("text_style_control", styleLatest());
        hub.latest("webdev", webdevLatest());
    }

    /** Publishes the text board's history and its twin's. */
    public static void publishFull(HubStandIn hub) {
        hub.full("text", textFull());
        hub.full("text_style_control", styleFull());
    }
}
