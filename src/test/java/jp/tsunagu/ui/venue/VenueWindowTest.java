package jp.tsunagu.ui.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.FxTaskRunner;
import jp.tsunagu.ui.MainWindow;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.TsunaguApp;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import jp.tsunagu.venue.VenuePerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reception desk in the window: 70 people checked in, half by typing their readings (some in
 * katakana), half by a barcode scanner (the code typed fast, then Enter); and the room view on the
 * projector changing when the desk checks someone in.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class VenueWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    private EventPlan open(FxRobot robot) throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        EventPlan plan = DeskPeople.event(app);
        people = DeskPeople.add(app, plan);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            FxTaskRunner tasks = new FxTaskRunner();
            UiContext context = new UiContext(
                    app, Messages.forLocale(Locale.JAPANESE), new ScriptedDialogs(), tasks, new UndoManager());
            MainWindow window = new MainWindow(context, tasks, () -> {});
            Scene scene = new Scene(window.root(), 1366, 768);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(TsunaguApp.class.getResource("tsunagu.css"))
                            .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + EventStage.VENUE.buttonId());
        WaitForAsyncUtils.waitForFxEvents();
        return plan;
    }

    private List<DeskPeople.Person> people;

    @Test
    void seventyPeopleCheckInByReadingAndByScanner(FxRobot robot) throws Exception {
        EventPlan plan = open(robot);
        robot.clickOn("#venueSearch");
        for (int i = 0; i < people.size(); i++) {
            DeskPeople.Person who = people.get(i);
            if (i % 2 == 0) {
                String reading = who.reading().replace(" ", "");
                robot.write(i % 4 == 0 ? katakana(reading) : reading);
            } else {
                robot.write(Long.toString(who.id()));
            }
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            Label table = robot.lookup("#venueShownTable").queryAs(Label.class);
            VenuePerson stored = app.venue().person(plan.event().id(), who.id());
            assertThat(stored.attendance()).as("%s checked in", who.name()).isEqualTo(Attendance.CHECKED_IN);
            assertThat(table.getText()).isEqualTo(String.valueOf(stored.table()));
        }
        Label total = robot.lookup("#venueCheckedIn").queryAs(Label.class);
        assertThat(total.getText()).isEqualTo("受付済み 70人");
        assertThat(app.venue().people(plan.event().id())).allMatch(p -> p.attendance() == Attendance.CHECKED_IN);

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.venue().person(plan.event().id(), people.getLast().id()).attendance())
                .as("F2 takes the last check-in back")
                .isEqualTo(Attendance.EXPECTED);
    }

    @Test
    void theRoomViewChangesWhenTheDeskChecksSomeoneIn(FxRobot robot) throws Exception {
        EventPlan plan = open(robot);
        DeskPeople.Person who = people.get(3);
        int table = app.venue().person(plan.event().id(), who.id()).table();
        robot.clickOn("#venueRoom");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#roomCount-" + table).queryAs(Label.class);
        Label name = robot.lookup("#roomName-" + who.id()).queryAs(Label.class);
        assertThat(count.getText()).startsWith("0／");
        assertThat(name.getStyleClass()).contains("room-expected");

        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
            robot.lookup("#venueSearch")
                    .queryAs(javafx.scene.control.TextField.class)
                    .requestFocus();
        });
        robot.write(who.reading().replace(" ", ""));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#roomCount-" + table)
                .queryAs(Label.class)
                .getText()
                .startsWith("1／"));
        Label after = robot.lookup("#roomName-" + who.id()).queryAs(Label.class);
        assertThat(after.getStyleClass()).contains("room-here");
        assertThat(after.getFont().getSize()).as("names 24 pt at 1920 x 1080").isGreaterThanOrEqualTo(32);
    }

    private static String katakana(String hiragana) {
        StringBuilder s = new StringBuilder();
        for (char c : hiragana.toCharArray()) {
            s.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return s.toString();
    }
}
