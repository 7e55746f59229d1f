package jp.tsunagu.ui.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.RowOutcome;
import jp.tsunagu.ui.FxTaskRunner;
import jp.tsunagu.ui.MainWindow;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import jp.tsunagu.ui.outcome.Shots;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: the import preview says which column became attendance and whom the file marks absent. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AttendancePreviewTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private long eventId;
    private Stage stage;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = Tsunagu.open(folder.resolve("store.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
        dialogs.fileToOpen = folder.resolve("出欠つき名簿.xlsx");
        write(
                dialogs.fileToOpen,
                List.of(
                        List.of("お名前", "ふりがな", "メールアドレス", "出欠"),
                        List.of("山田 太郎", "やまだ たろう", "taro@example.jp", "出席"),
                        List.of("佐藤 花子", "さとう はなこ", "hanako@example.jp", "欠席"),
                        List.of("鈴木 一郎", "すずき いちろう", "ichiro@example.jp", "○")));
        FxTaskRunner tasks = new FxTaskRunner();
        UiContext context = new UiContext(app, Shots.language(app), dialogs, tasks, new UndoManager());
        MainWindow window = new MainWindow(context, tasks, () -> {});
        stage.setScene(new Scene(window.root(), 1300, 850));
        stage.show();
    }

    private static void write(Path file, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("回答");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void thePreviewNamesTheAttendanceColumnAndWhoBecomesAbsent(FxRobot robot) throws Exception {
        Shots.size(robot, stage);
        robot.clickOn("#stage-participants");
        robot.clickOn("#importFile");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmImport")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Labeled summary = robot.lookup("#previewSummary").queryAs(Labeled.class);
        boolean english = !Shots.language(app).isJapanese();
        assertThat(summary.getText())
                .contains(
                        english
                                ? "Column \"出欠\" read as attendance (1 person becomes absent"
                                : "「出欠」列を出欠として読みました（この読み込みで欠席になる人：1 人）");
        @SuppressWarnings("unchecked")
        ComboBox<Field> column = robot.lookup("#mapping-3").queryAs(ComboBox.class);
        assertThat(column.getValue()).isEqualTo(Field.ATTENDANCE);
        @SuppressWarnings("unchecked")
        TableView<RowOutcome> rows = robot.lookup("#previewRows").queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(RowOutcome::attendance).containsExactly(null, Attendance.ABSENT, null);
        Shots.take(robot, summary.getScene(), "import-preview-attendance");

        robot.clickOn("#confirmImport");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> app.registrants().list(eventId, RegistrantFilter.ALL).size() == 3);
        assertThat(app.registrants().present(eventId)).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
    }
}
