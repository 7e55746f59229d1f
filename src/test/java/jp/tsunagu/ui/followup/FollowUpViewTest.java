package jp.tsunagu.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.followup.SeedFollowUp;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.ui.TsunaguApp;
import jp.tsunagu.ui.outcome.HeldEvent;
import jp.tsunagu.ui.outcome.Shots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The フォローアップ stage in the real window: overdue seeds stand out, a status change, a person's page. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FollowUpViewTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private HeldEvent held;
    private Stage stage;
    private jp.tsunagu.i18n.Messages messages;
    private long stale;
    private long moving;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = Tsunagu.open(folder.resolve("store.db"));
        // Held long ago, so a seed that never moved is overdue whatever today is.
        held = new HeldEvent(app, LocalDate.of(2025, 6, 1));
        stale = app.outcomes().add(held.eventId(), 1, OutcomeDraft.seed("製造と小売の共同販売", held.table1.subList(0, 2)));
        moving = app.outcomes().add(held.eventId(), 2, OutcomeDraft.seed("茶畑の見学会", held.table2));
        app.outcomes().changeStatus(moving, SeedStatus.WORKING, LocalDate.of(2025, 7, 1), "試作を始めた");
        messages = Shots.language(app);
        TsunaguApp.show(stage, app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SeedFollowUp> seeds(FxRobot robot) {
        return (TableView<SeedFollowUp>) robot.lookup("#seedTable").query();
    }

    @Test
    void overdueStandsOutAStatusIsRecordedAndAPersonsPageOpens(FxRobot robot) throws Exception {
        Shots.size(robot, stage);
        robot.clickOn("#stage-follow_up");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> seeds(robot).getItems().size() == 2);
        assertThat(robot.lookup("#followUpTab").tryQuery()).isPresent();
        assertThat(robot.lookup("#followUpView").tryQuery()).isPresent();

        // The seed untouched since the event is marked in words, not colour alone.
        assertThat(robot.lookup("#seedTable .table-cell").queryAll().stream()
                        .filter(n -> n instanceof Labeled l
                                && l.getText() != null
                                && l.getText()
                                        .equals(messages.get(
                                                "followup.ui.overdueStatus", messages.get("followup.status.new"))))
                        .count())
                .isEqualTo(1);
        robot.clickOn("#overdueOnly");
        assertThat(seeds(robot).getItems()).extracting(s -> s.seed().id()).containsExactly(stale);
        robot.clickOn("#overdueOnly");

        robot.interact(() -> seeds(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#seedTitle").queryLabeled().getText()).isEqualTo("製造と小売の共同販売");
        Shots.take(robot, stage.getScene(), "followup");
        robot.clickOn("#statusNote").write("メールで紹介した");
        robot.clickOn("#recordStatus");
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> app.outcomes().get(stale).status() == SeedStatus.INTRODUCED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.outcomes().get(stale).status()).isEqualTo(SeedStatus.INTRODUCED);
        assertThat(app.outcomes().history(held.eventId()).get(stale).getFirst().note())
                .isEqualTo("メールで紹介した");
        assertThat(robot.lookup("#seedHistory")
                        .queryAs(javafx.scene.layout.VBox.class)
                        .getChildren())
                .hasSize(1);

        // The change is undone from the window's undo button.
        robot.clickOn("#undoButton");
        // Undo runs off the FX thread, after the changes asked before it.
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> app.outcomes().get(stale).status() == SeedStatus.NEW);
        assertThat(app.outcomes().get(stale).status()).isEqualTo(SeedStatus.NEW);

        // A person's page: their event, tablemates and connections.
        robot.interact(() -> seeds(robot).getSelectionModel().select(0));
        robot.clickOn("#person-" + held.table1.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#personPage").tryQuery()).isPresent();
        String page = robot.lookup("#personPage .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(page).contains("掛川マッチング交流会").contains("井上花子").contains("製造と小売の共同販売");
        Shots.take(robot, stage.getScene(), "person");
        robot.clickOn("#closePerson");
        assertThat(robot.lookup("#personPage").tryQuery()).isEmpty();
    }

    @Test
    void aRemovedTablesSeedSaysSoInTheListAndOnAPersonsPage(FxRobot robot) throws Exception {
        Shots.size(robot, stage);
        // Table 1 goes; table 2 becomes table 1, and the window hears of it.
        app.events().removeTable(held.eventId(), 1, true);
        robot.clickOn("#stage-follow_up");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> seeds(robot).getItems().size() == 2);
        String removed = messages.get("outcome.table.removed", 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#seedTable .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && removed.equals(l.getText())));

        robot.interact(() -> seeds(robot).getSelectionModel().select(0));
        robot.clickOn("#person-" + held.table1.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        String page = robot.lookup("#personPage .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(page.lines().filter(l -> l.contains("製造と小売の共同販売")))
                .singleElement()
                .asString()
                .contains(removed);
        Shots.take(robot, stage.getScene(), "person-removed-table");
    }
}
