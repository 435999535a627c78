package dev.arenaview.ui.chart;

import dev.arenaview.ui.shared.ReportChart;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.io.IoMessages;
import dev.arenaview.io.PngEncoder;
import dev.arenaview.model.ChartData;
import dev.arenaview.model.ChartData.Interval;
import dev.arenaview.model.Entry;
import dev.arenaview.model.History;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Taxonomy;
import dev.arenaview.source.HistoryLoader;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.SharedView;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Notice;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The charts beside the table: a tab per chart (intervals, score versus votes, vendors,
 * history) over a small toolbar (how many models, Save PNG…, Copy), in a split pane with the
 * table that View › Charts opens and closes. It follows the table's rows and selection
 * through a {@link ChartsModel}, and a click on a model in a chart selects it in the table.
 */
public final class ChartsPane {

    /** Width of an interval chart exported beside a report: readable on a page and on GitHub. */
    static final double REPORT_CHART_WIDTH = 1000;

    private final SharedView vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Settings settings;
    private final TableView<Entry> table;
    private final NumberFormat numbers;
    private final ChartsModel model;

    // Built when the charts are first shown: most people open the window without them, and
    // building them (four canvases, tabs, tooltips) took about a tenth of the window's start.
    private IntervalChart intervals;
    private ScoreVotesChart scatter;
    private VendorChart vendors;
    private HistoryChart history;
    private TabPane tabs;
    private String savedChart;
    private final BorderPane pane = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final CheckMenuItem menuItem;
    private final Label historyNotice = new Label();
    private final Label historySource = new Label();
    private double divider;
    // The spinner binds to this both ways, and such bindings hold their ends only weakly.
    private final ObjectProperty<Integer> topAsObject;

    public ChartsPane(SharedView vm, Messages messages, Dialogs dialogs, Settings settings, TableView<Entry> table) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.table = table;
        this.numbers = NumberFormat.getIntegerInstance(messages.language().locale());
        this.model = new ChartsModel(vm, table.getSelectionModel().getSelectedItems(), Platform::runLater);

        Settings.ChartsLayout saved = settings.charts();
        model.topProperty().set(Math.max(1, Math.min(ChartsModel.MAX_TOP, saved.top())));
        topAsObject = model.topProperty().asObject();
        divider = saved.divider();
        savedChart = saved.chart();

        pane.setId("chartsPane");
        pane.getStyleClass().add("charts-pane");
        pane.setMinWidth(320);

        menuItem = new CheckMenuItem(messages.get("menu.view.charts"));
        menuItem.setId("chartsMenuItem");
        menuItem.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        menuItem.selectedProperty().addListener((obs, was, now) -> show(now));
        split.setId("tableAndCharts");
        split.setOrientation(Orientation.HORIZONTAL);

