package dev.arenaview.ui.filter;

import dev.arenaview.model.LicenseClass;
import dev.arenaview.ui.shared.LazyTooltip;
import dev.arenaview.ui.shared.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;

/**
 * The bar above the table: the search field, the vendor and licence lists, open licences only
 * and *Clear filters*, all bound to the {@link FilterModel}.
 */
public final class FilterBar {

    private final FilterModel model;
    private final Messages messages;
    private final Map<LicenseClass, String> classLabels = new EnumMap<>(LicenseClass.class);
    private final TextField searchField;
    private final HBox bar;

    /**
     * @param toTable moves the focus to the table, for Down or Enter in the search field
     */
    public FilterBar(FilterModel model, Messages messages, Runnable toTable) {
        this.model = model;
        this.messages = messages;
        for (LicenseClass c : LicenseClass.values()) {
            classLabels.put(c, messages.get("licenseClass." + c.id()));
        }
        searchField = TextFields.createClearableTextField();
        searchField.setId("searchField");
        searchField.setPromptText(messages.get("filter.search.prompt"));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchField.setPrefColumnCount(22);
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                toTable.run();
                e.consume();
            }
        });

        Button vendors = new FacetFilter("vendorFilter", messages.get("filter.vendor"), model.vendorChoices(),
                model.selectedVendors(), Function.identity(), model::changeAtOnce, messages).node();
        Button licenses = new FacetFilter("licenseFilter", messages.get("filter.license"), model.licenseChoices(),
                model.selectedLicenses(), this::licenseChoiceLabel, model::changeAtOnce, messages).node();

        ToggleButton openOnly = new ToggleButton(messages.get("filter.openOnly"));
        openOnly.setId("openOnlyToggle");
        LazyTooltip.install(openOnly, () -> messages.get("filter.openOnly.tooltip"));
        openOnly.selectedProperty().bindBidirectional(model.openLicensesOnlyProperty());

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.filterProperty().get().isActive(),
                model.filterProperty()));

        // In a narrow window the search field and the filter buttons give up width, not the buttons' words.
        openOnly.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(8, searchField, vendors, licenses, openOnly, spacer, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");
    }

    public Node node() {
        return bar;
    }

    /** Puts the cursor in the search field with its text selected (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Grouped, the licence list holds class names: shown by their label in the window's language. */
    private String licenseChoiceLabel(String value) {
        return model.groupedProperty().get() ? LicenseClass.fromName(value).map(classLabels::get).orElse(value) : value;
    }
}
