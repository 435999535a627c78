package dev.arenaview.ui;

import dev.arenaview.model.Origin;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.HistoryQuestion;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.LoadFailure;
import dev.arenaview.io.AppInfo;
import dev.arenaview.model.Links;
import dev.arenaview.report.ReportLanguage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The real dialogs: JavaFX alerts and the platform's file choosers. Every button is named in the
 * window's language: JavaFX's own OK and Cancel follow the system's language instead.
 */
public final class FxDialogs implements Dialogs {

    private static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public Optional<Path> chooseCsv(Window owner, Messages messages, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("open.filter.csv"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(messages.get("open.filter.all"), "*"));
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ExportChoice> chooseExport(Window owner, Messages messages, ExportDefaults defaults) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.header.board", defaults.board().describe(messages)));

        ToggleGroup language = new ToggleGroup();
        RadioButton zh = radio(messages.get("language.zh"), language, defaults.language() == ReportLanguage.ZH);
        RadioButton en = radio(messages.get("language.en"), language, defaults.language() == ReportLanguage.EN);
        zh.setId("exportChinese");
        en.setId("exportEnglish");
        ToggleGroup scope = new ToggleGroup();
        RadioButton view = radio(messages.get("export.scope.view", defaults.viewCount()), scope,
                defaults.scope() == ExportScope.CURRENT_VIEW);
        RadioButton all = radio(messages.get("export.scope.all", defaults.allCount()), scope,
                defaults.scope() == ExportScope.ALL_MODELS);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        grid.addRow(0, new Label(messages.get("export.language")), new VBox(6, zh, en));
        grid.addRow(1, new Label(messages.get("export.scope")), new VBox(6, view, all));
        CheckBox changes = new CheckBox();
        changes.setId("exportChanges");
        defaults.comparedWith().ifPresent(date -> {
            changes.setText(messages.get("export.changes", date));
            grid.add(changes, 1, 2);
        });
        CheckBox chart = new CheckBox(messages.get("export.chart"));
        chart.setId("exportChart");
        grid.add(chart, 1, 3);
        dialog.getDialogPane().setContent(grid);
        ButtonType next = new ButtonType(messages.get("export.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, cancel(messages));

        if (dialog.showAndWait().filter(b -> b == next).isEmpty()) {
            return Optional.empty();
        }
        ReportLanguage chosenLanguage = en.isSelected() ? ReportLanguage.EN : ReportLanguage.ZH;
        ExportScope chosenScope = all.isSelected() ? ExportScope.ALL_MODELS : ExportScope.CURRENT_VIEW;

        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser"));
        chooser.setInitialFileName(defaults.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.filter"), "*.md"));
        defaults.folder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner))
                .map(file -> new ExportChoice(file.toPath(), chosenLanguage, chosenScope, changes.isSelected(),
                        chart.isSelected()));
    }

    @Override
    public void showLoadFailure(Window owner, Messages messages, LoadFailure failure, Runnable showReadable) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.open.header", failure.file().getFileName()));
        TextArea details = new TextArea(failure.message());
        details.setId("errorDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(8, (int) failure.message().lines().count() + 1));
        details.getStyleClass().add("error-details");
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(8, details, new Label(messages.get("error.open.kept"))));
        ButtonType readable = null;
        if (failure.readable().isPresent()) {
            readable = new ButtonType(messages.get("error.open.readable", failure.readable().get().size()),
                    ButtonBar.ButtonData.OTHER);
            alert.getButtonTypes().setAll(readable, ok(messages));
        } else {
            alert.getButtonTypes().setAll(ok(messages));
        }
        ButtonType showReadableButton = readable;
        // Shown without waiting: the window stays responsive and nothing nests an event loop.
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result != null && result == showReadableButton) {
                showReadable.run();
            }
        });
        alert.show();
    }

    @Override
    public void showWriteFailure(Window owner, Messages messages, Path target, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.export.header", target));
        alert.setContentText(reason + "\n" + messages.get("error.export.kept"));
        alert.getButtonTypes().setAll(ok(messages));
        alert.show();
    }

    @Override
    public Optional<SettingsChoice> editSettings(Window owner, Messages messages, SettingsChoice current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        ToggleGroup sources = new ToggleGroup();
        RadioButton lmarena = radio(messages.get("settings.source.lmarena"), sources,
                current.origin() == Origin.LMARENA);
        lmarena.setId("sourceLmarena");
        RadioButton csv = radio(messages.get("settings.source.csv"), sources, current.origin() == Origin.FBOULNOIS);
        csv.setId("sourceCsv");
        // One address field, for the source chosen: each source keeps its own mirror.
        java.net.URI[] addresses = {current.hubUrl(), current.sourceUrl()};
        TextField url = new TextField((current.origin() == Origin.LMARENA ? addresses[0] : addresses[1]).toString());
        url.setId("sourceUrlField");
        url.setPrefColumnCount(36);
        Label help = new Label(messages.get(current.origin() == Origin.LMARENA ? "settings.source.help.lmarena"
                : "settings.source.help"));
        help.getStyleClass().add("settings-help");
        help.setWrapText(true);
        help.setMaxWidth(460);
        sources.selectedToggleProperty().addListener((obs, was, now) -> {
            Links.webUri(url.getText()).ifPresent(u -> addresses[was == lmarena ? 0 : 1] = u);
            url.setText((now == lmarena ? addresses[0] : addresses[1]).toString());
            help.setText(messages.get(now == lmarena ? "settings.source.help.lmarena" : "settings.source.help"));
        });
        Spinner<Integer> hours = new Spinner<>(0, 24 * 7, current.autoCheckHours());
        hours.setId("autoCheckHours");
        hours.setEditable(true);
        hours.setPrefWidth(90);
        CheckBox group = new CheckBox(messages.get("settings.group"));
        group.setId("groupValuesCheck");
        group.setSelected(current.groupValues());
        Label groupHelp = new Label(messages.get("settings.group.help"));
        groupHelp.getStyleClass().add("settings-help");
        groupHelp.setWrapText(true);
        groupHelp.setMaxWidth(460);
        Label problem = new Label();
        problem.getStyleClass().add("settings-problem");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        grid.addRow(0, new Label(messages.get("settings.origin")), new VBox(6, lmarena, csv));
        grid.addRow(1, new Label(messages.get("settings.source")), url);
        grid.add(help, 1, 2);
        grid.addRow(3, new Label(messages.get("settings.autoCheck")), new HBox(8, hours, new Label(messages.get("settings.hours"))));
        grid.add(group, 1, 4);
        grid.add(groupHelp, 1, 5);
        grid.add(problem, 1, 6);
        dialog.getDialogPane().setContent(grid);
        ButtonType okType = ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(okType, cancel(messages));
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (Links.webUri(url.getText()).isEmpty()) {
                problem.setText(messages.get("settings.invalidUrl", url.getText()));
                e.consume();
            }
        });
        if (dialog.showAndWait().filter(b -> b == okType).isEmpty()) {
            return Optional.empty();
        }
        java.net.URI typed = Links.webUri(url.getText()).orElseThrow();
        boolean hub = sources.getSelectedToggle() == lmarena;
        return Optional.of(new SettingsChoice(hub ? Origin.LMARENA : Origin.FBOULNOIS, hub ? addresses[1] : typed,
                hub ? typed : addresses[0], hours.getValue(), group.isSelected()));
    }

    @Override
    public boolean confirmLargeFile(Window owner, Messages messages, Path file, long bytes) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("confirm.large.header", file.getFileName(), bytes >> 20));
        alert.setContentText(messages.get("confirm.large.text"));
        ButtonType open = new ButtonType(messages.get("confirm.large.open"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(open, cancel(messages));
        return alert.showAndWait().filter(b -> b == open).isPresent();
    }

    @Override
    public boolean confirmHistoryDownload(Window owner, Messages messages, HistoryQuestion question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("history.download.title"));
        String arena = messages.get("arena." + question.arena().id());
        alert.setHeaderText(messages.get("history.download.header", arena,
                String.format(messages.language().locale(), "%.1f", question.bytes() / 1e6)));
        alert.setContentText(messages.get("history.download.text", arena));
        ButtonType download = new ButtonType(messages.get("history.download.ok"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(download, cancel(messages));
        return alert.showAndWait().filter(b -> b == download).isPresent();
    }

    @Override
    public void showAbout(Window owner, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.plain("menu.help.about"));
        alert.setHeaderText(messages.get("about.header", AppInfo.version()));
        alert.setContentText(messages.get("about.text", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.show();
    }

    @Override
    public Optional<Path> chooseHistoryFolder(Window owner, Messages messages, Optional<Path> folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("history.chooser"));
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePng(Window owner, Messages messages, String fileName, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("png.chooser"));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("png.filter"), "*.png"));
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static RadioButton radio(String text, ToggleGroup group, boolean selected) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setSelected(selected);
        return button;
    }
}