        // On screen, not merely switched on: a view replaced by one in another language keeps
        // its menu item checked, and its charts must stop following the rows.
        model.activeProperty().bind(pane.sceneProperty().isNotNull());
        menuItem.setSelected(saved.visible());
    }

    /** Makes the charts, their tabs and toolbars, and ties them to the model: once, when first shown. */
    private void build() {
        if (tabs != null) {
            return;
        }
        ChartStyle style = ChartStyle.forLanguage(messages.language());
        ColourKey<?> licences = ColourKey.of(LicenseClass.class,
                e -> Taxonomy.standard().licenseClass(e.license()), k -> messages.get("licenseClass." + k.id()));
        intervals = new IntervalChart(style, messages);
        scatter = new ScoreVotesChart(style, messages, licences);
        vendors = new VendorChart(style, messages);
        history = new HistoryChart(style, messages);
        for (ChartCanvas chart : List.of(intervals, scatter, vendors, history)) {
            chart.setOnPick(this::select);
        }
        tabs = new TabPane();
        tabs.setId("chartTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("intervals", "chart.tab.intervals", scrolling(intervals)),
                tab("scatter", "chart.tab.scatter", scatter),
                tab("vendors", "chart.tab.vendors", scrolling(vendors)),
                tab("history", "chart.tab.history", historyTab()));
        tabs.getTabs().stream().filter(t -> t.getId().equals(savedChart)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        // The first look at the history of a board whose history is not downloaded asks to
        // download it; a tab restored at start does not, nor does a switch of board.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getId().equals("history") && !model.historyAtHandProperty().get()
                    && model.historyFolderProperty().get() == null && asked.add(vm.arenaProperty().get())) {
                model.downloadHistory();
            }
        });
        pane.setTop(toolbar());
        pane.setCenter(tabs);
        bindCharts();
    }

    private Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane scrolling(ChartCanvas chart) {
        ScrollPane scroll = new ScrollPane(chart);
        // Fills the tab when the rows fit, and scrolls when they do not (the chart's minimum height).
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("chart-scroll");
        return scroll;
    }

    /** The table with the charts beside it (when shown): the window's centre. */
    public Node beside(Node tableNode) {
        split.getItems().setAll(tableNode);
        show(menuItem.isSelected());
        return split;
    }

    /** View › Charts (Ctrl+G). */
    public CheckMenuItem menuItem() {
        return menuItem;
    }

    private void show(boolean visible) {
        if (split.getItems().isEmpty()) {
            return;
        }
        if (visible && !split.getItems().contains(pane)) {
            build();
            split.getItems().add(pane);
            split.setDividerPositions(divider);
            split.getDividers().get(0).positionProperty().addListener((obs, old, at) -> divider = at.doubleValue());
        } else if (!visible && split.getItems().contains(pane)) {
            divider = split.getDividerPositions()[0];
            split.getItems().remove(pane);
        }
    }

    /** Writes whether the charts show, the divider, the number of models and the chart shown to the settings. */
    public void saveState() {
        Tab selected = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        settings.setCharts(new Settings.ChartsLayout(menuItem.isSelected(), divider, model.topProperty().get(),
                tabs == null ? savedChart : selected == null ? "" : selected.getId()));
    }

    /** The model behind the charts. */
    public ChartsModel model() {
        return model;
    }

    // ---- toolbar and history controls ----------------------------------------------------

    private Node toolbar() {
        Spinner<Integer> top = new Spinner<>();
        top.setId("chartTop");
        top.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ChartsModel.MAX_TOP,
                model.topProperty().get(), 5));
        top.getValueFactory().valueProperty().bindBidirectional(topAsObject);
        top.setEditable(true);
        top.setPrefWidth(84);
        top.setTooltip(new Tooltip(messages.get("chart.top.tooltip")));
        Label topLabel = new Label(messages.get("chart.top"));
        topLabel.setLabelFor(top);
        HBox topBox = new HBox(6, topLabel, top);
        topBox.setAlignment(Pos.CENTER_LEFT);
        topBox.visibleProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        topBox.managedProperty().bind(topBox.visibleProperty());

        Button save = new Button(messages.get("chart.save"));
        save.setId("saveChart");
        save.setOnAction(e -> saveChart());
        Button copy = new Button(messages.get("chart.copy"));
        copy.setId("copyChart");
        copy.setTooltip(new Tooltip(messages.get("chart.copy.tooltip")));
        copy.setOnAction(e -> copyChart());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, topBox, spacer, save, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("charts-toolbar");
        return bar;
    }

    private Node historyTab() {
        ToggleGroup measure = new ToggleGroup();
        ToggleButton score = new ToggleButton(messages.get("chart.history.score"));
        score.setId("historyScore");
        ToggleButton rank = new ToggleButton(messages.get("chart.history.rank"));
        rank.setId("historyRank");
        score.setToggleGroup(measure);
        rank.setToggleGroup(measure);
        score.setSelected(true);
        measure.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
                return;
            }
            history.setMeasure(now == rank ? HistoryChart.Measure.RANK : HistoryChart.Measure.SCORE);
            describeHistory();
        });
        HBox measures = new HBox(score, rank);
        score.setMinWidth(Region.USE_PREF_SIZE);
        rank.setMinWidth(Region.USE_PREF_SIZE);
        measures.getStyleClass().add("measure-switch");

        Button folder = new Button(messages.get("chart.history.folder"));
        folder.setId("historyFolder");
        folder.setOnAction(e -> chooseHistoryFolder());
        Button download = new Button(messages.get("chart.history.download"));
        download.setId("historyDownload");
        download.setOnAction(e -> model.downloadHistory());
        download.visibleProperty().bind(model.historyAtHandProperty().not().and(model.historyFolderProperty().isNull()));
        download.managedProperty().bind(download.visibleProperty());
        download.setMinWidth(Region.USE_PREF_SIZE);
        Button cache = new Button(messages.get("chart.history.cache"));
        cache.setId("historyCache");
        cache.setOnAction(e -> model.useCachedHistory());
        // Only a folder's history has a way back to the source's: the button is there only then.
        cache.visibleProperty().bind(model.historyFolderProperty().isNotNull());
        cache.managedProperty().bind(cache.visibleProperty());
        // The buttons keep their words; the source label gives way when the pane is narrow.
        folder.setMinWidth(Region.USE_PREF_SIZE);
        cache.setMinWidth(Region.USE_PREF_SIZE);

        historySource.setId("historySource");
        historySource.getStyleClass().add("history-source");
        historySource.setWrapText(true);
        historySource.setPadding(new Insets(0, 10, 4, 10));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, measures, spacer, download, folder, cache);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("history-bar");

        historyNotice.setId("historyNotice");
        historyNotice.getStyleClass().add("history-notice");
        historyNotice.setWrapText(true);
        historyNotice.setPadding(new Insets(4, 10, 6, 10));
        historyNotice.visibleProperty().bind(historyNotice.textProperty().isNotEmpty());
        historyNotice.managedProperty().bind(historyNotice.visibleProperty());

        VBox.setVgrow(history, Priority.ALWAYS);
        return new VBox(bar, historySource, history, historyNotice);
    }

    private void chooseHistoryFolder() {
        Optional<Path> start = Optional.ofNullable(model.historyFolderProperty().get()).or(settings::lastFolder);
        dialogs.chooseHistoryFolder(window(), messages, start).ifPresent(model::useHistoryFolder);
    }

    // ---- data into the charts ------------------------------------------------------------

    private void bindCharts() {
        model.intervalsProperty().addListener((obs, old, rows) -> describeIntervals());
        model.topProperty().addListener((obs, old, n) -> describeIntervals());
        model.pointsProperty().addListener((obs, old, p) -> describeScatter());
        model.vendorsProperty().addListener((obs, old, v) -> describeVendors());
        model.selectedModelsProperty().addListener((obs, old, selected) -> {
            intervals.setSelected(selected);
            scatter.setSelected(selected);
        });
        model.seriesProperty().addListener((obs, old, s) -> describeHistory());
        model.historyLoadingProperty().addListener((obs, old, s) -> describeHistory());
        model.skippedProperty().addListener((obs, old, s) -> describeHistory());
        model.historyFolderProperty().addListener((obs, old, s) -> describeHistory());
        model.historyAtHandProperty().addListener((obs, old, s) -> describeHistory());
        describeIntervals();
        describeScatter();
        describeVendors();
        describeHistory();
    }

    /** A chart's title with the board it is of: "95% confidence intervals — Text · Coding". */
    private String titled(String key) {
        Leaderboard board = vm.getBoard();
        return board == null || board.arena().isEmpty() ? messages.get(key)
                : messages.get(key) + " \u2014 " + dev.arenaview.ui.shared.BoardName.of(board).arenaAndCategory(messages);
    }

    /** The arenas whose history the History tab has asked about in this window. */
    private final java.util.Set<dev.arenaview.model.Arena> asked = java.util.EnumSet.noneOf(dev.arenaview.model.Arena.class);

    private String empty() {
        return vm.getBoard() == null ? messages.get("table.noData") : messages.get("table.empty");
    }

    private void describeIntervals() {
        List<Interval> rows = model.intervalsProperty().get();
        intervals.setRows(rows);
        intervals.setTexts(titled("chart.intervals.title"),
                messages.get("chart.intervals.subtitle", numbers.format(rows.size()),
                        numbers.format(model.visibleProperty().get())),
                rows.isEmpty() ? empty() : "");
    }

    private void describeScatter() {
        List<Entry> points = model.pointsProperty().get();
        int all = model.visibleProperty().get();
        scatter.setPoints(points);
        scatter.setTexts(titled("chart.scatter.title"),
                points.size() < all ? messages.get("chart.scatter.capped", numbers.format(points.size()), numbers.format(all))
                        : messages.get("chart.scatter.subtitle", all),
                points.isEmpty() ? empty() : "");
    }

    private void describeVendors() {
        List<ChartData.VendorStat> all = model.vendorsProperty().get();
        vendors.setVendors(all);
        String subtitle = messages.get("chart.vendors.subtitle", all.size(),
                model.visibleProperty().get());
        if (all.size() > VendorChart.MAX_VENDORS) {
            subtitle += " " + messages.get("chart.vendors.capped", numbers.format(VendorChart.MAX_VENDORS));
        }
        vendors.setTexts(titled("chart.vendors.title"), subtitle, all.isEmpty() ? empty() : "");
    }

    private void describeHistory() {
        History h = model.historyProperty().get();
        List<History.Series> series = model.seriesProperty().get();
        history.setData(h, series);
        String title = titled(history.measure() == HistoryChart.Measure.SCORE ? "chart.history.title.score"
                : "chart.history.title.rank");
        String which = model.seriesFromSelectionProperty().get() ? messages.get("chart.history.selected")
                : messages.get("chart.history.top", numbers.format(series.size()));
        String subtitle = h.isEmpty() ? ""
                : h.dates().size() == 1 ? messages.get("chart.history.subtitle.one", h.dates().get(0).toString())
                : messages.get("chart.history.subtitle", h.dates().size(), h.dates().get(0).toString(),
                        h.dates().get(h.dates().size() - 1).toString());
        String message = !model.historyAtHandProperty().get() && h.dates().size() <= 1 && !series.isEmpty()
                ? messages.get("chart.history.notDownloaded")
                : model.historyLoadingProperty().get() && h.isEmpty() ? messages.get("chart.history.loading")
                : h.isEmpty() ? messages.get("chart.history.empty")
                : series.isEmpty() ? empty() : "";
        history.setTexts(title, subtitle, message);

        Path folder = model.historyFolderProperty().get();
        // Where the snapshots come from and which models are drawn: below the buttons, on as many
        // lines as a narrow pane needs, so that the chart's subtitle stays short enough to fit.
        String arena = messages.get("arena." + vm.arenaProperty().get().id());
        String from = folder != null ? messages.get("chart.history.fromFolder", folder.toString())
                : vm.originProperty().get() == dev.arenaview.model.Origin.LMARENA
                ? messages.get("chart.history.fromDataset", arena,
                        vm.categoryProperty().get().displayName(messages.language().locale()))
                : messages.get("chart.history.fromCache", arena);
        historySource.setText(from + " \u00b7 " + which);
        List<HistoryLoader.Skipped> skipped = model.skippedProperty().get();
        historyNotice.setText(skipped.isEmpty() ? "" : "\u26a0 " + messages.get("chart.history.skipped",
                skipped.size(), skipped.stream().map(s -> s.file() + " (" + s.reason() + ")")
                        .collect(Collectors.joining("; "))));
    }

    // ---- picking, saving, copying -------------------------------------------------------

    /** Selects a model in the table (adding it to the selection when asked) and shows its row. */
    private void select(String modelName, boolean adding) {
        List<Entry> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).model().equals(modelName)) {
                if (!adding || table.getSelectionModel().getSelectionMode() != SelectionMode.MULTIPLE) {
                    table.getSelectionModel().clearSelection();
                }
                table.getSelectionModel().select(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        vm.announce(Notice.info("notice.chartModelHidden", modelName));
    }

    /** The chart of the tab shown. */
    public ChartCanvas currentChart() {
        build();
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 1: return scatter;
            case 2: return vendors;
            case 3: return history;
            default: return intervals;
        }
    }

    private void saveChart() {
        ChartCanvas chart = currentChart();
        Leaderboard board = vm.getBoard();
        String date = board == null ? "" : board.date().map(d -> "-" + d).orElse("");
        String name = "arena-" + chart.fileStem() + date + ".png";
        dialogs.choosePng(window(), messages, name, settings.lastFolder()).ifPresent(target -> {
            Optional.ofNullable(target.toAbsolutePath().getParent()).ifPresent(settings::setLastFolder);
            Pixels pixels = Pixels.of(chart.image());
            vm.inBackground(() -> {
                try {
                    AtomicFiles.write(target, pixels::writePng);
                    return null;
                } catch (IOException e) {
                    return IoMessages.reason(e);
                }
            }, failure -> {
                if (failure == null) {
                    vm.announce(Notice.info("notice.chartSaved", target.toString()));
                } else {
                    dialogs.showWriteFailure(window(), messages, target, failure);
                }
            });
        });
    }

    private void copyChart() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, currentChart().image()));
        vm.announce(Notice.info("notice.chartCopied"));
    }

    /**
     * The interval chart of a report's rows, in the report's language, to write beside it:
     * {@code report.md} gets {@code report.png}. Null when the choice does not ask for it.
     * Drawn now, on the window's thread; encoded when written, on the background thread.
     */
    public ReportChart reportChart(ExportChoice choice) {
        if (!choice.includeChart() || vm.getBoard() == null) {
            return null;
        }
        List<Interval> rows = ChartData.topIntervals(vm.reportRows(choice.scope()),
                Math.max(1, Math.min(ChartsModel.MAX_TOP, model.topProperty().get())));
        UiLanguage language = UiLanguage.fromId(choice.language().id()).orElse(messages.language());
        Messages texts = new Messages(language);
        IntervalChart chart = new IntervalChart(ChartStyle.forLanguage(language), texts);
        chart.setRows(rows);
        NumberFormat format = NumberFormat.getIntegerInstance(language.locale());
        chart.setTexts(texts.get("chart.intervals.title"), texts.get("chart.intervals.subtitle",
                format.format(rows.size()), format.format(vm.reportSize(choice.scope()))), rows.isEmpty() ? texts.get("table.empty") : "");
        Pixels pixels = Pixels.of(chart.render(REPORT_CHART_WIDTH, Math.ceil(chart.contentHeight(REPORT_CHART_WIDTH))));
        return new ReportChart(imageName(choice.target()), rows.size(), pixels::writePng);
    }

    /** {@code report.md} → {@code report.png}; any other name gets {@code .png} added. */
    static String imageName(Path report) {
        String name = report.getFileName().toString();
        return (name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name)
                + ".png";
    }

    /** An image's pixels, read on the window's thread so they can be encoded on another. */
    private record Pixels(int width, int height, int[] argb) {

        static Pixels of(WritableImage image) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return new Pixels(w, h, argb);
        }

        void writePng(java.io.OutputStream out) throws IOException {
            PngEncoder.write(out, width, height, argb);
        }
    }

    private Window window() {
        return pane.getScene() != null ? pane.getScene().getWindow()
                : table.getScene() == null ? null : table.getScene().getWindow();
    }
}
