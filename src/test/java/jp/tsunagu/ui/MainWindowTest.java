package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a real store: create an event, see its tables, set an advisor, reopen, still there. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path folder;

    private Tsunagu app;

    @BeforeAll
    static void japanese() {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
    }

    @AfterEach
    void closeStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    private MainWindow open(Path store) throws TimeoutException {
        app = Tsunagu.open(store);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> window[0] = TsunaguApp.show(stage, app));
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @Test
    void createsAnEventSetsAnAdvisorAndFindsItAgainAfterARestart(FxRobot robot) throws Exception {
        Path store = folder.resolve("window.db");
        open(store);

        robot.clickOn("#createFirstEvent");
        robot.clickOn("#newEventName").write("掛川マッチング交流会");
        assertThat(robot.lookup("#newEventCreate").queryButton().isDisabled()).isFalse();
        robot.clickOn("#newEventCreate");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<EventTable> tables = robot.lookup("#tableList").queryListView();
        assertThat(tables.getItems()).hasSize(7);
        assertThat(tables.getItems().getFirst().theme().name()).isEqualTo("空き家・跡地の新しい活用");

        robot.interact(() -> tables.getSelectionModel().select(2));
        robot.clickOn("#advisorName").write("山田 太郎");
        robot.clickOn("#advisorOrganisation").write("静岡大学");
        robot.clickOn("#advisorEmail").write("yamada@example.jp");
        robot.clickOn("#tableSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tables.getItems().get(2).advisor()).map(TableStaff::name).contains("山田 太郎");

        // Close everything and open the same store again, as after a restart.
        closeStore();
        open(store);

        ComboBox<Event> selector = robot.lookup("#eventSelector").queryComboBox();
        assertThat(selector.getValue().name()).isEqualTo("掛川マッチング交流会");
        ListView<EventTable> reopened = robot.lookup("#tableList").queryListView();
        assertThat(reopened.getItems()).hasSize(7);
        assertThat(reopened.getItems().get(2).advisor()).map(TableStaff::email).contains("yamada@example.jp");
        EventPlan stored = app.events().plan(selector.getValue().id());
        assertThat(stored.table(3).orElseThrow().advisor())
                .map(TableStaff::organisation)
                .contains("静岡大学");
    }

    @Test
    void keepsCreateOffWithoutANameAndShowsWhy(FxRobot robot) throws Exception {
        open(folder.resolve("empty-name.db"));
        robot.clickOn("#createFirstEvent");
        assertThat(robot.lookup("#newEventCreate").queryButton().isDisabled()).isTrue();
        robot.clickOn("#newEventName").write("交流会");
        assertThat(robot.lookup("#newEventCreate").queryButton().isDisabled()).isFalse();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.events().list()).isEmpty();
    }

    @Test
    void refusesABadCapacityBesideTheFieldAndUndoesAnEdit(FxRobot robot) throws Exception {
        Path store = folder.resolve("capacity.db");
        try (Tsunagu setup = Tsunagu.open(store)) {
            setup.events().create(new jp.tsunagu.event.EventDetails("交流会", null, ""));
        }
        open(store);
        TextField capacity = robot.lookup("#tableCapacity").queryAs(TextField.class);
        robot.clickOn(capacity).write("0");
        assertThat(robot.lookup("#tableSave").queryButton().isDisabled()).isTrue();
        robot.interact(() -> capacity.setText("8"));
        robot.clickOn("#tableSave");
        WaitForAsyncUtils.waitForFxEvents();
        long id = app.events().latest().orElseThrow().id();
        assertThat(app.events().plan(id).table(1).orElseThrow().capacity()).isEqualTo(8);

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.events().plan(id).table(1).orElseThrow().capacity()).isNull();
        robot.clickOn("#redoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.events().plan(id).table(1).orElseThrow().capacity()).isEqualTo(8);
    }

    @Test
    void switchesTheWindowToEnglishFromTheSettingsAndKeepsTheChoice(FxRobot robot) throws Exception {
        Path store = folder.resolve("language.db");
        open(store);
        assertThat(robot.lookup("#stage-prepare")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText())
                .isEqualTo("準備");

        robot.clickOn("#settingsButton");
        ComboBox<String> languages = robot.lookup(".choice-dialog .combo-box").queryComboBox();
        robot.interact(() -> languages.getSelectionModel().select("English"));
        robot.clickOn("#settingsOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stage-prepare")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText())
                .isEqualTo("Prepare");
        closeStore();
        open(store);
        assertThat(robot.lookup("#createFirstEvent").queryButton().getText()).isEqualTo("Create an event");
    }
}
