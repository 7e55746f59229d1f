package jp.tsunagu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.ui.TsunaguApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The seating board in the real window: auto-seat, drag a card, undo, lock, seat again. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatingBoardViewTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private long eventId;
    private long tanaka;

    @Start
    void start(Stage stage) {
        app = Tsunagu.open(folder.resolve("store.db"));
        StoreFixture store = new StoreFixture(app.database());
        EventPlan plan = store.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
        eventId = plan.event().id();
        tanaka = store.person(plan, "田中次郎", "まちづくりNPO", "製造業", false, "", 1, 3, null);
        for (int i = 0; i < 13; i++) {
            store.person(plan, "参加者" + i, "会社" + i, i % 2 == 0 ? "農業" : "小売業", i % 4 == 0, "", 2 + i % 6, null, null);
        }
        TsunaguApp.show(stage, app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void autoSeatDragUndoLockAndSeatAgain(FxRobot robot) throws Exception {
        robot.clickOn("#stage-seating");
        // The board is read off the FX thread when the stage opens.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#unseated .seat-card").queryAll().size() == 14);
        assertThat(robot.lookup("#unseated .seat-card").queryAll()).hasSize(14);

        robot.clickOn("#autoSeat");
        waitUntilSeated(robot);
        assertThat(robot.lookup("#unseated .seat-card").queryAll()).isEmpty();
        int start = tableOf(tanaka);
        assertThat(robot.lookup("#table-" + start + " #card-" + tanaka).tryQuery())
                .isPresent();

        int target = start == 2 ? 3 : 2;
        robot.drag("#card-" + tanaka).dropTo("#seats-" + target);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(target);
        assertThat(robot.lookup("#table-" + target + " #card-" + tanaka).tryQuery())
                .isPresent();
        assertThat(robot.lookup("#seatingScore").queryLabeled().getText()).startsWith("得点");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(start);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(target);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // Dropped onto a person, the two swap tables.
        long other = app.seating().board(eventId).at(target).getFirst().id();
        robot.drag("#card-" + tanaka).dropTo("#card-" + other);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(target);
        assertThat(tableOf(other)).isEqualTo(start);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(start);
        assertThat(tableOf(other)).isEqualTo(target);

        robot.clickOn("#card-" + tanaka);
        robot.clickOn("#lockSelected");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(person(tanaka).locked()).isTrue();
        assertThat(robot.lookup("#lock-" + tanaka).tryQuery()).isPresent();

        // Move the locked person by keyboard, then seat everyone again: the lock holds.
        robot.clickOn("#card-" + tanaka);
        KeyCode direction = start < 7 ? KeyCode.RIGHT : KeyCode.LEFT;
        int moved = start < 7 ? start + 1 : start - 1;
        robot.press(KeyCode.ALT, direction).release(direction, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(moved);
        robot.clickOn("#autoSeat");
        waitUntilSeated(robot);
        assertThat(tableOf(tanaka)).isEqualTo(moved);
        assertThat(person(tanaka).locked()).isTrue();
        assertThat(robot.lookup("#table-" + moved + " #card-" + tanaka).tryQuery())
                .isPresent();
    }

    @Test
    void contextMenuMovesACardAndSearchFindsIt(FxRobot robot) throws Exception {
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-" + tanaka)
                .tryQuery()
                .isPresent());
        // The card's menu from the keyboard (the same menu as a right click).
        robot.clickOn("#card-" + tanaka);
        robot.type(KeyCode.M);
        robot.clickOn("テーブルへ移動");
        robot.clickOn("テーブル3　脱炭素・循環型社会をめざして");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableOf(tanaka)).isEqualTo(3);

        robot.clickOn("#seatingSearch").write("よみ田中").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#card-" + tanaka).query();
        assertThat(card.getStyleClass()).contains("search-match", "selected");
    }

    private void waitUntilSeated(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Node button = robot.lookup("#autoSeat").query();
            return !button.isDisabled()
                    && app.seating().board(eventId).unseated().isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SeatedPerson person(long id) {
        return app.seating().board(eventId).person(id).orElseThrow();
    }

    private int tableOf(long id) {
        return person(id).table();
    }
}
