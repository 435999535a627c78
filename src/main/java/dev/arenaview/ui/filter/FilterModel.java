package dev.arenaview.ui.filter;

import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Taxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The filter bar's state: the checked vendors and licences, the search, open licences only and
 * the grouping, made into one {@link Filter} that the rows follow; and the lists to check from,
 * the shown board's values with their counts, grouped or as published.
 */
public final class FilterModel {

    private final ObservableSet<String> selectedVendors = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> selectedLicenses = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty openLicensesOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty grouped = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.NONE);
    // Set while several filter inputs change together, so the rows are filtered once, at the end.
    private boolean changingFilter;

    private final ObservableList<FacetValue> vendorChoices = FXCollections.observableArrayList();
    private final ObservableList<FacetValue> licenseChoices = FXCollections.observableArrayList();
    // The published values of the shown data with their counts; the choices are these, grouped or not.
    private List<FacetValue> publishedVendors = List.of();
    private List<FacetValue> publishedLicenses = List.of();

    public FilterModel() {
        Observable[] inputs = {selectedVendors, selectedLicenses, search, openLicensesOnly};
        for (Observable input : inputs) {
            input.addListener(o -> updateFilter());
        }
        grouped.addListener((obs, was, now) -> regroup(was, now));
        updateFilter();
    }

    /**
     * The values of newly shown data, with their counts: the lists are made again, and checked
     * values the data does not have are dropped.
     */
    public void offer(List<FacetValue> vendors, List<FacetValue> licenses) {
        publishedVendors = List.copyOf(vendors);
        publishedLicenses = List.copyOf(licenses);
        showChoices();
        selectedVendors.retainAll(values(vendorChoices));
        selectedLicenses.retainAll(values(licenseChoices));
    }

    /** A column's values of some rows with how many rows have each, by name. */
    public static List<FacetValue> facets(List<Entry> entries, Function<Entry, String> value) {
        Map<String, Integer> counts = new TreeMap<>(BY_NAME);
        for (Entry e : entries) {
            counts.merge(value.apply(e), 1, Integer::sum);
        }
        List<FacetValue> result = new ArrayList<>(counts.size());
        counts.forEach((v, n) -> result.add(new FacetValue(v, n)));
        return result;
    }

    /**
     * Sets every filter input at once, for restoring a saved state. The filter's vendors and
     * licences are read in its own mode and translated into the current one (see
     * {@link #groupedProperty()}); values the data does not have are dropped.
     */
    public void apply(Filter f) {
        Set<String> vendors = translate(f.vendors(), f.grouped(), grouped.get(), publishedVendors, CANONICAL_VENDOR);
        Set<String> licenses = translate(f.licenses(), f.grouped(), grouped.get(), publishedLicenses, LICENSE_CLASS);
        changeAtOnce(() -> {
            replaceSelection(selectedVendors, vendors, vendorChoices);
            replaceSelection(selectedLicenses, licenses, licenseChoices);
            search.set(f.search());
            openLicensesOnly.set(f.openLicensesOnly());
        });
    }

    public void clear() {
        apply(Filter.NONE);
    }

    /** Makes several changes of the filter's values as one: the rows are filtered once, after them. */
    public void changeAtOnce(Runnable changes) {
        changingFilter = true;
        try {
            changes.run();
        } finally {
            changingFilter = false;
        }
        updateFilter();
    }

    private void updateFilter() {
        if (!changingFilter) {
            filter.set(new Filter(Set.copyOf(selectedVendors), Set.copyOf(selectedLicenses),
                    Objects.requireNonNullElse(search.get(), ""), openLicensesOnly.get(), grouped.get()));
        }
    }

    private static void replaceSelection(ObservableSet<String> selected, Set<String> values, List<FacetValue> choices) {
        Set<String> offered = values(choices);
        selected.clear();
        values.stream().filter(offered::contains).forEach(selected::add);
    }

    private static final Function<String, String> CANONICAL_VENDOR = v -> Taxonomy.standard().vendor(v);
    private static final Function<String, String> LICENSE_CLASS = l -> Taxonomy.standard().licenseClass(l).name();

    /**
     * Lists canonical names and licence classes, or the published values, and carries the
     * checked values over: grouping widens each to its group (DeepSeek AI checks DeepSeek,
     * MIT checks open permissive), ungrouping checks every published value of the checked
     * groups, so the table shows the same rows as before.
     */
    private void regroup(boolean from, boolean to) {
        Set<String> vendors = translate(selectedVendors, from, to, publishedVendors, CANONICAL_VENDOR);
        Set<String> licenses = translate(selectedLicenses, from, to, publishedLicenses, LICENSE_CLASS);
        changeAtOnce(() -> {
            showChoices();
            replaceSelection(selectedVendors, vendors, vendorChoices);
            replaceSelection(selectedLicenses, licenses, licenseChoices);
        });
    }

    /** Filter values of one mode in the other, by the same rule the {@link Filter} matches. */
    private static Set<String> translate(Collection<String> values, boolean fromGrouped, boolean toGrouped,
                                         List<FacetValue> published, Function<String, String> group) {
        Set<String> result = new LinkedHashSet<>();
        if (fromGrouped == toGrouped) {
            result.addAll(values);
        } else if (toGrouped) {
            values.forEach(v -> result.add(group.apply(v)));
        } else {
            for (FacetValue f : published) {
                if (values.contains(f.value()) || values.contains(group.apply(f.value()))) {
                    result.add(f.value());
                }
            }
        }
        return result;
    }

    private void showChoices() {
        if (grouped.get()) {
            vendorChoices.setAll(groupFacets(publishedVendors, CANONICAL_VENDOR, BY_NAME));
            licenseChoices.setAll(groupFacets(publishedLicenses, LICENSE_CLASS,
                    Comparator.comparing(name -> LicenseClass.valueOf(name).ordinal())));
        } else {
            vendorChoices.setAll(publishedVendors);
            licenseChoices.setAll(publishedLicenses);
        }
    }

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** The groups of published values with their summed counts, from the counts already made. */
    private static List<FacetValue> groupFacets(List<FacetValue> published, Function<String, String> group,
                                                Comparator<String> order) {
        Map<String, Integer> counts = new TreeMap<>(order);
        for (FacetValue f : published) {
            counts.merge(group.apply(f.value()), f.count(), Integer::sum);
        }
        List<FacetValue> result = new ArrayList<>(counts.size());
        counts.forEach((v, n) -> result.add(new FacetValue(v, n)));
        return result;
    }

    private static Set<String> values(Collection<FacetValue> facets) {
        Set<String> result = new LinkedHashSet<>();
        facets.forEach(f -> result.add(f.value()));
        return result;
    }

    public ObservableSet<String> selectedVendors() {
        return selectedVendors;
    }

    public ObservableSet<String> selectedLicenses() {
        return selectedLicenses;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty openLicensesOnlyProperty() {
        return openLicensesOnly;
    }

    /**
     * Whether the lists hold one entry per vendor and per licence class (true) or every value as
     * published; switching carries the checks over.
     */
    public BooleanProperty groupedProperty() {
        return grouped;
    }

    /** The filter the rows follow. */
    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ObservableList<FacetValue> vendorChoices() {
        return vendorChoices;
    }

    public ObservableList<FacetValue> licenseChoices() {
        return licenseChoices;
    }
}
