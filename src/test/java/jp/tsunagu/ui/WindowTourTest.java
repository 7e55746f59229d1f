package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.SampleDataWriter;
import jp.tsunagu.registrant.StoredPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's first evening, in Japanese and English, on a 1366 x 768 laptop and a 1600 x 1000
 * screen: create an event (typing the date as people do), set a table, import the sample
 * workbook, filter, seat, print. On every page nothing is cut short, and filters, edits and
 * counts hold. Screenshots of every page go to target/screenshots to be looked at.
 */
@Tag("ui")
class WindowTourTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxRobot robot = new FxRobot();
    private Messages messages;
    private String shots;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,1366,768", "ja,1600,1000", "en,1366,768", "en,1600,1000"})
    void aFirstEveningShowsEverythingWholeAndLosesNothing(String language, int width, int height) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        messages = Messages.forLocale(locale);
        shots = language + "-" + width + "x" + height;
        app = Tsunagu.open(folder.resolve("tour.db"));
        Language.choose(app.settings(), locale);
        dialogs.fileToOpen = folder.resolve("registrants.xlsx");
        SampleDataWriter.writeFormWorkbook(dialogs.fileToOpen, SampleDataWriter.formRows());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, dialogs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        page("welcome");

        newEventWithATypedDate();
        prepareKeepsEditsWhenAnotherTableIsChosen();
        participantsImportAndFilters();
        seatingSaysWhatIsTrue();
        printing();
        robot.clickOn("#stage-venue");
        WaitForAsyncUtils.waitForFxEvents();
        page("venue");
        assertThat(dialogs.errors).isEmpty();
    }

    private void newEventWithATypedDate() throws Exception {
        robot.clickOn("#createFirstEvent");
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = (Button) robot.lookup(".dialog-pane .button")
                .match(n -> n instanceof Button b && b.isCancelButton())
                .query();
        assertThat(cancel.getText()).isEqualTo(messages.get("dialog.cancel"));
        robot.clickOn("#newEventName").write("掛川マッチング交流会");
        TextField date = robot.lookup("#newEventDate").queryAs(TextField.class);
        robot.interact(() -> date.setText("令和8年12月6日"));
        assertThat(robot.lookup("#newEventDateUnderstood").queryLabeled().getText())
                .contains(messages.isJapanese() ? "2026年12月6日" : "6 December 2026");
        robot.interact(() -> date.setText("2026/13/40"));
        assertThat(robot.lookup("#newEventCreate").queryButton().isDisabled()).isTrue();
        robot.interact(() -> date.setText("2026/12/6"));
        assertThat(robot.lookup("#newEventCreate").queryButton().isDisabled()).isFalse();
        pageOf(windowOf("#newEventName"), "new-event");
        robot.clickOn("#newEventCreate");
        WaitForAsyncUtils.waitForFxEvents();
        Event event = app.events().latest().orElseThrow();
        assertThat(event.date()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    private void prepareKeepsEditsWhenAnotherTableIsChosen() throws Exception {
        ListView<EventTable> tables = robot.lookup("#tableList").queryListView();
        page("prepare-new");
        // All seven tables in view at once, none behind a scroll bar.
        assertThat(tables.getHeight()).isGreaterThanOrEqualTo(7 * tables.getFixedCellSize());
        robot.interact(() -> tables.getSelectionModel().select(0));
        robot.interact(() -> {
            robot.lookup("#tableTheme").queryAs(TextField.class).setText("空き家の活用");
            robot.lookup("#tableCapacity").queryAs(TextField.class).setText("6");
        });
        robot.interact(() -> tables.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        long id = app.events().latest().orElseThrow().id();
        EventTable first = app.events().plan(id).table(1).orElseThrow();
        assertThat(first.theme().name()).isEqualTo("空き家の活用");
        assertThat(first.capacity()).isEqualTo(6);
        assertThat(tables.getSelectionModel().getSelectedItem().number()).isEqualTo(2);
        // A capacity that is not a number is said beside the field, not only on hover.
        robot.interact(
                () -> robot.lookup("#tableCapacity").queryAs(TextField.class).setText("x"));
        assertThat(robot.lookup("#tableCapacityProblem").queryLabeled().getText())
                .isNotBlank();
        assertThat(robot.lookup("#tableCapacityProblem").queryLabeled().isVisible())
                .isTrue();
        page("prepare-problem");
        robot.interact(
                () -> robot.lookup("#tableCapacity").queryAs(TextField.class).setText(""));
        page("prepare");
    }

    @SuppressWarnings("unchecked")
    private void participantsImportAndFilters() throws Exception {
        robot.clickOn("#stage-participants");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StoredPerson> table =
                (TableView<StoredPerson>) robot.lookup("#participantTable").query();
        page("participants-empty");
        robot.clickOn("#importFile");
        waitFor(() -> robot.lookup("#confirmImport").tryQuery().isPresent());
        Window preview = windowOf("#previewSummary");
        // The preview fits on the screen and cuts nothing short.
        assertThat(preview.getHeight())
                .isLessThanOrEqualTo(robot.lookup("#participantsView")
                        .query()
                        .getScene()
                        .getWindow()
                        .getHeight());
        pageOf(preview, "import-preview");
        robot.clickOn("#confirmImport");
        waitFor(() -> table.getItems().size() == 60);
        assertThat(robot.lookup("#participantStatus").queryLabeled().getText()).isNotBlank();
        page("participants");

        // A theme chosen stays chosen, through another stage and back, and the hidden are counted.
        ComboBox<?> theme = robot.lookup("#themeFilter").queryComboBox();
        robot.interact(() -> select(theme, 2));
        waitFor(() -> table.getItems().size() < 60 && !table.getItems().isEmpty());
        int second = table.getItems().size();
        assertThat(second).isBetween(1, 59);
        assertThat(robot.lookup("#participantHidden").queryLabeled().getText()).contains(Integer.toString(60 - second));
        Object chosen = theme.getValue();
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#stage-participants");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(theme.getValue()).isEqualTo(chosen);
        assertThat(table.getItems()).hasSize(second);
        robot.interact(() -> select(theme, 0));
        waitFor(() -> table.getItems().size() == 60);
        assertThat(table.getItems()).hasSize(60);
        assertThat(robot.lookup("#participantHidden").queryLabeled().isVisible())
                .isFalse();
        robot.clickOn("#stage-seating");
        robot.clickOn("#stage-participants");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(60);
        ComboBox<?> category = robot.lookup("#categoryFilter").queryComboBox();
        assertThat(category.getValue()).isEqualTo(messages.get("participants.filter.allCategories"));

        // Nobody matching a search is not "nobody yet".
        robot.interact(() ->
                robot.lookup("#participantSearch").queryAs(TextField.class).setText("zzzz"));
        waitFor(() -> table.getItems().isEmpty());
        Labeled empty = (Labeled) ((javafx.scene.Parent) table.getPlaceholder())
                .getChildrenUnmodifiable()
                .getFirst();
        assertThat(empty.getText()).isEqualTo(messages.get("participants.empty.filtered", 60));
        robot.interact(() ->
                robot.lookup("#participantSearch").queryAs(TextField.class).setText(""));
        waitFor(() -> table.getItems().size() == 60);

        // An edit and a merge are reported on the status line.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editPerson");
        waitFor(() -> robot.lookup("#personOrganisation").tryQuery().isPresent());
        pageOf(windowOf("#personOrganisation"), "person");
        String edited = table.getItems().getFirst().registrant().name();
        long editedId = table.getItems().getFirst().id();
        robot.interact(() ->
                robot.lookup("#personOrganisation").queryAs(TextField.class).setText("なし"));
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitForFxEvents();
        // 「なし」 is no organisation: stored empty, never printed on a name card.
        assertThat(app.registrants().get(editedId).registrant().organisation()).isEmpty();
        assertThat(robot.lookup("#participantStatus").queryLabeled().getText())
                .isEqualTo(messages.get("participants.status.edited", edited));
        robot.clickOn("#duplicatesOnly");
        waitFor(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().selectAll());
        StoredPerson keep = table.getItems().get(0);
        StoredPerson drop = table.getItems().get(1);
        robot.clickOn("#mergePeople");
        waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().isPresent());
        // Field by field: where the two differ, the second's answer can be kept.
        List<Node> seconds = List.copyOf(robot.lookup(".radio-button")
                .match(n -> n.getId() != null && n.getId().endsWith("-second"))
                .queryAll());
        assertThat(seconds).isNotEmpty();
        javafx.scene.control.RadioButton taken = (javafx.scene.control.RadioButton) seconds.getFirst();
        robot.interact(() -> taken.setSelected(true));
        pageOf(windowOf("#mergeConfirm"), "merge");
        robot.clickOn("#mergeConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> app.registrants()
                        .list(app.events().latest().orElseThrow().id(), RegistrantFilter.ALL)
                        .size()
                == 59);
        assertThat(robot.lookup("#participantStatus").queryLabeled().getText())
                .isEqualTo(messages.get(
                        "participants.status.merged",
                        drop.registrant().name(),
                        keep.registrant().name()));
        String kept = app.registrants().get(keep.id()).registrant().toString();
        assertThat(kept).contains(taken.getText());
        robot.clickOn("#duplicatesOnly");
        WaitForAsyncUtils.waitForFxEvents();
        page("participants-after-merge");
    }

    private void seatingSaysWhatIsTrue() throws Exception {
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        page("seating-empty");
        // An empty board is not "every rule holds".
        assertThat(robot.lookup("#seatingRulesSummary").queryLabeled().getText())
                .isEqualTo(messages.get("seating.board.rulesNotYet"));

        // Seats set by hand that cannot hold everyone: said before seating, and nothing is seated.
        long id = app.events().latest().orElseThrow().id();
        for (int table = 1; table <= 7; table++) {
            setCapacity(id, table, 5);
        }
        robot.clickOn("#stage-prepare");
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.confirmAnswer = false;
        robot.clickOn("#autoSeat");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.confirmAnswer = true;
        assertThat(dialogs.questions).last().isEqualTo(messages.get("seating.board.short.confirm", 59, 35, 24));
        assertThat(app.seating().seats(id)).allMatch(seat -> seat.table() == null);
        // Table 1 at 6, the others automatic: they share the other 53, ceil(53 / 6) = 9 each.
        setCapacity(id, 1, 6);
        for (int table = 2; table <= 7; table++) {
            setCapacity(id, table, null);
        }
        robot.clickOn("#stage-prepare");
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#seats-2").queryLabeled().getText()).contains("9");
        int questions = dialogs.questions.size();
        robot.clickOn("#autoSeat");
        waitFor(() -> robot.lookup("#unseated .seat-card").queryAll().isEmpty()
                && !robot.lookup("#autoSeat").queryButton().isDisabled());
        assertThat(dialogs.questions).hasSize(questions);
        page("seating");
    }

    private void setCapacity(long eventId, int table, Integer seats) {
        jp.tsunagu.event.EventTable now =
                app.events().plan(eventId).table(table).orElseThrow();
        jp.tsunagu.event.TableEdit edit = jp.tsunagu.event.TableEdit.of(now);
        app.events()
                .editTable(
                        eventId,
                        new jp.tsunagu.event.TableEdit(
                                table, edit.themeName(), seats, edit.advisor(), edit.facilitator()));
    }

    private void printing() throws Exception {
        robot.clickOn("#stage-print");
        waitFor(() -> !robot.lookup("#printPreview")
                .queryParent()
                .getChildrenUnmodifiable()
                .isEmpty());
        page("print");
        // Page through the preview and zoom it; Print hands the PDF to the system.
        assertThat(robot.lookup("#printPageNumber").queryLabeled().getText())
                .contains("1")
                .contains("6");
        robot.clickOn("#printNextPage");
        waitFor(() -> robot.lookup("#printPageNumber").queryLabeled().getText().contains("2"));
        javafx.scene.image.ImageView shown = (javafx.scene.image.ImageView) robot.lookup("#printPreview")
                .queryParent()
                .getChildrenUnmodifiable()
                .getFirst();
        double before = shown.getImage().getWidth();
        robot.clickOn("#printZoomIn");
        waitFor(() -> robot.lookup("#printPreview").queryParent().getChildrenUnmodifiable().stream()
                .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage().getWidth() > before * 1.2));
        assertThat(robot.lookup("#printPageNumber").queryLabeled().getText()).contains("2");
        page("print-page2-zoomed");
        robot.clickOn("#printPrint");
        waitFor(() -> !dialogs.opened.isEmpty());
        assertThat(dialogs.opened.getLast()).hasExtension("pdf").exists();
        for (String id : List.of("#printSave", "#printPrint", "#printNextPage", "#printZoomIn")) {
            Node button = robot.lookup(id).query();
            Bounds onScreen = button.localToScene(button.getBoundsInLocal());
            assertThat(onScreen.getMaxY())
                    .as(id + " within the window")
                    .isLessThanOrEqualTo(button.getScene().getHeight());
            assertThat(onScreen.getMaxX())
                    .as(id + " within the window")
                    .isLessThanOrEqualTo(button.getScene().getWidth());
        }
    }

    private static void select(ComboBox<?> box, int index) {
        box.getSelectionModel().select(index);
    }

    private Window windowOf(String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    private void page(String name) throws Exception {
        pageOf(robot.lookup("#stage-prepare").query().getScene().getWindow(), name);
    }

    /** Looks at one window: a screenshot to look at, and nothing that matters cut short. */
    private void pageOf(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Truncations.screenshot(window, Path.of("target", "screenshots", shots, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> cut = Truncations.in(List.of(window));
        assertThat(cut).as(name + " (" + shots + ") shows everything whole").isEmpty();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        // Looked up on the FX thread: read from the test thread while a task updates the scene,
        // a lookup can fail half-way through a changing child list.
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
