package jp.tsunagu.ui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.Language;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.TsunaguApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Leaving 準備 with a table edited and not saved by its button: by the sidebar, by closing the
 * window, by choosing another event. What can be saved is saved (the app saves as you go); what
 * cannot is dropped only when the user says so, else the page stays with what was typed.
 */
@Tag("ui")
class LeavingPrepareWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private long id;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    private void open(String language, int width, int height) throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        Language.choose(app.settings(), Locale.forLanguageTag(language));
        id = app.events()
                .create(new EventDetails("掛川マッチング交流会", null, ""))
                .event()
                .id();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, dialogs);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<EventTable> tables = robot.lookup("#tableList").queryListView();
        robot.interact(() -> tables.getSelectionModel().select(0));
    }

    private void type(String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private EventTable stored(int number) {
        return app.events().plan(id).table(number).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,1366,768", "en,1600,1000"})
    void aThemeNameTypedIsSavedOnGoingToSeating(String language, int width, int height) throws Exception {
        open(language, width, height);
        type("#tableTheme", "空き家の活用");
        type("#tableCapacity", "6");
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        // Saved off the FX thread, as every save.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(1).capacity() != null);

        assertThat(stored(1).theme().name()).isEqualTo("空き家の活用");
        assertThat(stored(1).capacity()).isEqualTo(6);
        assertThat(robot.lookup("#stage-seating").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(dialogs.questions).isEmpty();
        // Saved as any save is: one Ctrl+Z takes it back.
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(1).capacity() == null);
        assertThat(stored(1).theme().name()).isNotEqualTo("空き家の活用");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ja", "en"})
    void whatCannotBeSavedIsDroppedOnlyWhenTheUserSaysSo(String language) throws Exception {
        open(language, 1366, 768);
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        type("#tableTheme", "空き家の活用");
        type("#tableCapacity", "x");

        dialogs.answers.add(false);
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).containsExactly(messages.get("event.table.unsaved.leave", 1));
        assertThat(robot.lookup("#stage-prepare").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#tableCapacity").queryAs(TextField.class).getText())
                .isEqualTo("x");
        assertThat(stored(1).theme().name()).isNotEqualTo("空き家の活用");

        // Closing the window asks the same; staying keeps the window open.
        dialogs.answers.add(false);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.questions).hasSize(2);
        assertThat(stage.isShowing()).isTrue();

        dialogs.answers.add(true);
        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-seating").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn("#stage-prepare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tableCapacity").queryAs(TextField.class).getText())
                .isEmpty();
        assertThat(stored(1).capacity()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ja"})
    void closingTheWindowSavesWhatWasTyped(String language) throws Exception {
        open(language, 1366, 768);
        type("#tableTheme", "空き家の活用");
        type("#eventVenue", "掛川商工会議所");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        // The window goes once what leaving saved is stored.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(stored(1).theme().name()).isEqualTo("空き家の活用");
        assertThat(app.events().plan(id).event().venue()).isEqualTo("掛川商工会議所");
        assertThat(dialogs.questions).isEmpty();
    }
}
