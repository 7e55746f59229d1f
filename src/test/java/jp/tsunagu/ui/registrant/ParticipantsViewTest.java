package jp.tsunagu.ui.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.SampleDataWriter;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.FxTaskRunner;
import jp.tsunagu.ui.MainWindow;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 参加者 stage in the real window: import the sample workbook, search, edit, merge. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ParticipantsViewTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private long eventId;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
        dialogs.fileToOpen = folder.resolve("registrants.xlsx");
        SampleDataWriter.writeFormWorkbook(dialogs.fileToOpen, SampleDataWriter.formRows());
        FxTaskRunner tasks = new FxTaskRunner();
        UiContext context = new UiContext(app, Messages.forLocale(Locale.JAPANESE), dialogs, tasks, new UndoManager());
        MainWindow window = new MainWindow(context, tasks, () -> {});
        stage.setScene(new Scene(window.root(), 1300, 850));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<StoredPerson> table(FxRobot robot) {
        return (TableView<StoredPerson>) robot.lookup("#participantTable").query();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importTheSampleWorkbookSearchEditAndMerge(FxRobot robot) throws Exception {
        robot.clickOn("#stage-participants");
        robot.clickOn("#importFile");
        waitFor(() -> robot.lookup("#confirmImport").tryQuery().isPresent());
        assertThat(robot.lookup("#previewSummary").queryAs(Labeled.class).getText())
                .contains("追加 60 人")
                .contains("重複の可能性 1 組");
        assertThat(robot.lookup("#previewRows").queryAs(TableView.class).getItems())
                .hasSize(61);

        robot.clickOn("#confirmImport");
        waitFor(() -> table(robot).getItems().size() == 60);
        assertThat(dialogs.errors).isEmpty();
        Collator collator = Collator.getInstance(Locale.JAPANESE);
        List<String> readings = table(robot).getItems().stream()
                .map(p -> p.registrant().reading())
                .toList();
        assertThat(readings).isSortedAccordingTo(collator::compare);
        assertThat(robot.lookup("#participantCount").queryAs(Labeled.class).getText())
                .isEqualTo("60 人");

        // Search by part of an email typed on the keyboard.
        robot.clickOn("#participantSearch").write("abc.jones");
        waitFor(() -> table(robot).getItems().size() == 1);
        StoredPerson abc = table(robot).getItems().getFirst();
        assertThat(abc.registrant().name()).isEqualTo("ABC ジョーンズ");

        // Edit: select the row, open the form, change the organisation, save.
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#editPerson");
        waitFor(() -> robot.lookup("#personOrganisation").tryQuery().isPresent());
        robot.interact(() ->
                robot.lookup("#personOrganisation").queryAs(TextField.class).setText("ABC商事合同会社"));
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitForFxEvents();
        StoredPerson edited = app.registrants().get(abc.id());
        assertThat(edited.registrant().organisation()).isEqualTo("ABC商事合同会社");
        assertThat(edited.registrant().orgKey()).isEqualTo("abc商事");

        // Merge the pair the import flagged as possible duplicates.
        robot.interact(() ->
                robot.lookup("#participantSearch").queryAs(TextField.class).setText(""));
        robot.clickOn("#duplicatesOnly");
        waitFor(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> table(robot).getSelectionModel().selectAll());
        robot.clickOn("#mergePeople");
        waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().isPresent());
        robot.clickOn("#mergeConfirm");
        waitFor(() -> table(robot).getItems().isEmpty());
        assertThat(app.registrants().list(eventId, RegistrantFilter.ALL)).hasSize(59);
        assertThat(dialogs.errors).isEmpty();
    }
}
