package dev.arenaview.source.lmarena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.source.FetchException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Hub's listing of a folder, taken only as far as it can be trusted. */
class HubListingTest {

    static final URI URL = URI.create("https://huggingface.co/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text");
    static final String OID = "0123456789abcdef0123456789abcdef01234567";
    static final String SHA = "a".repeat(64);

    static HubListing parse(String json) throws FetchException {
        return HubListing.parse(json.getBytes(StandardCharsets.UTF_8), "text", URL);
    }

    static String file(String path, String extra) {
        return "{\"type\":\"file\",\"oid\":\"" + OID + "\",\"size\":12,\"path\":\"" + path + "\"" + extra + "}";
    }

    @Test
    void splitsAreTakenFromTheFileNamesWithTheirShardsInOrder() throws Exception {
        HubListing listing = parse("[" + file("text/full-00001-of-00002.parquet", "") + ","
                + file("text/full-00000-of-00002.parquet", ",\"lfs\":{\"oid\":\"" + SHA + "\",\"size\":99}") + ","
                + file("text/latest-00000-of-00001.parquet", "") + "," + file("text/README.md", "") + "]");
        assertEquals(List.of("full", "latest"), List.copyOf(listing.splits().keySet()));
        List<HubListing.HubFile> full = listing.split("full");
        assertEquals(List.of("full-00000-of-00002.parquet", "full-00001-of-00002.parquet"),
                full.stream().map(HubListing.HubFile::name).toList());
        assertEquals(99, full.get(0).size(), "an LFS file's size is its content's");
        assertEquals(Optional.of(SHA), full.get(0).sha256());
        assertEquals(OID, full.get(1).contentId(), "without LFS, the Git object id");
    }

    @Test
    void namesThatCouldLeaveTheFolderAreLeftOut() throws Exception {
        HubListing listing = parse("[" + file("text/../../etc/latest-00000-of-00001.parquet", "") + ","
                + file("text/.hidden.parquet", "") + "," + file("text/sub/latest.parquet", "") + ","
                + file("vision/latest-00000-of-00001.parquet", "") + "]");
        assertTrue(listing.files().isEmpty(), listing.toString());
        assertThrows(IllegalArgumentException.class, () -> HubListing.checkedName(".."));
        assertThrows(IllegalArgumentException.class, () -> HubListing.checkedName("a/b"));
    }

    @Test
    void anAnswerThatIsNotAListingIsRefusedWithItsAddress() {
        for (String bad : List.of("<html>", "{\"a\":1}", "[1]", "[{\"type\":\"file\"}]",
                "[" + file("text/x.parquet", "").replace(OID, "xyz") + "]",
                "[" + file("text/x.parquet", "").replace("\"size\":12", "\"size\":-1") + "]",
                "[" + file("text/x.parquet", ",\"lfs\":{\"oid\":\"short\"}") + "]")) {
            FetchException e = assertThrows(FetchException.class, () -> parse(bad), bad);
            assertEquals(FetchException.Kind.NOT_A_LEADERBOARD, e.kind());
            assertTrue(e.getMessage().startsWith("the answer of " + URL + " is not a listing"), e.getMessage());
        }
    }
}
