package jp.tsunagu.ui.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.printing.PdfReadBack;
import jp.tsunagu.ui.Language;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.TsunaguApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After reception closes, the desk offers the MC's list of moves on paper: a PDF handed to the
 * system's print dialog, with the moves the room view shows.
 */
@Tag("ui")
class MovesOnPaperWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theMovesArePrintedOnceReceptionIsClosed() throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        Language.choose(app.settings(), Locale.JAPANESE);
        EventPlan plan = DeskPeople.event(app);
        List<DeskPeople.Person> people = DeskPeople.add(app, plan);
        long id = plan.event().id();
        app.seating().assign(id);
        // Most of the first half came; nobody of the second half: the present are re-seated.
        for (int i = 0; i < people.size() / 2; i++) {
            app.venue().checkIn(id, people.get(i).id());
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, dialogs);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#stage-venue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#venuePrintMoves").query().isVisible()).isFalse();

        robot.clickOn("#venueClose");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#venuePrintMoves")
                .query()
                .isVisible());
        // The room view opened over the desk with the moves: the desk's button is pressed as the keyboard would.
        robot.interact(() -> robot.lookup("#venuePrintMoves").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.opened.isEmpty());

        Path pdf = dialogs.opened.getLast();
        byte[] bytes = Files.readAllBytes(pdf);
        String text = PdfReadBack.of(out -> out.writeBytes(bytes)).allText().replace(" ", "");
        assertThat(text).contains("席の移動のお願い").contains("掛川マッチング交流会");
        assertThat(app.venue().receptionClosedAt(id)).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }
}
