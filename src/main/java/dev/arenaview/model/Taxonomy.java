package dev.arenaview.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Upstream's spellings of licences and vendors, mapped to {@link LicenseClass licence classes}
 * and canonical vendor names by two resource files beside this class,
 * {@code licenses.properties} and {@code vendors.properties} (their format is described at
 * their top).
 *
 * <p>Lookups are by a normalised key, so {@code Apache 2.0}, {@code Apache-2.0} and
 * {@code apache_2.0 License} hit the same line. The filter asks for every row, so results
 * are cached by the raw string: a leaderboard has a few dozen distinct values, and after the
 * first row each costs one hash lookup, without normalising again.
 */
public final class Taxonomy {

    private static final String LICENSES = "licenses.properties";
    private static final String VENDORS = "vendors.properties";

    /**
     * Beyond this many distinct raw values a file is not a leaderboard a person reads (a
     * fuzzed or generated one): results are still right, only no longer remembered.
     */
    private static final int MAX_CACHED = 4096;

    private final Map<String, LicenseClass> licenses;
    private final Map<String, String> vendors;
    private final ConcurrentHashMap<String, LicenseClass> licenseCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> vendorCache = new ConcurrentHashMap<>();

    private Taxonomy(Map<String, LicenseClass> licenses, Map<String, String> vendors) {
        this.licenses = licenses;
        this.vendors = vendors;
    }

    /** The mapping shipped with the app, read once. */
    public static Taxonomy standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Taxonomy INSTANCE = load();

        private static Taxonomy load() {
            try (Reader licenses = resource(LICENSES); Reader vendors = resource(VENDORS)) {
                return parse(licenses, vendors);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled licence and vendor mapping", e);
            }
        }

        private static Reader resource(String name) throws IOException {
            InputStream in = Taxonomy.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing from the application");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /**
     * A mapping read from the two files' text.
     *
     * @throws IllegalArgumentException when a licence line names no class, a vendor line has
     *                                  no name, or two lines of one file differ only in
     *                                  spelling but map to different results: a mistake in
     *                                  the file, better found when it is read than by a user
     */
    static Taxonomy parse(Reader licenseText, Reader vendorText) throws IOException {
        Map<String, LicenseClass> licenses = new HashMap<>();
        for (Map.Entry<String, String> line : read(licenseText).entrySet()) {
            LicenseClass c = LicenseClass.fromId(line.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    LICENSES + ": \"" + line.getValue() + "\" (for " + line.getKey() + ") is not a licence class;"
                            + " use one of proprietary, open-permissive, open-restricted, non-commercial, unknown"));
            put(licenses, licenseKey(line.getKey()), c, LICENSES, line.getKey());
        }
        Map<String, String> vendors = new HashMap<>();
        for (Map.Entry<String, String> line : read(vendorText).entrySet()) {
            String name = line.getValue().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(VENDORS + ": " + line.getKey() + " has no canonical name");
            }
            put(vendors, vendorKey(line.getKey()), name, VENDORS, line.getKey());
        }
        return new Taxonomy(Collections.unmodifiableMap(licenses), Collections.unmodifiableMap(vendors));
    }

    private static Map<String, String> read(Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        Map<String, String> lines = new HashMap<>();
        p.stringPropertyNames().forEach(k -> lines.put(k, p.getProperty(k)));
        return lines;
    }

    private static <V> void put(Map<String, V> map, String key, V value, String file, String written) {
        V before = map.put(key, value);
        if (before != null && !before.equals(value)) {
            throw new IllegalArgumentException(file + ": " + written + " is the same spelling as another line ("
                    + key + ") but maps to " + value + " rather than " + before);
        }
    }

    // ---- licences -----------------------------------------------------------------------

    /** The class of a published licence: its line's class, else {@link LicenseClass#UNKNOWN}. */
    public LicenseClass licenseClass(String raw) {
        LicenseClass cached = licenseCache.get(raw);
        if (cached != null) {
            return cached;
        }
        LicenseClass c = mappedLicense(raw).orElse(LicenseClass.UNKNOWN);
        if (licenseCache.size() < MAX_CACHED) {
            licenseCache.put(raw, c);
        }
        return c;
    }

    /**
     * The class of a licence when the mapping says it, empty when the licence has no line:
     * tells "known to be unknown" ({@code Other}, no licence stated) from "not in the file".
     */
    public Optional<LicenseClass> mappedLicense(String raw) {
        String key = licenseKey(raw);
        return key.isEmpty() ? Optional.of(LicenseClass.UNKNOWN) : Optional.ofNullable(licenses.get(key));
    }

    // ---- vendors ------------------------------------------------------------------------

    /** The canonical name of a published vendor: its line's name, else the value itself, stripped. */
    public String vendor(String raw) {
        String cached = vendorCache.get(raw);
        if (cached != null) {
            return cached;
        }
        String name = mappedVendor(raw).orElse(raw.strip());
        if (vendorCache.size() < MAX_CACHED) {
            vendorCache.put(raw, name);
        }
        return name;
    }

    /** The canonical name of a vendor when the mapping has a line for it. */
    public Optional<String> mappedVendor(String raw) {
        return Optional.ofNullable(vendors.get(vendorKey(raw)));
    }

    // ---- keys ---------------------------------------------------------------------------

    /**
     * A vendor as the mapping files write it: lower case, every run of blanks, hyphens and
     * underscores as one hyphen, none at either end. {@code "DeepSeek AI"} and
     * {@code "deepseek_ai"} are both {@code deepseek-ai}.
     */
    public static String vendorKey(String raw) {
        StringBuilder key = new StringBuilder(raw.length());
        boolean gap = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = key.length() > 0;
            } else {
                if (gap) {
                    key.append('-');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A licence as the mapping files write it: as {@link #vendorKey}, and without a trailing
     * word "license" or "licence" (or "license agreement"), since upstream adds it to some
     * spellings only ({@code Gemma} and {@code Gemma license}).
     */
    public static String licenseKey(String raw) {
        String key = vendorKey(raw);
        for (String suffix : new String[] {"-license-agreement", "-licence-agreement", "-license", "-licence"}) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }
}
