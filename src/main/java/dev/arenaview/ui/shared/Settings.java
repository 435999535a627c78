package dev.arenaview.ui.shared;

import dev.arenaview.model.Column;
import dev.arenaview.model.Filter;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.ReportLanguage;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/**
 * What the window remembers between runs, in {@code java.util.prefs}: window bounds, column
 * layout, sort order, filters and their grouping, language, recent files and the last export
 * choices.
 * Tests give it a throwaway node.
 */
public final class Settings {

    /** Window position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** Column order (by id), the columns the user hid, and widths. */
    public record ColumnLayout(List<String> order, Set<String> hidden, Map<String, Double> widths) {
    }

    // Unit separator: cannot occur in a vendor, licence or path typed by a person.
    private static final String SEP = "\u001f";

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's own settings node. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("dev/arenaview"));
    }

    public Optional<UiLanguage> language() {
        return UiLanguage.fromId(prefs.get("language", ""));
    }

    public void setLanguage(UiLanguage language) {
        prefs.put("language", language.id());
    }

    public Optional<WindowBounds> window() {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h,
                prefs.getBoolean("window.maximized", false)));
    }

    public void setWindow(WindowBounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    public Optional<ColumnLayout> columns() {
        String order = prefs.get("columns.order", "");
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> widths = new LinkedHashMap<>();
        for (String item : split(prefs.get("columns.widths", ""))) {
            int eq = item.indexOf('=');
            if (eq > 0) {
                try {
                    widths.put(item.substring(0, eq), Double.parseDouble(item.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // A hand-edited width: that column gets its default width.
                }
            }
        }
        return Optional.of(new ColumnLayout(split(order), new LinkedHashSet<>(split(prefs.get("columns.hidden", ""))),
                widths));
    }

    public void setColumns(ColumnLayout layout) {
        prefs.put("columns.order", String.join(SEP, layout.order()));
        prefs.put("columns.hidden", String.join(SEP, layout.hidden()));
        prefs.put("columns.widths", layout.widths().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(SEP)));
    }

    public void clearColumns() {
        prefs.remove("columns.order");
        prefs.remove("columns.hidden");
        prefs.remove("columns.widths");
        prefs.remove("sort");
    }

    /**
     * The charts beside the table.
     *
     * @param visible whether they are shown
     * @param divider where the divider between table and charts is, 0 to 1
     * @param top     how many models the interval chart shows
     * @param chart   the id of the chart shown
     */
    public record ChartsLayout(boolean visible, double divider, int top, String chart) {
        public static final ChartsLayout DEFAULT = new ChartsLayout(false, 0.55, 30, "");
    }

    public ChartsLayout charts() {
        ChartsLayout d = ChartsLayout.DEFAULT;
        return new ChartsLayout(prefs.getBoolean("charts.visible", d.visible()),
                Math.min(0.9, Math.max(0.1, prefs.getDouble("charts.divider", d.divider()))),
                prefs.getInt("charts.top", d.top()), prefs.get("charts.chart", d.chart()));
    }

    public void setCharts(ChartsLayout layout) {
        prefs.putBoolean("charts.visible", layout.visible());
        prefs.putDouble("charts.divider", layout.divider());
        prefs.putInt("charts.top", layout.top());
        prefs.put("charts.chart", layout.chart());
    }

    public Optional<SortOrder> sortOrder() {
        String text = prefs.get("sort", null);
        if (text == null) {
            return Optional.empty();
        }
        List<SortOrder.Key> keys = new ArrayList<>();
        for (String item : split(text)) {
            String[] parts = item.split(":");
            Optional<Column> column = Column.fromId(parts[0]);
            if (column.isPresent() && parts.length == 2) {
                keys.add(new SortOrder.Key(column.get(), parts[1].equals("asc")));
            }
        }
        return Optional.of(new SortOrder(keys));
    }

    public void setSortOrder(SortOrder order) {
        prefs.put("sort", order.keys().stream().map(SortOrder.Key::toString).collect(Collectors.joining(SEP)));
    }

    /**
     * The last filter. Its vendors and licences are canonical names and classes when it was
     * saved grouped; filters saved before grouping existed hold published values.
     */
    public Filter filter() {
        return new Filter(new LinkedHashSet<>(split(prefs.get("filter.vendors", ""))),
                new LinkedHashSet<>(splitKeepingEmpty(prefs.get("filter.licenses", null))),
                prefs.get("filter.search", ""), prefs.getBoolean("filter.openOnly", false),
                prefs.getBoolean("filter.grouped", false));
    }

    public void setFilter(Filter filter) {
        prefs.put("filter.vendors", String.join(SEP, filter.vendors()));
        if (filter.licenses().isEmpty()) {
            prefs.remove("filter.licenses");
        } else {
            // Each licence is written with a leading separator, so the empty licence survives.
            prefs.put("filter.licenses", filter.licenses().stream().map(l -> SEP + l).collect(Collectors.joining()));
        }
        prefs.put("filter.search", filter.search());
        prefs.putBoolean("filter.openOnly", filter.openLicensesOnly());
        prefs.putBoolean("filter.grouped", filter.grouped());
    }

    /** Whether the filters group vendors by canonical name and licences by class; on by default. */
    public boolean groupValues() {
        return prefs.getBoolean("groupValues", true);
    }

    public void setGroupValues(boolean group) {
        prefs.putBoolean("groupValues", group);
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (String item : split(prefs.get("recent", ""))) {
            try {
                files.add(Path.of(item));
            } catch (InvalidPathException e) {
                // A path from another system: not worth offering.
            }
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        prefs.put("recent", files.stream().map(Path::toString).collect(Collectors.joining(SEP)));
    }

    public Optional<Path> lastFolder() {
        String folder = prefs.get("lastFolder", "");
        try {
            return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void setLastFolder(Path folder) {
        prefs.put("lastFolder", folder.toString());
    }

    public Optional<ReportLanguage> reportLanguage() {
        return ReportLanguage.fromId(prefs.get("export.language", ""));
    }

    public void setReportLanguage(ReportLanguage language) {
        prefs.put("export.language", language.id());
    }

    public Optional<ExportScope> exportScope() {
        try {
            return Optional.of(ExportScope.valueOf(prefs.get("export.scope", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setExportScope(ExportScope scope) {
        prefs.put("export.scope", scope.name());
    }

    /** The repository base of the releases, for a mirror; the upstream project by default. */
    public java.net.URI sourceUrl() {
        // A hand-edited, broken address falls back to the default.
        return dev.arenaview.model.Links.webUri(prefs.get("source.url", ""))
                .orElse(dev.arenaview.source.UpstreamSource.DEFAULT_BASE);
    }

    public void setSourceUrl(java.net.URI url) {
        if (url.equals(dev.arenaview.source.UpstreamSource.DEFAULT_BASE)) {
            prefs.remove("source.url");
        } else {
            prefs.put("source.url", url.toString());
        }
    }

    /** Where the window's boards come from: LMArena's dataset unless the user chose the CSV releases. */
    public dev.arenaview.model.Origin origin() {
        return dev.arenaview.model.Origin.fromId(prefs.get("source", "")).orElse(dev.arenaview.model.Origin.LMARENA);
    }

    public void setOrigin(dev.arenaview.model.Origin origin) {
        prefs.put("source", origin.id());
    }

    /** The Hugging Face address LMArena's dataset is read from, for a mirror; Hugging Face by default. */
    public java.net.URI hubUrl() {
        return dev.arenaview.model.Links.webUri(prefs.get("source.hub", ""))
                .orElse(dev.arenaview.source.lmarena.HubSource.DEFAULT_ENDPOINT);
    }

    public void setHubUrl(java.net.URI url) {
        if (url.equals(dev.arenaview.source.lmarena.HubSource.DEFAULT_ENDPOINT)) {
            prefs.remove("source.hub");
        } else {
            prefs.put("source.hub", url.toString());
        }
    }

    /** The category last shown on an arena's board; overall at first. */
    public dev.arenaview.model.Category category(dev.arenaview.model.Arena arena) {
        String id = prefs.get("category." + arena.id(), "").strip();
        return id.isEmpty() ? dev.arenaview.model.Category.OVERALL : new dev.arenaview.model.Category(id);
    }

    public void setCategory(dev.arenaview.model.Arena arena, dev.arenaview.model.Category category) {
        prefs.put("category." + arena.id(), category.id());
    }

    /** Check upstream at start when the last check is older than this many hours; 0 never checks. */
    public int autoCheckHours() {
        return Math.max(0, prefs.getInt("autoCheck.hours", 6));
    }

    public void setAutoCheckHours(int hours) {
        prefs.putInt("autoCheck.hours", Math.max(0, hours));
    }

    public dev.arenaview.model.Arena arena() {
        return dev.arenaview.model.Arena.fromId(prefs.get("arena", "text")).orElse(dev.arenaview.model.Arena.TEXT);
    }

    public void setArena(dev.arenaview.model.Arena arena) {
        prefs.put("arena", arena.id());
    }

    /**
     * Writes the settings soon, on a thread of their own, for changes made while the window
     * works (a file opened, a setting switched): the preferences store writes an XML file, too
     * slow for the window thread. The store also writes pending changes when the JVM exits;
     * failures only cost the settings.
     */
    public void flushSoon() {
        if (flushPending.compareAndSet(false, true)) {
            FLUSHER.execute(() -> {
                flushPending.set(false);
                flush();
            });
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean flushPending = new java.util.concurrent.atomic.AtomicBoolean();

    private static final java.util.concurrent.Executor FLUSHER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "arenaview-settings");
        t.setDaemon(true);
        return t;
    });

    /** Writes the settings now (when the window closes). */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Settings are a convenience: a read-only home folder must not stop the app.
        }
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(SEP, -1)).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static List<String> splitKeepingEmpty(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.substring(1).split(SEP, -1));
    }
}
