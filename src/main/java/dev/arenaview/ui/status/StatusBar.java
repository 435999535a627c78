package dev.arenaview.ui.status;

import dev.arenaview.model.DataSource;
import dev.arenaview.model.Freshness;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.ui.shared.Bars;
import dev.arenaview.ui.shared.LazyTooltip;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Notice;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar under the table: how many models are shown, the data's date and source, the
 * network's state, warnings, the last action's message, and a file's load with its Cancel.
 */
public final class StatusBar {

    private final StatusModel model;
    private final Messages messages;
    private final NumberFormat numbers;
    private final HBox bar;

    public StatusBar(StatusModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());

        Label shown = new Label();
        shown.setId("shownLabel");
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.shown", numbers.format(model.shownCountProperty().get()),
                        numbers.format(model.totalCountProperty().get())),
                model.shownCountProperty(), model.totalCountProperty()));

        Label data = new Label();
        data.setId("dataLabel");
        data.textProperty().bind(Bindings.createStringBinding(() -> describeData(model.boardProperty().get()),
                model.boardProperty(), model.freshnessProperty()));
        // The data's date and source, and the network's state, stay whole: a message gives way
        // first, then the count.
        data.setMinWidth(Region.USE_PREF_SIZE);

        Label network = new Label();
        network.setId("networkLabel");
        network.textProperty().bind(Bindings.createStringBinding(this::describeNetwork, model.networkProperty(),
                model.lastCheckProperty()));
        LazyTooltip.install(network, () -> model.networkProblemProperty().get().isEmpty() ? null
                : model.networkProblemProperty().get());
        network.setMinWidth(Region.USE_PREF_SIZE);

        Label warning = new Label();
        warning.setId("warningLabel");
        warning.getStyleClass().add("status-warning");
        warning.textProperty().bind(Bindings.createStringBinding(() -> model.unreadableRowsProperty().get() > 0
                        ? "\u26a0 " + messages.get("status.incomplete", model.unreadableRowsProperty().get())
                        : "", model.unreadableRowsProperty()));
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());

        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.getStyleClass().add("status-notice");
        model.noticeProperty().addListener((obs, old, n) -> {
            notice.getStyleClass().remove("status-warning");
            if (n == null) {
                notice.setText("");
                return;
            }
            notice.setText(messages.get(n.key(), n.args().toArray()));
            if (n.kind() == Notice.Kind.WARNING) {
                notice.getStyleClass().add("status-warning");
            }
        });
        // The message takes only the room the fixed fields leave, so that it never pushes them.
        notice.setMinWidth(0);
        notice.setPrefWidth(0);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(notice, Priority.ALWAYS);
        // Cut short in a narrow window, the message is still there whole when hovered.
        LazyTooltip.install(notice, () -> notice.getText().isEmpty() ? null : notice.getText());

        ProgressBar progress = new ProgressBar();
        progress.setId("busyIndicator");
        progress.setPrefWidth(90);
        progress.visibleProperty().bind(model.busyProperty().or(model.refreshingProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMinWidth(40);
        // A file's load, else a download of known size, shows how far it is; else the bar runs.
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> model.loadingFileProperty().get() != null
                        ? model.loadProgressProperty().get()
                        : model.downloadProperty().get() != null ? model.downloadProperty().get().fraction() : -1,
                model.loadProgressProperty(), model.loadingFileProperty(), model.downloadProperty()));
        Button cancelLoad = new Button(messages.get("data.cancel"));
        cancelLoad.setId("cancelLoad");
        cancelLoad.getStyleClass().add("status-button");
        cancelLoad.setOnAction(e -> model.cancelLoad());
        cancelLoad.visibleProperty().bind(model.loadingFileProperty().isNotNull());
        cancelLoad.managedProperty().bind(cancelLoad.visibleProperty());
        Label loading = new Label();
        loading.textProperty().bind(Bindings.createStringBinding(() -> model.loadingFileProperty().get() == null ? ""
                : messages.get("status.loading", model.loadingFileProperty().get().getFileName()),
                model.loadingFileProperty()));
        loading.managedProperty().bind(loading.textProperty().isNotEmpty());

        Label downloading = new Label();
        downloading.setId("downloadLabel");
        downloading.textProperty().bind(Bindings.createStringBinding(() -> describeDownload(model.downloadProperty().get()),
                model.downloadProperty()));
        downloading.managedProperty().bind(downloading.textProperty().isNotEmpty());
        downloading.setMinWidth(Region.USE_PREF_SIZE);
        Button cancelDownload = new Button(messages.get("data.cancel"));
        cancelDownload.setId("cancelDownload");
        cancelDownload.getStyleClass().add("status-button");
        cancelDownload.setOnAction(e -> model.cancelRefresh());
        cancelDownload.visibleProperty().bind(model.refreshingProperty().and(model.loadingFileProperty().isNull()));
        cancelDownload.managedProperty().bind(cancelDownload.visibleProperty());

        bar = new HBox(10, shown, Bars.separator(), data, Bars.separator(), network, warning, notice, loading,
                downloading, progress, cancelLoad, cancelDownload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
    }

    public Node node() {
        return bar;
    }


    private String describeData(Leaderboard board) {
        if (board == null) {
            return messages.get("table.noData");
        }
        DataSource source = board.source();
        String where;
        switch (source.kind()) {
            case BUNDLED: where = messages.get("source.bundled"); break;
            case URL: case CACHE: where = messages.get("source.download", hostOf(source.location())); break;
            default: where = source.location(); break;
        }
        Freshness f = model.freshnessProperty().get();
        String age = f == null ? "" : f.ageDays() == 0 ? messages.get("status.age.today")
                : messages.get("status.age.days", f.ageDays());
        String which = board.origin() == dev.arenaview.model.Origin.LMARENA || !board.category().isOverall()
                ? dev.arenaview.ui.shared.BoardName.of(board).arenaAndCategory(messages) + " \u00b7 "
                : "";
        return which + board.date().map(d -> messages.get("status.data", d.toString(), where, age))
                .orElseGet(() -> messages.get("status.data.undated", where));
    }

    /** "Downloading text/full-00000-of-00001.parquet: 12.3 of 60.1 MB (20%)". */
    private String describeDownload(dev.arenaview.ui.shared.Download d) {
        if (d == null) {
            return "";
        }
        java.util.Locale locale = messages.language().locale();
        String done = String.format(locale, "%.1f", d.done() / 1e6);
        if (d.total() <= 0) {
            return messages.get("status.download.unknown", d.part(), done);
        }
        return messages.get("status.download", d.part(), done, String.format(locale, "%.1f", d.total() / 1e6),
                (int) Math.floor(d.fraction() * 100));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null ? host : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private String describeNetwork() {
        switch (model.networkProperty().get()) {
            case CHECKING: return messages.get("network.checking");
            case OFFLINE: return messages.get("network.offline");
            default:
                Instant last = model.lastCheckProperty().get();
                if (last == null) {
                    return messages.get("network.notChecked");
                }
                ZonedDateTime local = last.atZone(ZoneId.systemDefault());
                boolean today = local.toLocalDate().equals(LocalDate.now(model.clock().withZone(ZoneId.systemDefault())));
                String when = today ? String.format("%02d:%02d", local.getHour(), local.getMinute())
                        : local.toLocalDate().toString();
                return messages.get("network.online", when);
        }
    }
}
