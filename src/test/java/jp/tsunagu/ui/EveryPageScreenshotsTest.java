package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.TableEdit;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.outcome.TableMember;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.SampleDataWriter;
import jp.tsunagu.registrant.StoredPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of every page and the main dialogs, with the sample data of an evening that has been
 * held (60 people imported, seated, most checked in, reception closed, outcomes recorded, seeds
 * followed up), at 1366 x 768 and 1600 x 1000, in Japanese and English, to be looked at; on each,
 * nothing may be cut short ({@link Truncations}). About two minutes a language and size, so it
 * runs only when asked: {@code mvn test -Dtest=EveryPageScreenshotsTest -Dui.pages=DIR}
 * (add {@code xvfb-run -a} and {@code -Dui.window} for the real window).
 */
@Tag("ui")
class EveryPageScreenshotsTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxRobot robot = new FxRobot();
    private final List<String> cut = new ArrayList<>();
    private Path shots;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,1366,768", "ja,1600,1000", "en,1366,768", "en,1600,1000"})
    void everyPageAndDialog(String language, int width, int height) throws Exception {
        String folderName = System.getProperty("ui.pages");
        Assumptions.assumeTrue(folderName != null, "screenshots only with -Dui.pages=DIR");
        shots = Path.of(folderName, language + "-" + width + "x" + height);
        Locale locale = Locale.forLanguageTag(language);
        app = Tsunagu.open(folder.resolve("evening.db"));
        Language.choose(app.settings(), locale);
        long id = heldEvening();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, dialogs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();

        shoot("01-prepare");
        robot.interact(() ->
                robot.lookup("#tableList").queryListView().getSelectionModel().select(2));
        shoot("01-prepare-table3");

        robot.clickOn("#stage-participants");
        waitFor(() -> !robot.lookup("#participantTable")
                .queryAs(TableView.class)
                .getItems()
                .isEmpty());
        shoot("02-participants");
        TableView<?> people = robot.lookup("#participantTable").queryAs(TableView.class);
        robot.interact(() -> people.getSelectionModel().select(0));
        robot.clickOn("#editPerson");
        waitFor(() -> robot.lookup("#personName").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#personName").queryAs(TextField.class).setText("");
            robot.lookup("#personEmail").queryAs(TextField.class).setText("taro@example");
        });
        shootWindowOf("#personName", "02-person-dialog-problems");
        cancelDialog();
        dialogs.fileToOpen = folder.resolve("registrants.xlsx");
        robot.clickOn("#importFile");
        waitFor(() -> robot.lookup("#confirmImport").tryQuery().isPresent());
        shootWindowOf("#confirmImport", "02-import-preview");
        cancelDialog();
        robot.clickOn("#duplicatesOnly");
        waitFor(() -> people.getItems().size() == 2);
        robot.interact(() -> people.getSelectionModel().selectAll());
        robot.clickOn("#mergePeople");
        waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().isPresent());
        shootWindowOf("#mergeConfirm", "02-merge-dialog");
        cancelDialog();
        robot.clickOn("#duplicatesOnly");

        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("03-seating");

        robot.clickOn("#stage-print");
        waitFor(() -> !robot.lookup("#printPreview")
                .queryParent()
                .getChildrenUnmodifiable()
                .isEmpty());
        shoot("04-print");

        robot.clickOn("#stage-venue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#venueSearch").write("いけだ");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        shoot("05-venue-desk");
        robot.interact(() -> open(robot.lookup("#venueWalkIn").queryAs(TitledPane.class)));
        robot.interact(
                () -> robot.lookup("#walkInEmail").queryAs(TextField.class).setText("walk@example"));
        shoot("05-venue-walk-in");
        robot.interact(
                () -> robot.lookup("#venueWalkIn").queryAs(TitledPane.class).setExpanded(false));
        // Closing reception: the moves come up on the room view, for the MC.
        robot.clickOn("#venueClose");
        waitFor(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null
                        && w.getScene().getRoot() != null
                        && "roomView".equals(w.getScene().getRoot().getId())));
        Window room = Window.getWindows().stream()
                .filter(w -> w.getScene() != null
                        && "roomView".equals(w.getScene().getRoot().getId()))
                .findFirst()
                .orElseThrow();
        shootWindow(room, "05-room-moves");
        roomKey(room, KeyCode.T);
        shootWindow(room, "05-room-tables");
        roomKey(room, KeyCode.F);
        shootWindow(room, "05-room-find");
        robot.interact(() -> ((Stage) room).close());

        robot.clickOn("#stage-record");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("06-record");

        robot.clickOn("#stage-follow_up");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("07-follow-up");
        robot.clickOn("#mailTab");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("08-send");
        robot.interact(() -> open(robot.lookup("#mailSettingsPane").queryAs(TitledPane.class)));
        robot.interact(() -> robot.lookup("#mailPort").queryAs(TextField.class).setText("99999"));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        shoot("08-send-settings");

        robot.clickOn("#newEventButton");
        waitFor(() -> robot.lookup("#newEventName").tryQuery().isPresent());
        robot.interact(
                () -> robot.lookup("#newEventDate").queryAs(TextField.class).setText("12/6"));
        shootWindowOf("#newEventName", "09-new-event-dialog");
        cancelDialog();

        assertThat(app.venue().receptionClosedAt(id)).isPresent();
        assertThat(dialogs.errors).isEmpty();
        assertThat(cut).as("nothing cut short").isEmpty();
    }

    /** The Kakegawa sample evening, held: hosts, seats, check-ins, outcomes and their follow-up. */
    private long heldEvening() throws Exception {
        long id = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 6), "掛川商工会議所 3階ホール"))
                .event()
                .id();
        String[][] hosts = {
            {"大石 健一", "おおいし けんいち", "静岡県立大学", "特任教授"},
            {"戸塚 彩", "とつか あや", "掛川YEG", "副会長"},
            {"山本 真理", "やまもと まり", "掛川市役所 企画政策課", "主査"},
            {"中村 健", "なかむら けん", "中村税理士事務所", "所長"},
        };
        EventPlan plan = app.events().plan(id);
        for (EventTable table : plan.tables()) {
            String[] advisor = hosts[table.number() % hosts.length];
            String[] facilitator = hosts[(table.number() + 1) % hosts.length];
            TableEdit now = TableEdit.of(table);
            app.events()
                    .editTable(
                            id,
                            new TableEdit(
                                    table.number(),
                                    now.themeName(),
                                    null,
                                    Optional.of(new StaffDetails(advisor[0], advisor[2], "", advisor[1], advisor[3])),
                                    Optional.of(new StaffDetails(
                                            facilitator[0], facilitator[2], "", facilitator[1], facilitator[3]))));
        }
        Path workbook = folder.resolve("registrants.xlsx");
        SampleDataWriter.writeFormWorkbook(workbook, SampleDataWriter.formRows());
        app.registrantImport().run(id, workbook, Optional.empty(), false);
        app.registrants().add(id, Registrant.byHand("𠮷田 健太", "よしだ けんた", "𠮷田製茶", "kenta@example.jp"));
        app.seating().assign(id);
        List<StoredPerson> everyone = app.registrants().list(id, RegistrantFilter.ALL);
        for (int i = 0; i < everyone.size(); i++) {
            if (i % 9 != 4) {
                app.venue().checkIn(id, everyone.get(i).id());
            }
        }
        for (int table = 1; table <= 3; table++) {
            List<Long> members = app.outcomes().members(id, table).stream()
                    .filter(TableMember::attended)
                    .map(TableMember::id)
                    .toList();
            app.outcomes().add(id, table, OutcomeDraft.interest("空き家を地域の拠点にしたい"));
            app.outcomes().add(id, table, OutcomeDraft.interest("若い世代が集まる場がほしい"));
            long seed = app.outcomes().add(id, table, OutcomeDraft.seed("空き店舗で週末マルシェを試す", members.subList(0, 2)));
            app.outcomes()
                    .add(id, table, OutcomeDraft.step("候補の空き店舗を見に行く", members.get(1), LocalDate.of(2026, 12, 20)));
            app.followUps().set(seed, SeedStatus.INTRODUCED, LocalDate.of(2026, 12, 8), "メールで紹介済み");
        }
        return id;
    }

    /** Opened at once: a screenshot must not catch it half-way through its animation. */
    private static void open(TitledPane pane) {
        pane.setAnimated(false);
        pane.setExpanded(true);
    }

    private void roomKey(Window room, KeyCode key) {
        robot.interact(() -> room.getScene()
                .getOnKeyPressed()
                .handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void cancelDialog() {
        Button cancel = (Button) robot.lookup(".dialog-pane .button")
                .match(n -> n instanceof Button b && b.isCancelButton())
                .query();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        shootWindow(stage, name);
    }

    private void shootWindowOf(String query, String name) throws Exception {
        Node node = robot.lookup(query).query();
        shootWindow(node.getScene().getWindow(), name);
    }

    private void shootWindow(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Truncations.screenshot(window, shots.resolve(name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> here = Truncations.in(List.of(window));
        here.forEach(line -> cut.add(name + ": " + line));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
