package jp.tsunagu.ui.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
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

/** The 記録 stage in the real window: typing the worksheet in from the keyboard, delete and undo. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RecordViewTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private HeldEvent held;
    private Stage stage;
    private jp.tsunagu.i18n.Messages messages;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = Tsunagu.open(folder.resolve("store.db"));
        held = new HeldEvent(app, LocalDate.of(2026, 12, 5));
        messages = Shots.language(app);
        TsunaguApp.show(stage, app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Outcome> list(FxRobot robot, String id) {
        return (ListView<Outcome>) robot.lookup("#" + id).query();
    }

    @Test
    void typeTheWorksheetInDeleteAndUndo(FxRobot robot) throws Exception {
        Shots.size(robot, stage);
        robot.clickOn("#stage-record");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#interestText")
                .tryQuery()
                .isPresent());
        assertThat(robot.lookup("#recordTitle").queryLabeled().getText())
                .isEqualTo(messages.get(
                        "outcome.ui.table",
                        1,
                        held.plan.table(1).orElseThrow().theme().name()));

        // Common interests: type, Enter, type, Enter. The field stays ready for the next line.
        robot.clickOn("#interestText").write("人手不足").type(KeyCode.ENTER);
        robot.write("空き店舗の活用").type(KeyCode.ENTER);
        assertThat(list(robot, "interestList").getItems())
                .extracting(Outcome::text)
                .containsExactly("人手不足", "空き店舗の活用");

        // A seed: its text, two of the table's people ticked, Enter.
        robot.clickOn("#seedText").write("製造と小売の共同販売");
        robot.clickOn("#seedPerson-" + held.table1.get(0));
        robot.clickOn("#seedPerson-" + held.table1.get(1));
        robot.clickOn("#seedText").type(KeyCode.ENTER);
        assertThat(list(robot, "seedList").getItems()).hasSize(1);
        assertThat(list(robot, "seedList").getItems().getFirst().people())
                .containsExactlyInAnyOrder(held.table1.get(0), held.table1.get(1));

        // A next step with its owner.
        robot.clickOn("#stepText").write("見学日を決める");
        robot.interact(() -> {
            var owner = robot.lookup("#stepOwner").queryComboBox();
            owner.getSelectionModel().select(3);
        });
        robot.clickOn("#stepText").type(KeyCode.ENTER);
        assertThat(app.outcomes().forTable(held.eventId(), 1)).hasSize(4);
        assertThat(app.outcomes().forTable(held.eventId(), 1).get(3).ownerId()).isNotNull();
        Shots.take(robot, stage.getScene(), "record");

        // Reorder from the keyboard, then delete with the Delete key, then Ctrl+Z.
        robot.interact(() -> list(robot, "interestList").getSelectionModel().select(1));
        robot.clickOn("#interestList").press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(list(robot, "interestList").getItems())
                .extracting(Outcome::text)
                .containsExactly("空き店舗の活用", "人手不足");
        robot.interact(() -> list(robot, "interestList").getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        assertThat(list(robot, "interestList").getItems())
                .extracting(Outcome::text)
                .containsExactly("人手不足");
        robot.clickOn("#undoButton");
        assertThat(list(robot, "interestList").getItems())
                .extracting(Outcome::text)
                .containsExactly("空き店舗の活用", "人手不足");

        // Edit with Enter on the line: the entry takes the text, Enter saves.
        robot.interact(() -> list(robot, "interestList").getSelectionModel().select(1));
        robot.clickOn("#interestList").type(KeyCode.ENTER);
        assertThat(robot.lookup("#interestText").queryTextInputControl().getText())
                .isEqualTo("人手不足");
        robot.interact(
                () -> robot.lookup("#interestText").queryTextInputControl().setText("深刻な人手不足"));
        robot.clickOn("#interestText").type(KeyCode.ENTER);
        assertThat(app.outcomes().forTable(held.eventId(), 1).stream()
                        .filter(o -> o.kind() == OutcomeKind.INTEREST)
                        .map(Outcome::text))
                .containsExactly("空き店舗の活用", "深刻な人手不足");

        // Another table shows its own (empty) lists and members.
        robot.interact(() -> robot.lookup("#recordTables")
                .queryListView()
                .getSelectionModel()
                .select(1));
        assertThat(list(robot, "interestList").getItems()).isEmpty();
        assertThat(robot.lookup("#seedPerson-" + held.table2.get(0)).tryQuery()).isPresent();
    }
}
