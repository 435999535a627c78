package dev.arenaview.source.lmarena;

import dev.arenaview.source.FetchException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of the dataset as Hugging Face lists it: a JSON array of
 * {@code {type, oid, size, path, lfs: {oid, size}}}. The answer is checked before anything is
 * taken from it: names become file names in the cache, so only plain ones are kept, and every
 * size and hash must be of the right form.
 *
 * @param files   the files directly in the folder, by name
 * @param folders the folders in it (at the top: the configs)
 */
record HubListing(List<HubFile> files, List<String> folders) {

    /**
     * A listed file.
     *
     * @param path   its path in the dataset ({@code text/latest-00000-of-00001.parquet})
     * @param name   its name in the folder
     * @param size   its size in bytes
     * @param oid    the Git object id (SHA-1 of the blob, or of the LFS pointer for a large file)
     * @param sha256 the content's SHA-256 for a file kept in LFS (every Parquet file), which a download must match
     */
    record HubFile(String path, String name, long size, String oid, Optional<String> sha256) {

        /** What identifies the content: its SHA-256 when listed, else its Git object id. */
        String contentId() {
            return sha256.orElse(oid);
        }
    }

    /** Larger than any listing of this dataset (a few KB); a bigger answer is not one. */
    static final long MAX_BYTES = 4L << 20;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern HEX40 = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    /** {@code latest-00000-of-00001.parquet}, or {@code latest.parquet}: the split and its shard. */
    private static final Pattern SPLIT_FILE = Pattern.compile("([a-z0-9_]+)(?:-\\d{5}-of-\\d{5})?\\.parquet");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A name that may stand for a file or folder in the cache: letters, digits, dots, hyphens and
     * underscores, not starting with a dot, no {@code ..}.
     *
     * @throws IllegalArgumentException for any other
     */
    static String checkedName(String name) {
        if (!PLAIN_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("\"" + name + "\" is not a plain file or folder name");
        }
        return name;
    }

    /**
     * Reads the listing of {@code folder} ("" for the top). Entries outside it, or with names that
     * could not be file names, are left out; an answer that is not such a listing is refused.
     */
    static HubListing parse(byte[] json, String folder, URI uri) throws FetchException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw notAListing(uri, "it is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw notAListing(uri, "it is not a list of files");
        }
        String prefix = folder.isEmpty() ? "" : folder + "/";
        List<HubFile> files = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (JsonNode entry : root.values()) {
            if (!entry.isObject() || !entry.path("type").isString() || !entry.path("path").isString()) {
                throw notAListing(uri, "an entry has no type or path");
            }
            String path = entry.path("path").stringValue();
            if (!path.startsWith(prefix)) {
                continue;
            }
            String name = path.substring(prefix.length());
            if (!PLAIN_NAME.matcher(name).matches() || name.contains("..")) {
                continue;
            }
            String type = entry.path("type").stringValue();
            if (type.equals("directory")) {
                folders.add(name);
            } else if (type.equals("file")) {
                files.add(file(entry, path, name, uri));
            }
        }
        files.sort(Comparator.comparing(HubFile::name));
        folders.sort(Comparator.naturalOrder());
        return new HubListing(List.copyOf(files), List.copyOf(folders));
    }

    private static HubFile file(JsonNode entry, String path, String name, URI uri) throws FetchException {
        JsonNode oid = entry.path("oid");
        JsonNode size = entry.path("size");
        if (!oid.isString() || !HEX40.matcher(oid.stringValue()).matches()) {
            throw notAListing(uri, path + " has no Git object id");
        }
        if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw notAListing(uri, path + " has no size");
        }
        long bytes = size.longValue();
        Optional<String> sha256 = Optional.empty();
        JsonNode lfs = entry.path("lfs");
        if (lfs.isObject()) {
            JsonNode lfsOid = lfs.path("oid");
            JsonNode lfsSize = lfs.path("size");
            if (!lfsOid.isString() || !HEX64.matcher(lfsOid.stringValue()).matches()) {
                throw notAListing(uri, path + " is kept in LFS without a SHA-256");
            }
            if (lfsSize.isIntegralNumber() && lfsSize.canConvertToLong() && lfsSize.longValue() >= 0) {
                bytes = lfsSize.longValue();
            }
            sha256 = Optional.of(lfsOid.stringValue());
        }
        return new HubFile(path, name, bytes, oid.stringValue(), sha256);
    }

    private static FetchException notAListing(URI uri, String why) {
        return new FetchException(FetchException.Kind.NOT_A_LEADERBOARD, uri,
                "the answer of " + uri + " is not a listing of the dataset's files: " + why);
    }

    /** The Parquet files of each split ({@code latest}, {@code full}), by split, shards in order. */
    Map<String, List<HubFile>> splits() {
        Map<String, List<HubFile>> out = new TreeMap<>();
        for (HubFile f : files) {
            Matcher m = SPLIT_FILE.matcher(f.name().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    /** A split's files; empty when the folder has none. */
    List<HubFile> split(String split) {
        return splits().getOrDefault(split, List.of());
    }

    /** This listing with the entries of another page of it. */
    HubListing plus(HubListing next) {
        List<HubFile> f = new ArrayList<>(files);
        f.addAll(next.files);
        f.sort(Comparator.comparing(HubFile::name));
        List<String> d = new ArrayList<>(folders);
        d.addAll(next.folders);
        d.sort(Comparator.naturalOrder());
        return new HubListing(List.copyOf(f), List.copyOf(d));
    }
}
