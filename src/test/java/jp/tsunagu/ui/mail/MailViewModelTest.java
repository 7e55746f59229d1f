package jp.tsunagu.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.mail.MailFixture;
import jp.tsunagu.mail.SendStatus;
import jp.tsunagu.mail.SmtpSecurity;
import jp.tsunagu.mail.TestMailServer;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private TestMailServer server;
    private ScriptedDialogs dialogs;
    private MailViewModel model;
    private Event event;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("tsunagu.db"));
        server = new TestMailServer();
        MailFixture fixture = new MailFixture(app.database());
        fixture.person("鈴木 一郎", "ichiro@example.jp", true, 3);
        fixture.person("佐藤 花子", "hanako@example.jp", true, 3);
        fixture.person("田中 次郎", "jiro@example.jp", false, 3);
        fixture.person("高橋 三郎", "", true, 4);
        event = app.events().resolve(fixture.eventId());
        dialogs = new ScriptedDialogs();
        model = new MailViewModel(
                new UiContext(
                        app,
                        Messages.forLocale(Locale.JAPANESE),
                        dialogs,
                        new CurrentThreadTaskRunner(),
                        new UndoManager()),
                app.mail());
        model.show(event);
    }

    @AfterEach
    void close() {
        server.close();
        app.close();
    }

    private void configure() {
        model.host.set("127.0.0.1");
        model.port.set(String.valueOf(server.port()));
        model.security.set(SmtpSecurity.NONE);
        model.fromAddress.set(TestMailServer.USER);
        model.fromName.set("掛川YEG 事務局");
        model.user.set(TestMailServer.USER);
        model.password.set(TestMailServer.PASSWORD);
        model.pauseSeconds.set("0");
        assertThat(model.saveSettings()).as(String.join("\n", dialogs.errors)).isTrue();
    }

    @Test
    void listsWhatEachRecipientGetsAndWhoseAddressTheySee() {
        assertThat(model.recipients).extracting(RecipientRow::name).containsExactly("佐藤 花子", "田中 次郎", "鈴木 一郎", "高橋 三郎");
        RecipientRow suzuki = row("鈴木 一郎");
        assertThat(suzuki.gets()).isEqualTo("連絡先 1 件（同席 2 人）");
        assertThat(suzuki.sees()).isEqualTo("佐藤 花子");
        assertThat(row("田中 次郎").sees()).isEmpty();
        assertThat(row("高橋 三郎").gets()).isEqualTo("メールアドレスなし");
        assertThat(model.statusText(suzuki)).isEqualTo("未送信");
        assertThat(model.summaryProperty().get()).contains("受付済み 4 人").contains("なし 1 人");
    }

    @Test
    void thePreviewFollowsTheTemplateAsItIsTypedAndNamesABadPlaceholder() {
        model.previewFor.set(row("佐藤 花子"));
        assertThat(model.previewSubjectProperty().get()).isEqualTo("【掛川マッチング交流会】ご参加のお礼とテーブルのまとめ");
        assertThat(model.previewBodyProperty().get()).startsWith("佐藤 花子 様").contains("鈴木 一郎の会社）　ichiro@example.jp");
        assertThat(model.previewToProperty().get()).isEqualTo("佐藤 花子 <hanako@example.jp>");

        model.body.set("{{氏名}}さん、テーブル{{テーブル番号}}でした。");
        assertThat(model.previewBodyProperty().get()).isEqualTo("佐藤 花子さん、テーブル3でした。");

        model.body.set("{{おなまえ}}さん");
        assertThat(model.templateProblemProperty().get()).contains("おなまえ");
        model.body.set("{{氏名}}さん");
        assertThat(model.templateProblemProperty().get()).isEmpty();
        model.saveTemplate();
        assertThat(app.mail().preview(event.id(), row("佐藤 花子").personId()).body())
                .isEqualTo("佐藤 花子さん");
    }

    @Test
    void aTestSendAndThenTheRealOneEachArriveOnce() throws Exception {
        configure();
        model.previewFor.set(row("田中 次郎"));
        model.testAddress.set("me@example.jp");

        model.testSend();

        assertThat(dialogs.errors).isEmpty();
        assertThat(server.recipients()).containsExactly("me@example.jp");
        assertThat((String) server.received().getFirst().getContent()).startsWith("田中 次郎 様");
        assertThat(model.statusProperty().get()).contains("me@example.jp");

        model.send(false);

        assertThat(dialogs.errors).isEmpty();
        assertThat(server.recipients())
                .containsExactlyInAnyOrder(
                        "me@example.jp", "ichiro@example.jp", "hanako@example.jp", "jiro@example.jp");
        assertThat(row("鈴木 一郎").state()).isEqualTo(SendStatus.SENT);
        assertThat(model.statusProperty().get()).contains("送信 3 件");

        model.send(false);

        assertThat(server.received()).hasSize(4);
    }

    @Test
    void sendingWithoutSettingsSaysWhatIsMissingAndSendsNothing() {
        model.send(false);

        assertThat(dialogs.errors).singleElement().asString().contains("送信設定がまだです");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aBadPortIsRefusedInTheUsersWordsUnderTheField() {
        model.port.set("abc");
        model.pauseSeconds.set("9999");
        model.replyTo.set("not an address");

        assertThat(model.portProblem.get()).contains("abc");
        assertThat(model.pauseProblem.get()).contains("600");
        assertThat(model.replyToProblem.get()).contains("not an address");
        assertThat(model.settingsValid.get()).isFalse();
        assertThat(model.saveSettings()).isFalse();
        // Said under the field, not in a box of its own.
        assertThat(dialogs.errors).isEmpty();

        model.port.set("587");
        model.pauseSeconds.set("1");
        model.replyTo.set("");
        assertThat(model.portProblem.get()).isNull();
        assertThat(model.settingsValid.get()).isTrue();
    }

    private RecipientRow row(String name) {
        return model.recipients.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
