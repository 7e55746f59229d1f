package jp.tsunagu.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.mail.MailFixture;
import jp.tsunagu.mail.TestMailServer;
import jp.tsunagu.ui.EventStage;
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
 * The 送信 tab in the real window: set up the server, see the preview and the recipients, send a
 * test message, then send to everyone, against GreenMail. With {@code -Dmail.shots=DIR} it also
 * leaves screenshots of the tab at 1366×768 and 1600×1000 in Japanese and English.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MailWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private TestMailServer server;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void open(Locale locale, int width, int height, ScriptedDialogs dialogs) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            FxTaskRunner tasks = new FxTaskRunner();
            UiContext context = new UiContext(app, Messages.forLocale(locale), dialogs, tasks, new UndoManager());
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

    private void eventAfterTheDay() {
        app = Tsunagu.open(folder.resolve("store.db"));
        server = new TestMailServer();
        MailFixture fixture = new MailFixture(app.database());
        fixture.staff(2, jp.tsunagu.event.StaffRole.ADVISOR, "山田 太郎", "静岡大学");
        fixture.staff(2, jp.tsunagu.event.StaffRole.FACILITATOR, "中村 健", "掛川YEG");
        long suzuki = fixture.person("鈴木 一郎", "株式会社掛川製茶", "ichiro@example.jp", "", true, 2, true);
        long sato = fixture.person("佐藤 花子", "掛川農園", "hanako@example.jp", "", true, 2, true);
        fixture.person("田中 次郎", "まちづくりNPO", "jiro@example.jp", "", false, 2, true);
        fixture.person("高橋 三郎", "高橋工務店", "", "", true, 5, true);
        fixture.person("渡辺 五郎", "渡辺商事", "goro@example.jp", "", true, 5, true);
        fixture.outcome(2, "interest", "お茶の新しい飲まれ方", java.util.List.of(), null);
        fixture.outcome(2, "seed", "茶園の見学と商品づくり", java.util.List.of(suzuki, sato), null);
        fixture.outcome(2, "step", "茶園の見学日を決める", java.util.List.of(sato), java.time.LocalDate.of(2026, 12, 20));
    }

    @Test
    void setsUpTheServerPreviewsTestSendsAndSendsToEveryone(FxRobot robot) throws Exception {
        eventAfterTheDay();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        open(Locale.JAPANESE, 1366, 768, dialogs);

        robot.clickOn("#" + EventStage.FOLLOW_UP.buttonId());
        robot.clickOn("#mailTab");
        TableView<?> recipients = robot.lookup("#mailRecipients").queryAs(TableView.class);
        assertThat(recipients.getItems()).hasSize(5);
        TextArea preview = robot.lookup("#mailPreviewBody").queryAs(TextArea.class);
        assertThat(preview.getText()).contains("様").contains("掛川マッチング交流会");

        robot.interact(() ->
                robot.lookup("#mailSettingsPane").queryAs(TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#mailHost", "127.0.0.1");
        fill(robot, "#mailPort", String.valueOf(server.port()));
        robot.interact(() -> robot.lookup("#mailSecurity")
                .queryComboBox()
                .getSelectionModel()
                .select(jp.tsunagu.mail.SmtpSecurity.NONE));
        fill(robot, "#mailFrom", TestMailServer.USER);
        fill(robot, "#mailFromName", "掛川YEG 事務局");
        fill(robot, "#mailUser", TestMailServer.USER);
        fill(robot, "#mailPassword", TestMailServer.PASSWORD);
        fill(robot, "#mailPause", "0");
        robot.interact(() -> robot.lookup("#mailSaveSettings").queryButton().fire());
        assertThat(dialogs.errors).isEmpty();
        robot.interact(() ->
                robot.lookup("#mailSettingsPane").queryAs(TitledPane.class).setExpanded(false));

        fill(robot, "#mailTestAddress", "me@example.jp");
        robot.clickOn("#mailTestSend");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> server.received().size() == 1);
        assertThat(server.recipients()).containsExactly("me@example.jp");
        assertThat(server.received().getFirst().getSubject()).startsWith("【テスト送信】【掛川マッチング交流会】");

        robot.clickOn("#mailSend");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> server.received().size() == 5);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#mailStatus").queryLabeled().getText().contains("送信 4 件"));
        assertThat(server.recipients())
                .containsExactlyInAnyOrder(
                        "me@example.jp",
                        "ichiro@example.jp",
                        "hanako@example.jp",
                        "jiro@example.jp",
                        "goro@example.jp");
        assertThat(dialogs.errors).isEmpty();
        shoot(robot, "mail-ja-1366x768-sent");
    }

    @Test
    void looksRightInBothLanguagesAndSizes(FxRobot robot) throws Exception {
        String shots = System.getProperty("mail.shots");
        org.junit.jupiter.api.Assumptions.assumeTrue(shots != null, "screenshots only with -Dmail.shots=DIR");
        eventAfterTheDay();
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (int[] size : new int[][] {{1366, 768}, {1600, 1000}}) {
                open(locale, size[0], size[1], new ScriptedDialogs());
                robot.clickOn("#" + EventStage.FOLLOW_UP.buttonId());
                robot.clickOn("#mailTab");
                String name = "mail-" + locale.getLanguage() + "-" + size[0] + "x" + size[1];
                shoot(robot, name);
                robot.interact(() -> robot.lookup("#mailSettingsPane")
                        .queryAs(TitledPane.class)
                        .setExpanded(true));
                WaitForAsyncUtils.waitForFxEvents();
                shoot(robot, name + "-settings");
                FxToolkit.cleanupStages();
            }
        }
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    private static void shoot(FxRobot robot, String name) throws Exception {
        String shots = System.getProperty("mail.shots");
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
