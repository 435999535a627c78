package dev.arenaview.ui;

import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;

/**
 * Preferences held in memory only, for the window tests: what a window saves is there for the
 * next one at once, as in the app, and nothing depends on the JDK's file store, whose timer
 * syncs every cached node with its file every 30 seconds in the background and reloads a node
 * whose file's time it does not expect (the window tests once lost a value saved a moment
 * before, in two full runs out of many; never alone).
 */
final class MemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, MemoryPreferences> children = new TreeMap<>();

    /** A new, empty tree. */
    MemoryPreferences() {
        this(null, "");
    }

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        if (parent() != null) {
            ((MemoryPreferences) parent()).children.remove(name());
        }
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(new String[0]);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
    }

    @Override
    protected void syncSpi() {
        // Nothing to sync with: memory is the store.
    }

    @Override
    protected void flushSpi() {
        // Nothing to write to.
    }
}
