package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.Registrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a long import holds the store, the window never freezes: a move on the seating board, an
 * undo and a search of the participant list each return at once, and are carried out when the store
 * is free again. Before, these read and wrote the store on the FX thread and waited for the import.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HeldStoreTest {
    // The FX thread answers well within this; a handler that waits for the held store never does.
    private static final long ANSWER_SECONDS = 3;

    @TempDir
    Path folder;

    private Tsunagu app;
    private long eventId;
    private final List<Long> people = new java.util.ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        app = Tsunagu.open(folder.resolve("store.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
        String[][] names = {
            {"青木 一郎", "あおき いちろう"}, {"井上 花子", "いのうえ はなこ"}, {"上田 三郎", "うえだ さぶろう"},
            {"江藤 四郎", "えとう しろう"}, {"大野 五郎", "おおの ごろう"}, {"加藤 六子", "かとう むつこ"},
            {"木村 七海", "きむら ななみ"}, {"工藤 八雲", "くどう やくも"}
        };
        for (String[] n : names) {
            people.add(app.registrants()
                    .add(eventId, Registrant.builder().name(n[0]).reading(n[1]).build())
                    .id());
        }
        app.seating().assign(eventId);
        FxTaskRunner tasks = new FxTaskRunner();
        UiContext context = new UiContext(app, Messages.forLocale(Locale.JAPANESE), dialogs, tasks, new UndoManager());
        MainWindow window = new MainWindow(context, tasks, () -> {});
        stage.setScene(new Scene(window.root(), 1366, 768));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Runs {@code action} on the FX thread and fails if the thread does not answer in time. */
    private static void answersAtOnce(String what, Runnable action) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(action).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window froze on: " + what, e);
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowAnswersWhileAnImportHoldsTheStore(FxRobot robot) throws Exception {
        long first = people.getFirst();
        long second = people.get(1);
        Integer tableBefore = app.seats().of(eventId).get(first).table();
        boolean last = tableBefore == app.events().plan(eventId).tables().size();
        robot.clickOn("#stage-seating");
        waitFor(() -> robot.lookup("#card-" + first).tryQuery().isPresent());
        // One change before the store is held, so that there is something to undo meanwhile.
        robot.interact(() -> robot.lookup("#card-" + second).query().requestFocus());
        robot.interact(() -> robot.lookup("#lockSelected").queryAs(Button.class).fire());
        waitFor(() -> app.seats().of(eventId).get(second).locked());
        robot.interact(() -> robot.lookup("#lockSelected").queryAs(Button.class).fire());
        waitFor(() -> !app.seats().of(eventId).get(second).locked());
        robot.interact(() -> robot.lookup("#card-" + first).query().requestFocus());

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread importing = new Thread(() -> app.database().inTransaction(c -> {
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        importing.start();
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            // A move on the board from the keyboard (Alt+→, the drag's keyboard twin): one board change.
            Node board = robot.lookup("#seatingBoard").query();
            answersAtOnce(
                    "a move on the seating board",
                    () -> board.fireEvent(new KeyEvent(
                            KeyEvent.KEY_PRESSED,
                            "",
                            "",
                            last ? KeyCode.LEFT : KeyCode.RIGHT,
                            false,
                            false,
                            true,
                            false)));
            // Undo, pressed before the move could be stored.
            answersAtOnce(
                    "undo",
                    () -> robot.lookup("#undoButton").queryAs(Button.class).fire());
            // The participant list, searched key by key.
            answersAtOnce("opening the participant list", () -> robot.lookup("#stage-participants")
                    .queryAs(ToggleButton.class)
                    .fire());
            for (String typed : List.of("い", "いの", "いのう")) {
                answersAtOnce("a search keystroke", () -> robot.lookup("#participantSearch")
                        .queryAs(TextField.class)
                        .setText(typed));
            }
            answersAtOnce("after the keystrokes", () -> {});
        } finally {
            release.countDown();
            importing.join(10_000);
        }

        // Once the store is free, what the user did is carried out, in order: the move, then the
        // undo, which waited for the move and took back that move (the last thing done), not the
        // unlock before it.
        waitFor(() -> robot.lookup("#redoButton").queryAs(Button.class).isDisabled() == false);
        waitFor(() ->
                java.util.Objects.equals(app.seats().of(eventId).get(first).table(), tableBefore));
        assertThat(app.seats().of(eventId).get(second).locked()).isFalse();
        robot.interact(() -> robot.lookup("#redoButton").queryAs(Button.class).fire());
        waitFor(() ->
                !java.util.Objects.equals(app.seats().of(eventId).get(first).table(), tableBefore));
        @SuppressWarnings("unchecked")
        TableView<jp.tsunagu.registrant.StoredPerson> table = (TableView<jp.tsunagu.registrant.StoredPerson>)
                robot.lookup("#participantTable").query();
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().registrant().name()).isEqualTo("井上 花子");
        assertThat(dialogs.errors).isEmpty();
    }
}
