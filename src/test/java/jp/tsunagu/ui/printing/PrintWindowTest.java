package jp.tsunagu.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.printing.StoredEvent;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.FxTaskRunner;
import jp.tsunagu.ui.MainWindow;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.TsunaguApp;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Printing from the window: open the 印刷 stage, see the preview, pick the reception list, save, read it back. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrintWindowTest {
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

    @Test
    void printsTheReceptionListFromTheWindowAndOpensIt(FxRobot robot) throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        StoredEvent.create(app.database(), app.events());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path out = folder.resolve("受付名簿.pdf");
        dialogs.saveAs = out;
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            FxTaskRunner tasks = new FxTaskRunner();
            UiContext context =
                    new UiContext(app, Messages.forLocale(Locale.JAPANESE), dialogs, tasks, new UndoManager());
            MainWindow window = new MainWindow(context, tasks, () -> {});
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(TsunaguApp.class.getResource("tsunagu.css"))
                            .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#" + EventStage.PRINT.buttonId());
        FlowPane preview = robot.lookup("#printPreview").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !preview.getChildren().isEmpty());

        robot.clickOn("#printKind-roster");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#printStatus").queryLabeled().getText().contains("1 ページ"));
        robot.clickOn("#printSave");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.opened.isEmpty());

        assertThat(dialogs.opened).containsExactly(out.toAbsolutePath());
        assertThat(Files.size(out)).isPositive();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("受付名簿").contains("1 / 1 ページ");
            // 五十音順: いとう, さとう, やまだ; the hosts, with no reading, after them.
            assertThat(text.indexOf("伊藤 誠")).isLessThan(text.indexOf("佐藤 花子"));
            assertThat(text.indexOf("佐藤 花子")).isLessThan(text.indexOf("山田 太郎"));
            assertThat(text).doesNotContain("欠席 する人");
        }
    }
}
