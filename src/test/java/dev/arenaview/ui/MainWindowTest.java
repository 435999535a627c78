package dev.arenaview.ui;

import dev.arenaview.ui.filter.FacetValue;
import dev.arenaview.ui.filter.FacetFilter;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Notice;
import dev.arenaview.ui.shared.UiLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.KnowledgeCutoff;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import dev.arenaview.report.ReportLanguage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, as a user would. */
class MainWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    List<Entry> shown(FxRobot robot) {
        return List.copyOf(table(robot).getItems());
    }

    String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Opens a filter list, scrolls each value into view and clicks it, then closes the list. */
    @SuppressWarnings("unchecked")
    void check(FxRobot robot, String filter, String... itemTexts) {
        FacetFilter box = facet(robot, filter);
        robot.clickOn(filter);
        ListView<FacetValue> list = box.list();
        for (String text : itemTexts) {
            int index = list.getItems().stream().map(box::text).toList().indexOf(text);
            assertTrue(index >= 0, text + " is in the list");
            robot.interact(() -> list.scrollTo(index));
            robot.clickOn(text);
        }
        robot.type(KeyCode.ESCAPE);
    }

    static FacetFilter facet(FxRobot robot, String filter) {
        return (FacetFilter) robot.lookup(filter).query().getProperties().get(FacetFilter.class);
    }

    @Test
    void theOpenVendorListShowsEveryNameWholeWithoutScrollingSideways(FxRobot robot) {
        // Some names are long ("Cognitive Computations  (2)"); the list must be wide enough for them.
        robot.clickOn("#vendorFilter");
        ListView<FacetValue> list = facet(robot, "#vendorFilter").list();
        assertTrue(list.getScene().getWindow().isShowing(), "the list is open");
        for (int index = 0; index < list.getItems().size(); index += 5) {
            int at = index;
            robot.interact(() -> list.scrollTo(at));
            for (Node bar : list.lookupAll(".scroll-bar")) {
                if (((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL) {
                    assertFalse(bar.isVisible(), "a scroll bar to see the rest of a name, at row " + at);
                }
            }
        }
        robot.type(KeyCode.ESCAPE);
        assertFalse(list.getScene().getWindow().isShowing(), "Esc closes it");
    }

    @Test
    void theFilterButtonsSayWhatTheyKeep(FxRobot robot) {
        Labeled vendors = robot.lookup("#vendorFilter").queryAs(Labeled.class);
        assertEquals("Vendor: all", vendors.getText());
        assertEquals("License: all", robot.lookup("#licenseFilter").queryAs(Labeled.class).getText());
        check(robot, "#vendorFilter", "Google  (26)");
        assertEquals("Vendor: Google", vendors.getText());
        check(robot, "#vendorFilter", "OpenAI  (22)");
        assertEquals("Vendor: 2 of " + facet(robot, "#vendorFilter").list().getItems().size(), vendors.getText());
        robot.clickOn("#clearFilters");
        assertEquals("Vendor: all", vendors.getText());
    }

    @Test
    void typingInTheOpenListFindsAVendorAndEnterKeepsIt(FxRobot robot) {
        robot.clickOn("#vendorFilter");
        FacetFilter vendors = facet(robot, "#vendorFilter");
        assertTrue(vendors.findField().isFocused(), "the find field is ready for typing");
        robot.write("anthro");
        assertEquals(List.of("Anthropic  (10)"), vendors.list().getItems().stream().map(vendors::text).toList());
        robot.type(KeyCode.ENTER);
        assertTrue(shown(robot).stream().allMatch(e -> e.organization().equals("Anthropic")));
        assertEquals(10, shown(robot).size());
        robot.eraseText(6).write("goog");
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertEquals(2, vm.filters().selectedVendors().size(), "Space in the list checks the value it is on");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#vendorFilter");
        assertEquals("", vendors.findField().getText(), "the list opens whole again");
        robot.clickOn("#vendorFilterNone");
        assertEquals(209, shown(robot).size(), "none checked: every model");
        robot.clickOn("#vendorFilterFind").write("deepseek");
        robot.clickOn("#vendorFilterAll");
        assertEquals(Set.of("DeepSeek"), vm.filters().selectedVendors(), "all that the find field shows");
        robot.type(KeyCode.ESCAPE);
        assertEquals(8, shown(robot).size());
    }

    @Test
    void inTheNarrowestWindowTheFilterButtonsKeepTheirWordsAndStayInIt(FxRobot robot) {
        // The search field and the filter boxes give up width first.
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#openOnlyToggle", "#clearFilters")) {
            javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, id + " is cut short: " + button.getWidth());
            assertTrue(button.localToScene(button.getBoundsInLocal()).getMaxX() <= button.getScene().getWidth(),
                    id + " goes past the window's edge");
        }
    }

    @Test
    void checkingTwoVendorsKeepsExactlyTheirModels(FxRobot robot) {
        check(robot, "#vendorFilter", "Google  (26)", "OpenAI  (22)");
        List<Entry> rows = shown(robot);
        assertEquals(48, rows.size());
        assertTrue(rows.stream().allMatch(e -> Set.of("Google", "OpenAI").contains(e.organization())));
        assertEquals("Showing 48 of 209 models", label(robot, "#shownLabel"));
    }

    @Test
    void aVendorCheckedBeforeOtherDataWithFewerVendorsLeavesNoCheckBehind(FxRobot robot) {
        FacetFilter vendors = facet(robot, "#vendorFilter");
        List<FacetValue> all = vendors.list().getItems();
        FacetValue last = all.get(all.size() - 1);
        assertFalse(Set.of("Google", "OpenAI").contains(last.value()));
        check(robot, "#vendorFilter", vendors.text(last));
        assertEquals(last.count(), shown(robot).size(), "filtered by the last vendor");

        Entry google = new Entry(1, 1, "G-Model", 1400, new ConfidenceInterval(5, 5), 1000, "Google", "Proprietary",
                KnowledgeCutoff.parse(""), "https://g.example");
        Entry other = new Entry(2, 2, "O-Model", 1300, new ConfidenceInterval(5, 5), 1000, "OpenAI", "Proprietary",
                KnowledgeCutoff.parse(""), "https://o.example");
        robot.interact(() -> vm.show(new Leaderboard(List.of(google, other), Schema.B, Optional.empty(), Optional.empty(),
                DataSource.file("two.csv"))));
        assertEquals(Set.of(), vm.filters().selectedVendors(), "the checked vendor is not in the new data, and nothing else is checked in its place");
        assertEquals("Vendor: all", robot.lookup("#vendorFilter").queryAs(Labeled.class).getText());
        assertEquals(2, shown(robot).size());

        check(robot, "#vendorFilter", "Google  (1)");
        assertEquals(Set.of("Google"), vm.filters().selectedVendors());
        assertEquals(List.of(google), shown(robot));
    }

    @Test
    void licenseFilterAndSearchCombineWithAnd(FxRobot robot) {
        check(robot, "#licenseFilter", "Open (permissive)  (47)");
        robot.clickOn("#searchField").write("deepseek");
        List<Entry> rows = shown(robot);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(e -> e.license().equals("MIT") && e.model().toLowerCase().contains("deepseek")));
        assertTrue(rows.size() < 47);
        robot.type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText(), "Esc clears the search");
        assertEquals(47, shown(robot).size());
        robot.clickOn("#clearFilters");
        assertEquals(209, shown(robot).size());
    }

    List<String> listed(FxRobot robot, String filter) {
        FacetFilter box = facet(robot, filter);
        return box.list().getItems().stream().map(box::text).toList();
    }

    @SuppressWarnings("unchecked")
    TableCell<Entry, Entry> cell(FxRobot robot, String columnId, String text) {
        return robot.lookup(".text-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    @Test
    void licenseFilterListsClassesAndCellsShowPublishedValuesWithTheirClassAsTooltip(FxRobot robot) {
        assertEquals(List.of("Proprietary  (78)", "Open (permissive)  (47)", "Open (restricted)  (59)",
                "Non-commercial  (24)", "Unknown  (1)"), listed(robot, "#licenseFilter"));
        assertTrue(listed(robot, "#vendorFilter").contains("DeepSeek  (8)"), "DeepSeek and DeepSeek AI in one entry");
        assertFalse(listed(robot, "#vendorFilter").contains("DeepSeek AI  (2)"));

        check(robot, "#licenseFilter", "Open (restricted)  (59)");
        robot.clickOn("#searchField").write("deepseek");
        assertEquals(Set.of("DeepSeek", "DeepSeek License"), shown(robot).stream().map(Entry::license).collect(Collectors.toSet()),
                "the table shows licences as published");
        TableCell<Entry, Entry> license = cell(robot, "licenseColumn", "DeepSeek License");
        assertEquals("License class: Open (restricted)", hoverForTooltip(robot, license).getText(), "hovering shows the class");
        TableCell<Entry, Entry> vendor = cell(robot, "vendorColumn", "DeepSeek AI");
        assertEquals("Canonical name: DeepSeek", hoverForTooltip(robot, vendor).getText(), "hovering shows the canonical name");

        // The cell is reused for another row when the search is cleared: its tooltip follows.
        robot.moveTo("#searchField");
        robot.interact(() -> vm.filters().searchProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse("DeepSeek AI".equals(vendor.getText()), "the cell shows another row: " + vendor.getText());
        assertEquals("Canonical name: " + dev.arenaview.model.Taxonomy.standard().vendor(vendor.getText()),
                vendor.getTooltip().getText());
    }

    @Test
    void theToolbarsButtonsExplainThemselvesWhenHovered(FxRobot robot) {
        // Their tooltips are made on the first hover, not before the window's first frame.
        assertEquals("Fetch the newest published leaderboard (F5)",
                hoverForTooltip(robot, robot.lookup("#refreshButton").queryAs(Button.class)).getText());
        assertTrue(hoverForTooltip(robot, robot.lookup("#openOnlyToggle").queryAs(ToggleButton.class)).getText()
                .startsWith("Show only models with open weights"));
    }

    @Test
    void groupingSwitchedOffListsPublishedValuesKeepsTheRowsAndIsRemembered(FxRobot robot) {
        check(robot, "#licenseFilter", "Open (permissive)  (47)");
        assertEquals(47, shown(robot).size());
        robot.clickOn("View").clickOn("Group Vendors and Licenses");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(listed(robot, "#licenseFilter").containsAll(List.of("Apache 2.0  (22)", "Apache-2.0  (12)", "MIT  (13)")));
        assertTrue(listed(robot, "#vendorFilter").containsAll(List.of("DeepSeek  (6)", "DeepSeek AI  (2)")));
        assertEquals(Set.of("Apache 2.0", "Apache-2.0", "MIT"), vm.filters().selectedLicenses(), "the class became its spellings");
        assertEquals(47, shown(robot).size(), "the same models are shown");
        assertFalse(settings.groupValues(), "remembered");

        dialogs.settingsChoice = Optional.of(new Dialogs.SettingsChoice(vm.originProperty().get(), settings.sourceUrl(),
                settings.hubUrl(), settings.autoCheckHours(), true));
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.groupedProperty().get(), "the settings dialog switches it back on");
        assertEquals(Set.of("OPEN_PERMISSIVE"), vm.filters().selectedLicenses());
        assertTrue(settings.groupValues());
    }

    @Test
    void openLicensesToggleHidesProprietaryNonCommercialAndUnknown(FxRobot robot) {
        robot.clickOn("#openOnlyToggle");
        assertTrue(shown(robot).stream().noneMatch(e -> e.license().equals("Proprietary") || e.license().isBlank()
                || e.license().equals("Non-commercial")));
        assertEquals(106, shown(robot).size());
        robot.clickOn("#openOnlyToggle");
        assertEquals(209, shown(robot).size());
    }

    @Test
    void sortingByVotesIsNumericAndTheFirstClickPutsTheMostVotesFirst(FxRobot robot) {
        robot.clickOn("Votes");
        List<Integer> votes = shown(robot).stream().map(Entry::votes).collect(Collectors.toList());
        assertTrue(votes.indexOf(10_415) < votes.indexOf(9_142), "10,415 sorts before 9,142");
        for (int i = 1; i < votes.size(); i++) {
            assertTrue(votes.get(i - 1) >= votes.get(i), "most votes first, row " + i);
        }
        assertEquals(TableColumn.SortType.DESCENDING, table(robot).getSortOrder().get(0).getSortType(), "the arrow says so");
        robot.clickOn("Votes");
        assertEquals(Integer.valueOf(votes.get(votes.size() - 1)), shown(robot).get(0).votes(), "a second click reverses");
        assertEquals(TableColumn.SortType.ASCENDING, table(robot).getSortOrder().get(0).getSortType());
        robot.clickOn("Votes");
        assertEquals(List.of(), table(robot).getSortOrder(), "a third click returns to the board's order");
        assertEquals("Gemini-2.5-Pro", shown(robot).get(0).model());
        robot.clickOn("Votes");
        assertEquals(votes, shown(robot).stream().map(Entry::votes).toList(), "and the next starts again with the most");
    }

    @Test
    void theFirstClickOnScoreShowsTheBestAndOnRankTheFirstPlace(FxRobot robot) {
        robot.clickOn("#scoreColumn");
        assertEquals("Gemini-2.5-Pro", shown(robot).get(0).model(), "the highest score first");
        assertTrue(shown(robot).get(0).score() >= shown(robot).get(1).score());
        robot.clickOn("#rankColumn");
        assertEquals(1, shown(robot).get(0).rank(), "rank 1 first");
        assertEquals(TableColumn.SortType.ASCENDING, table(robot).getSortOrder().get(0).getSortType());
        robot.clickOn("#modelColumn");
        List<String> names = shown(robot).stream().map(Entry::model).toList();
        assertTrue(names.get(0).compareToIgnoreCase(names.get(names.size() - 1)) < 0, "names A to Z first");
        robot.press(KeyCode.SHIFT).clickOn("#votesColumn").release(KeyCode.SHIFT);
        assertEquals(List.of("modelColumn", "votesColumn"), table(robot).getSortOrder().stream().map(TableColumn::getId).toList());
        assertEquals(TableColumn.SortType.DESCENDING, table(robot).getSortOrder().get(1).getSortType(),
                "a column added with shift starts with its best too");
    }

    @Test
    void anUnstatedCutoffIsMutedAndTheMutingFollowsTheRowWhenCellsAreReused(FxRobot robot) {
        // Cells are reused for other rows as the order changes: the muted colour of "n/a" must go
        // with the unstated cutoffs, never stay on a cell that now shows a date.
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        for (String header : List.of("Votes", "Knowledge cutoff", "Knowledge cutoff")) {
            robot.clickOn(header);
            robot.interact(() -> table(robot).getSelectionModel().clearSelection());
            List<TableCell<?, ?>> cells = new ArrayList<>();
            for (TableCell<?, ?> c : robot.lookup(".text-cell").queryAllAs(TableCell.class)) {
                if (c.getTableColumn() != null && "cutoffColumn".equals(c.getTableColumn().getId()) && c.getText() != null) {
                    cells.add(c);
                }
            }
            Set<javafx.scene.paint.Paint> unstated = cells.stream().filter(c -> c.getText().equals("n/a"))
                    .map(TableCell::getTextFill).collect(Collectors.toSet());
            Set<javafx.scene.paint.Paint> stated = cells.stream().filter(c -> !c.getText().equals("n/a"))
                    .map(TableCell::getTextFill).collect(Collectors.toSet());
            assertTrue(cells.size() > 10, "cutoff cells on screen after sorting by " + header + ": " + cells.size());
            assertTrue(unstated.size() <= 1 && stated.size() <= 1 && !unstated.equals(stated),
                    "after sorting by " + header + ": n/a in " + unstated + ", dates in " + stated);
        }
    }

    @Test
    void theSelectedModelStaysSelectedAndInSightWhenTheOrderChanges(FxRobot robot) {
        TableView<Entry> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(5));
        Entry chosen = table.getSelectionModel().getSelectedItem();
        robot.clickOn("Votes");
        assertEquals(chosen, table.getSelectionModel().getSelectedItem());
        int at = table.getItems().indexOf(chosen);
        assertEquals(at, table.getSelectionModel().getSelectedIndex());
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(javafx.scene.control.skin.VirtualFlow.class);
        assertTrue(flow.getFirstVisibleCell().getIndex() <= at && at <= flow.getLastVisibleCell().getIndex(),
                "row " + at + " is in sight");
    }

    @Test
    void aNewOrderIsWrittenIntoTheRowsOnScreenWithoutEmptyingThemFirst(FxRobot robot) {
        // Emptying every row on screen and filling it again took each name's link out of the
        // window and put it back, to be styled and laid out anew: the longest freeze when a
        // file was opened. The rows must still show the new order, and hiding a column must
        // still take its cells off the rows.
        TableView<Entry> table = table(robot);
        List<Hyperlink> links = robot.lookup(".model-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getScene() != null).toList();
        assertTrue(links.size() >= 10, "names on screen: " + links.size());
        int[] departures = {0};
        links.forEach(l -> l.parentProperty().addListener((obs, old, parent) -> departures[0]++));

        for (String header : List.of("Votes", "Score", "Model")) {
            robot.clickOn(header);
            for (Hyperlink link : links) {
                TableCell<?, ?> cell = (TableCell<?, ?>) link.getParent();
                assertEquals(table.getItems().get(cell.getIndex()).model(), link.getText(),
                        "after sorting by " + header + ", row " + cell.getIndex());
            }
        }
        assertEquals(0, departures[0], "times a link left its cell");

        robot.interact(() -> columnMenuItem(robot, "ci").setSelected(false));
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .noneMatch(c -> c.getScene() != null && c.getTableColumn() != null && "ciColumn".equals(c.getTableColumn().getId())),
                "a hidden column's cells are gone from the rows");
    }

    /** The View menu's item that shows or hides a column. */
    static CheckMenuItem columnMenuItem(FxRobot robot, String columnId) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(Menu.class::isInstance)
                .flatMap(m -> ((Menu) m).getItems().stream()).filter(i -> ("show-" + columnId).equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aSearchOfALargeFileGoesToItsLastModelWithEnd(FxRobot robot) throws Exception {
        // Over 20,000 rows a keystroke is searched in the background and its rows are picked in
        // the table's order only as the table reads them: End must still reach the last one.
        Path big = MainViewModelTest.bigFile(dir, 30_000);
        robot.interact(() -> vm.openFile(big));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> vm.rows().size() == 30_000 && !vm.busyProperty().get());
        robot.clickOn("#searchField").write("model-29");
        // Model-29, -290 to -299, -2900 to -2999 and -29000 to -29999, in rank order.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> vm.rows().size() == 1_111);
        TableView<Entry> table = table(robot);
        assertEquals("Model-29", table.getItems().get(0).model());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Model-29999", table.getSelectionModel().getSelectedItem().model());
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(javafx.scene.control.skin.VirtualFlow.class);
        assertEquals(1_110, flow.getLastVisibleCell().getIndex(), "the last row is in sight");
        assertTrue(robot.lookup("Model-29999").tryQuery().isPresent(), "its name is on screen");
        robot.type(KeyCode.UP);
        assertEquals("Model-29998", table.getSelectionModel().getSelectedItem().model());
    }

    @Test
    void defaultOrderIsRankThenScoreAndTheHeadersSaySo(FxRobot robot) {
        TableView<Entry> table = table(robot);
        assertEquals(List.of("rankColumn", "scoreColumn"), table.getSortOrder().stream().map(TableColumn::getId).toList());
        assertEquals(TableColumn.SortType.DESCENDING, table.getSortOrder().get(1).getSortType());
        assertEquals("Gemini-2.5-Pro", shown(robot).get(0).model());
    }

    @Test
    void clickingAModelLinkOpensExactlyItsUrl(FxRobot robot) {
        robot.clickOn("o3-2025-04-16");
        assertEquals(List.of(URI.create("https://openai.com/index/introducing-o3-and-o4-mini/")), opened);
        assertTrue(label(robot, "#noticeLabel").startsWith("Opening https://openai.com/"));
    }

    @Test
    void enterOnARowOpensItsLink(FxRobot robot) {
        robot.clickOn("1446");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(URI.create("http://aistudio.google.com/app/prompts/new_chat?model=gemini-2.5-pro-preview-05-06")),
                opened);
    }

    @Test
    void aJavascriptLinkIsRefusedWithAMessage(FxRobot robot) {
        Entry evil = new Entry(1, 1, "Evil-Model", 1500, new ConfidenceInterval(5, 5), 1000, "Evil Corp", "MIT",
                KnowledgeCutoff.parse(""), "javascript:alert(document.cookie)");
        robot.interact(() -> vm.show(new Leaderboard(List.of(evil), Schema.B, Optional.empty(), Optional.empty(),
                DataSource.file("evil.csv"))));
        robot.clickOn("Evil-Model");
        assertTrue(opened.isEmpty());
        assertEquals("Not opened: \u201cjavascript:alert(document.cookie)\u201d is not a web (http or https) address",
                label(robot, "#noticeLabel"));
    }

    @Test
    void exportWritesTheReportOfTheViewAsShown(FxRobot robot) throws Exception {
        check(robot, "#vendorFilter", "Google  (26)", "OpenAI  (22)");
        robot.clickOn("Votes");
        Path target = dir.resolve("arena.md");
        dialogs.exportChoice = Optional.of(new ExportChoice(target, ReportLanguage.EN, ExportScope.CURRENT_VIEW));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("arena-leaderboard-2025-06-27.md", dialogs.exportRequests.get(0).fileName());
        List<String> models = Files.readAllLines(target).stream().filter(l -> l.startsWith("| ")).skip(1)
                .map(l -> l.split("\\|")[3].strip()).map(cell -> cell.substring(1, cell.indexOf("](")))
                .collect(Collectors.toList());
        assertEquals(shown(robot).stream().map(Entry::model).collect(Collectors.toList()), models);
        assertEquals(48, models.size());
        assertEquals("Exported 48 models to " + target, label(robot, "#noticeLabel"));
        robot.clickOn("#scoreColumn");
        assertEquals("", label(robot, "#noticeLabel"), "the message spoke of the rows before the new order");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Exported 48 models to " + target, label(robot, "#noticeLabel"));
        robot.clickOn("#searchField").write("gem");
        assertEquals("", label(robot, "#noticeLabel"), "nor after a search");
    }

    @Test
    void theExportDialogStartsWithTheLastChoices(FxRobot robot) {
        Path target = dir.resolve("reports").resolve("all.md");
        robot.interact(() -> {
            try {
                Files.createDirectories(target.getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        dialogs.exportChoice = Optional.of(new ExportChoice(target, ReportLanguage.ZH, ExportScope.ALL_MODELS));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReportLanguage.EN, dialogs.exportRequests.get(0).language(), "first, the window's language");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Dialogs.ExportDefaults again = dialogs.exportRequests.get(1);
        assertEquals(ReportLanguage.ZH, again.language());
        assertEquals(ExportScope.ALL_MODELS, again.scope());
        assertEquals(Optional.of(target.getParent()), again.folder());
        assertEquals(209, again.allCount());
    }

    @Test
    void inTheNarrowestWindowAMessageGivesWayToTheDataAndTheNetwork(FxRobot robot) {
        String reason = "cannot reach github.com: the connection timed out after 20 seconds of waiting for an answer";
        // Narrower, then narrowest: the headless screen's buffer does not grow with the window.
        robot.interact(() -> {
            stage.setWidth(960);
            vm.announce(Notice.warning("notice.refreshFailed", reason));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        String onScreen = ((javafx.scene.text.Text) notice.lookup(".text")).getText();
        assertTrue(onScreen.endsWith("...") && onScreen.length() < notice.getText().length(),
                "the message is what gives way: " + onScreen);
        assertTrue(hoverForTooltip(robot, notice).getText().contains(reason), "and it is whole when hovered");

        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#dataLabel", "#networkLabel")) {
            Label field = robot.lookup(id).queryAs(Label.class);
            assertTrue(field.getWidth() >= field.prefWidth(-1) - 0.5, id + " is cut short: " + field.getWidth());
            assertTrue(field.localToScene(field.getBoundsInLocal()).getMaxX() <= field.getScene().getWidth(),
                    id + " goes past the window's edge");
        }
    }

    @Test
    void openingABadFileKeepsThePreviousRowsAndShowsTheError(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "rank,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n"
                + "1,Readable,1400,+5/-5,100,X,MIT,,https://a.example\n"
                + "2,Broken,1390,+5/-5,lots,X,MIT,,https://b.example\n");
        dialogs.csvToOpen = Optional.of(bad);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(209, shown(robot).size(), "the table keeps what it showed");
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cannot open bad.csv", alert.getHeaderText());
        String details = robot.lookup("#errorDetails").queryAs(TextArea.class).getText();
        assertEquals(bad + ":3: votes \"lots\" is not a whole number", details);

        robot.clickOn("Show the 1 readable row");
        assertEquals(List.of("Readable"), shown(robot).stream().map(Entry::model).toList());
        assertEquals("\u26a0 Incomplete: 1 row could not be read", label(robot, "#warningLabel"));
    }

    @Test
    void chineseUiShowsChineseLabels(FxRobot robot) {
        robot.clickOn("View").clickOn("Language").clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("显示 209 / 209 个模型", label(robot, "#shownLabel"));
        TableView<Entry> table = table(robot);
        assertEquals(List.of("排名(UB)", "排名(StyleCtrl)", "模型名", "分数", "置信区间", "票数", "服务商", "许可协议", "知识截止日期"),
                table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList());
        assertTrue(robot.lookup("暂无数据").tryQuery().isPresent(), "unknown cutoffs read 暂无数据");
        assertEquals(Optional.of(UiLanguage.ZH), settings.language());
    }

    @Test
    void filtersWorkFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ESCAPE);
        assertEquals(Set.of("Alibaba"), vm.filters().selectedVendors(), "the fourth vendor, checked with Space");
        assertEquals(18, shown(robot).size());
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) {
        robot.clickOn("1477");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#searchField").queryAs(TextField.class).isFocused());
    }

    @Test
    void schemaAHidesTheStyleControlColumn(FxRobot robot) {
        Entry e = new Entry(1, Entry.NO_RANK, "Old-Model", 1200, new ConfidenceInterval(3, 3), 5000, "X", "MIT",
                KnowledgeCutoff.parse("2023/4"), "https://x.example");
        robot.interact(() -> vm.show(new Leaderboard(List.of(e), Schema.A, Optional.empty(), Optional.empty(),
                DataSource.file("lmsys_2024.08.15.csv"))));
        assertFalse(robot.lookup("#stylectrlColumn").tryQuery().isPresent()
                && table(robot).getColumns().stream().filter(c -> c.getId().equals("stylectrlColumn")).findFirst()
                        .orElseThrow().isVisible());
        assertFalse(table(robot).getColumns().stream().filter(c -> c.getId().equals("stylectrlColumn")).findFirst()
                .orElseThrow().isVisible());
    }

    @Test
    void layoutFiltersAndLanguageAreRememberedBetweenRuns(FxRobot robot) {
        check(robot, "#vendorFilter", "Google  (26)");
        robot.clickOn("Votes");
        robot.interact(() -> {
            TableView<Entry> table = table(robot);
            TableColumn<Entry, ?> license = table.getColumns().stream().filter(c -> c.getId().equals("licenseColumn"))
                    .findFirst().orElseThrow();
            table.getColumns().remove(license);
            table.getColumns().add(0, license);
            license.setPrefWidth(222);
        });
        robot.interact(() -> columnMenuItem(robot, "ci").setSelected(false));
        robot.interact(() -> window.saveState());

        List<String> columnIds = new ArrayList<>();
        List<Entry> rows = new ArrayList<>();
        robot.interact(() -> {
            Stage second = new Stage();
            MainWindow again = nextRunWindow(second, UiLanguage.EN);
            TableView<Entry> table = again.view().table();
            table.getColumns().stream().filter(TableColumn::isVisible).forEach(c -> columnIds.add(c.getId()));
            rows.addAll(table.getItems());
            assertEquals(222, table.getColumns().get(0).getPrefWidth());
            second.close();
        });
        assertEquals(List.of("licenseColumn", "rankColumn", "stylectrlColumn", "modelColumn", "scoreColumn",
                "votesColumn", "vendorColumn", "cutoffColumn"), columnIds, "order kept, the hidden CI column hidden");
        assertEquals(26, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).votes() >= rows.get(i).votes(), "sorted by votes as before, most first");
        }
    }

    /**
     * A right-click, and the menu request that a desktop sends with it: Monocle, the headless
     * platform, sends none (TestFX issue 645).
     */
    static void requestContextMenu(FxRobot robot, Node node) {
        robot.rightClickOn(node);
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = node.getLayoutBounds();
            javafx.geometry.Point2D screen = node.localToScreen(bounds.getCenterX(), bounds.getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, bounds.getCenterX(), bounds.getCenterY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    @Test
    void rightClicksOpenTheRowMenuAndTheColumnMenu(FxRobot robot) {
        TableView<Entry> table = table(robot);
        assertEquals(null, table.getContextMenu(), "made at the first right-click, not for the first frame");

        Node scoreHeader = robot.lookup(".column-header").match(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                && "scoreColumn".equals(h.getTableColumn().getId())).query();
        requestContextMenu(robot, scoreHeader);
        ContextMenu columnMenu = table.getColumns().get(0).getContextMenu();
        assertTrue(columnMenu.isShowing(), "the header's menu");
        assertEquals(9, columnMenu.getItems().size(), "a check item per column of the data");
        assertTrue(table.getColumns().stream().filter(c -> c.getUserData() instanceof dev.arenaview.model.Column)
                .allMatch(c -> c.getContextMenu() == columnMenu), "one menu for all the data's headers");
        CheckMenuItem ci = (CheckMenuItem) columnMenu.getItems().stream()
                .filter(i -> "95% CI".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> ci.setSelected(false));
        assertFalse(table.getColumns().stream().anyMatch(c -> c.getId().equals("ciColumn") && c.isVisible()),
                "unchecked in the menu: the CI column is hidden");
        robot.type(KeyCode.ESCAPE);

        Hyperlink name = robot.lookup(".model-link").nth(1).queryAs(Hyperlink.class);
        requestContextMenu(robot, name);
        assertTrue(table.getContextMenu().isShowing(), "the row's menu");
        assertEquals(name.getText(), table.getSelectionModel().getSelectedItem().model(), "right-clicking a name selects its row");
        MenuItem copyName = table.getContextMenu().getItems().get(2);
        assertFalse(copyName.isDisable(), "the right-clicked row is selected, so its actions are enabled");
        Set<String> shortcuts = robot.lookup(".accelerator-text").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).collect(Collectors.toSet());
        assertTrue(shortcuts.containsAll(Set.of("Ctrl+\u21b5", "Ctrl+Shift+L", "Ctrl+Shift+N", "Ctrl+Shift+M")),
                "the menu shows the shortcuts the README gives: " + shortcuts);
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name.getText(), clipboardText(robot), "the shortcut still copies the name");
    }

    static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void workAfterTheFirstFrameRunsOnceWhenTheWindowHasBeenLaidOut(FxRobot robot) {
        List<Double> tableHeights = new ArrayList<>();
        robot.interact(() -> window.afterFirstFrame(() -> tableHeights.add(table(robot).getHeight())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tableHeights.size());
        assertTrue(tableHeights.get(0) > 0, "laid out");
        robot.interact(() -> table(robot).refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tableHeights.size(), "once only");
    }

    @Test
    void theWindowHasTheAppIconAndTitle(FxRobot robot) {
        assertEquals("Arena Viewer \u2014 lmsys_2025.06.27.csv", stage.getTitle());
        assertEquals(7, stage.getIcons().size());
        Node link = robot.lookup(".model-link").query();
        assertTrue(link instanceof Hyperlink);
        assertTrue(robot.lookup("#clearFilters").queryAs(Button.class).isDisabled(), "nothing to clear yet");
    }

    @Test
    void aFileFarLargerThanALeaderboardIsOpenedOnlyAfterAsking(FxRobot robot) throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(MainView.LARGE_FILE_BYTES + 1); // sparse: nothing is written
        }
        dialogs.openLargeFiles = false;
        dialogs.csvToOpen = Optional.of(huge);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(huge), dialogs.largeFilesAsked);
        assertEquals(209, shown(robot).size(), "declined: nothing was read");
    }
}
