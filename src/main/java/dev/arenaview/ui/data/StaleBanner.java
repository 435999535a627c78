package dev.arenaview.ui.data;

import dev.arenaview.model.Freshness;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Network;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A visible warning above the table when the shown rankings are more than a week old, saying why. */
public final class StaleBanner {

    private final DataModel vm;
    private final Messages messages;
    private final HBox banner;

    public StaleBanner(DataModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        Label text = new Label();
        text.setId("staleBanner");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(this::text, vm.freshnessProperty(),
                vm.networkProperty(), vm.upToDateProperty()));
        banner = new HBox(text);
        banner.getStyleClass().add("stale-banner");
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.visibleProperty().bind(text.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
    }

    public Node node() {
        return banner;
    }

    private String text() {
        Freshness f = vm.freshnessProperty().get();
        if (f == null || !f.isStale()) {
            return "";
        }
        String date = f.date().toString();
        long days = f.ageDays();
        if (vm.upToDateProperty().get()) {
            return "\u26a0 " + messages.get("stale.upstream", date, days);
        }
        if (vm.networkProperty().get() == Network.OFFLINE) {
            return "\u26a0 " + messages.get("stale.offline", date, days);
        }
        return "\u26a0 " + messages.get("stale.old", date, days);
    }

}
