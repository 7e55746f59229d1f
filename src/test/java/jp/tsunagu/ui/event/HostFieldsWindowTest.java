package jp.tsunagu.ui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.FxTaskRunner;
import jp.tsunagu.ui.MainWindow;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.TsunaguApp;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
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
 * The 準備 screen's host fields: a reading and a title typed for an advisor are stored. With
 * {@code -Dhosts.shots=DIR} it leaves screenshots at 1366×768 and 1600×1000 in Japanese and English.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HostFieldsWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    private void open(Locale locale, int width, int height) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            FxTaskRunner tasks = new FxTaskRunner();
            UiContext context =
                    new UiContext(app, Messages.forLocale(locale), new ScriptedDialogs(), tasks, new UndoManager());
            MainWindow window = new MainWindow(context, tasks, () -> {});
            Scene scene = new Scene(window.root(), width, height);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(TsunaguApp.class.getResource("tsunagu.css"))
                            .toExternalForm());
            stage.setScene(scene);
            // Sized by the scene, never set by hand: the primary stage is shared with the next test class.
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHostsReadingAndTitleAreTypedAndStored(FxRobot robot) throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        long id = app.events()
                .create(new jp.tsunagu.event.EventDetails("交流会", null, ""))
                .event()
                .id();
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (int[] size : new int[][] {{1366, 768}, {1600, 1000}}) {
                open(locale, size[0], size[1]);
                ListView<EventTable> tables = robot.lookup("#tableList").queryListView();
                robot.interact(() -> tables.getSelectionModel().select(0));
                fill(robot, "#advisorName", "大石 健一");
                fill(robot, "#advisorReading", "おおいし けんいち");
                fill(robot, "#advisorOrganisation", "静岡県立大学");
                fill(robot, "#advisorTitle", "特任教授");
                fill(robot, "#facilitatorName", "戸塚 彩");
                fill(robot, "#facilitatorReading", "とつか あや");
                robot.clickOn("#tableSave");
                WaitForAsyncUtils.waitForFxEvents();
                shoot(robot, "hosts-" + locale.getLanguage() + "-" + size[0] + "x" + size[1]);
                FxToolkit.cleanupStages();
            }
        }
        EventTable first = app.events().plan(id).table(1).orElseThrow();
        assertThat(first.advisor()).map(TableStaff::reading).contains("おおいし けんいち");
        assertThat(first.advisor()).map(TableStaff::title).contains("特任教授");
        assertThat(first.facilitator()).map(TableStaff::reading).contains("とつか あや");
        assertThat(first.facilitator()).map(TableStaff::title).contains("");
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    private static void shoot(FxRobot robot, String name) throws Exception {
        String shots = System.getProperty("hosts.shots");
        if (shots == null) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(shots));
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(
                        () -> robot.targetWindow().getScene().snapshot(null))
                .get();
        ImageIO.write(
                SwingFXUtils.fromFXImage(image, null),
                "png",
                folder.resolve(name + ".png").toFile());
    }
}
