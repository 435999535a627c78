package dev.arenaview.model;

/** Builds entries for tests with only the values a test cares about. */
public final class Entries {

    private Entries() {
    }

    public static Entry entry(String model, int rank, int score, int votes, String vendor, String license) {
        return new Entry(rank, rank, model, score, new ConfidenceInterval(5, 5), votes, vendor, license,
                KnowledgeCutoff.parse("Unknown"), "https://example.org/" + model);
    }

    public static Entry withCi(Entry e, ConfidenceInterval ci) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), ci, e.votes(), e.organization(),
                e.license(), e.cutoff(), e.url());
    }

    public static Entry withCutoff(Entry e, String cutoff) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(), e.organization(),
                e.license(), KnowledgeCutoff.parse(cutoff), e.url());
    }

    public static Entry withUrl(Entry e, String url) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(), e.organization(),
                e.license(), e.cutoff(), url);
    }
}
