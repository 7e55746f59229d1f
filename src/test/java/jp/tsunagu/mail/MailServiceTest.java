package jp.tsunagu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tsunagu.event.StaffRole;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailServiceTest {
    @TempDir
    Path folder;

    private Database database;
    private TestMailServer server;
    private MailFixture fixture;
    private long eventId;
    private long suzuki;
    private long sato;
    private long tanaka;
    private long takahashi;

    @BeforeEach
    void eventAfterTheDay() {
        database = Database.open(folder.resolve("tsunagu.db"));
        server = new TestMailServer();
        fixture = new MailFixture(database);
        eventId = fixture.eventId();
        fixture.staff(2, StaffRole.ADVISOR, "山田 太郎", "静岡大学");
        fixture.staff(2, StaffRole.FACILITATOR, "中村 健", "掛川YEG");
        suzuki = fixture.person("鈴木 一郎", "株式会社掛川製茶", "ichiro@example.jp", "090-1111-2222", true, 2, true);
        sato = fixture.person("佐藤 花子", "掛川農園", "hanako@example.jp", "090-3333-4444", true, 2, true);
        tanaka = fixture.person("田中 次郎", "まちづくりNPO", "jiro@example.jp", "0537-00-0000", false, 2, true);
        takahashi = fixture.person("高橋 三郎", "", "", "", true, 2, true);
        fixture.person("伊藤 四郎", "欠席商事", "shiro@example.jp", "", true, 2, false);
        fixture.person("渡辺 五郎", "別テーブル工業", "goro@example.jp", "", true, 5, true);
        fixture.outcome(2, "interest", "お茶の新しい飲まれ方", List.of(), null);
        fixture.outcome(2, "seed", "茶園の見学と商品づくり", List.of(suzuki, sato), null);
        fixture.outcome(2, "step", "茶園の見学日を決める", List.of(sato), LocalDate.of(2026, 12, 20));
        service().saveSettings(server.settings());
    }

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private MailService service() {
        return new MailService(database, fixture.sources(), new MailPasswords(CredentialStore.NONE));
    }

    private MailService service(Outbox.Factory outboxes) {
        return new MailService(
                database, fixture.sources(), new MailPasswords(CredentialStore.NONE), outboxes, Clock.systemUTC());
    }

    @Test
    void everyRecipientGetsTheirSummaryOnceInJapanese() throws Exception {
        MailService mail = service();
        MailPreview preview = mail.preview(eventId, suzuki);

        SendReport report = mail.send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(report.sent())
                .extracting(SendReport.Line::email)
                .containsExactlyInAnyOrder(
                        "ichiro@example.jp", "hanako@example.jp", "jiro@example.jp", "goro@example.jp");
        assertThat(report.noEmail()).containsExactly("高橋 三郎");
        assertThat(report.failed()).isEmpty();
        assertThat(server.recipients())
                .containsExactlyInAnyOrder(
                        "ichiro@example.jp", "hanako@example.jp", "jiro@example.jp", "goro@example.jp");
        MimeMessage toSuzuki = receivedBy("ichiro@example.jp");
        assertThat(toSuzuki.getSubject()).isEqualTo("【掛川マッチング交流会】ご参加のお礼とテーブルのまとめ");
        assertThat(toSuzuki.getSubject()).isEqualTo(preview.subject());
        assertThat(toSuzuki.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(toSuzuki.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = ((String) toSuzuki.getContent()).replace("\r\n", "\n");
        assertThat(body).isEqualTo(preview.body());
        assertThat(body)
                .contains("鈴木 一郎 様")
                .contains("テーブル2「農産物・お茶の未来のかたち」")
                .contains("アドバイザー：山田 太郎（静岡大学）")
                .contains("ファシリテーター：中村 健（掛川YEG）")
                .contains("・お茶の新しい飲まれ方")
                .contains("・茶園の見学と商品づくり（鈴木 一郎、佐藤 花子）")
                .contains("・茶園の見学日を決める（担当：佐藤 花子）（2026年12月20日（日）まで）")
                .contains("・佐藤 花子（掛川農園）　hanako@example.jp")
                .contains("・田中 次郎（まちづくりNPO）\n")
                .contains("・高橋 三郎\n")
                .doesNotContain("伊藤") // expected, not checked in
                .doesNotContain("渡辺"); // another table
        InternetAddress from = (InternetAddress) toSuzuki.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("掛川YEG 事務局");
        assertThat(toSuzuki.getHeader("From")[0]).contains("=?UTF-8?");
        InternetAddress to = (InternetAddress) toSuzuki.getAllRecipients()[0];
        assertThat(to.getPersonal()).isEqualTo("鈴木 一郎");
        assertThat(toSuzuki.getAllRecipients()).hasSize(1);
        assertThat(toSuzuki.getMessageID()).matches("<[0-9a-f-]+\\.tsunagu@example\\.jp>");
        assertThat(toSuzuki.getSentDate()).isNotNull();
        assertThat(mail.log(eventId).get(suzuki).status()).isEqualTo(SendStatus.SENT);
        assertThat(mail.log(eventId).get(suzuki).messageId()).isEqualTo(toSuzuki.getMessageID());

        SendReport again = mail.send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(again.sent()).isEmpty();
        assertThat(again.alreadySent()).isEqualTo(4);
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void aRefusedRecipientFailsTheRestAreSentAndTheNextRunSendsOnlyThem() throws Exception {
        server.refuse("hanako@example.jp");
        MailService mail = service();

        SendReport first = mail.send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(first.failed()).extracting(SendReport.Line::email).containsExactly("hanako@example.jp");
        assertThat(first.failed().getFirst().reason()).contains("550");
        assertThat(first.sent()).hasSize(3);
        assertThat(server.recipients())
                .containsExactlyInAnyOrder("ichiro@example.jp", "jiro@example.jp", "goro@example.jp");
        assertThat(mail.log(eventId).get(sato).status()).isEqualTo(SendStatus.FAILED);

        server.accept("hanako@example.jp");
        SendReport second = mail.send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(second.sent()).extracting(SendReport.Line::email).containsExactly("hanako@example.jp");
        assertThat(second.alreadySent()).isEqualTo(3);
        assertThat(server.recipients())
                .containsExactlyInAnyOrder(
                        "ichiro@example.jp", "jiro@example.jp", "goro@example.jp", "hanako@example.jp");
    }

    @Test
    void aRunCutOffMidwayLeavesUncertainAndTheNextRunSendsNobodyTwice() throws Exception {
        // The "power cut": the second message reaches the server, then the app dies before recording it.
        AtomicInteger handed = new AtomicInteger();
        Outbox.Factory crashing = (settings, password) -> new Wrapped(SmtpOutbox.open(settings, password)) {
            @Override
            public void send(MimeMessage message) throws MessagingException {
                super.send(message);
                if (handed.incrementAndGet() == 2) {
                    throw new PowerCut();
                }
            }
        };
        assertThatThrownBy(() ->
                        service(crashing).send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE))
                .isInstanceOf(PowerCut.class);
        assertThat(server.received()).hasSize(2);
        Map<Long, LogEntry> log = service().log(eventId);
        assertThat(log.values())
                .extracting(LogEntry::status)
                .containsExactlyInAnyOrder(SendStatus.SENT, SendStatus.UNCERTAIN);
        LogEntry cutOff = log.values().stream()
                .filter(e -> e.status() == SendStatus.UNCERTAIN)
                .findFirst()
                .orElseThrow();

        // The app starts again: the rest are sent, the uncertain one is reported, not sent again.
        SendReport resumed = service().send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(resumed.uncertain()).extracting(SendReport.Line::email).containsExactly(cutOff.email());
        assertThat(resumed.sent()).hasSize(2);
        assertThat(resumed.alreadySent()).isEqualTo(1);
        assertThat(server.recipients()).hasSize(4).doesNotHaveDuplicates();

        // Only on the user's say-so is the uncertain one sent again.
        SendReport retried =
                service().send(eventId, new SendOptions(Set.of(), true), TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(retried.sent()).extracting(SendReport.Line::email).containsExactly(cutOff.email());
        assertThat(service().log(eventId).values()).extracting(LogEntry::status).containsOnly(SendStatus.SENT);
    }

    @Test
    void aConnectionLostWhileHandingOverLeavesThatOneUncertainAndGoesOn() throws Exception {
        AtomicInteger handed = new AtomicInteger();
        Outbox.Factory flaky = (settings, password) -> new Wrapped(SmtpOutbox.open(settings, password)) {
            @Override
            public void send(MimeMessage message) throws MessagingException {
                if (handed.incrementAndGet() == 1) {
                    throw new MessagingException("Exception reading response", new java.net.SocketException("reset"));
                }
                super.send(message);
            }
        };

        SendReport report = service(flaky).send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

        assertThat(report.uncertain()).hasSize(1);
        assertThat(report.uncertain().getFirst().reason()).isEqualTo("reset");
        assertThat(report.sent()).hasSize(3);
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void onlySendsToTheAddressesNamed() throws Exception {
        SendReport report = service()
                .send(
                        eventId,
                        new SendOptions(Set.of("JIRO@example.jp"), false),
                        TestMailServer.PASSWORD,
                        SendProgress.NONE);

        assertThat(report.sent()).extracting(SendReport.Line::email).containsExactly("jiro@example.jp");
        assertThat(server.recipients()).containsExactly("jiro@example.jp");
    }

    @Test
    void cancellingStopsBetweenMessagesAndTheRestWaitForTheNextRun() throws Exception {
        AtomicInteger told = new AtomicInteger();
        SendProgress cancelAfterOne = new SendProgress() {
            @Override
            public void sending(int done, int total, String name) {}

            @Override
            public void result(long personId, LogEntry entry) {
                told.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return told.get() >= 1;
            }
        };

        SendReport report = service().send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, cancelAfterOne);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.sent()).hasSize(1);
        assertThat(report.notReached()).isEqualTo(3);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aWrongPasswordSendsNothingAndRecordsNothing() {
        MailService mail = service();

        assertThatThrownBy(() -> mail.send(eventId, SendOptions.ALL, "wrong", SendProgress.NONE))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("mail.error.connect"));
        assertThatThrownBy(() -> mail.send(eventId, SendOptions.ALL, "", SendProgress.NONE))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("mail.error.noPassword"));
        assertThat(mail.log(eventId)).isEmpty();
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aTestSendGoesToTheGivenAddressOnlyAndRecordsNothing() throws Exception {
        MailService mail = service();

        MailPreview sample = mail.testSend(eventId, sato, "me@example.jp", TestMailServer.PASSWORD, "【テスト送信】");

        assertThat(server.recipients()).containsExactly("me@example.jp");
        MimeMessage message = server.received().getFirst();
        assertThat(message.getSubject()).isEqualTo("【テスト送信】【掛川マッチング交流会】ご参加のお礼とテーブルのまとめ");
        assertThat((String) message.getContent()).contains("佐藤 花子 様");
        assertThat(sample.name()).isEqualTo("佐藤 花子");
        assertThat(mail.log(eventId)).isEmpty();
    }

    @Test
    void emlDraftsAreReadBackByTheMailLibraryAsUnsentMessages() throws Exception {
        MailService mail = service();
        Path out = folder.resolve("drafts");

        EmlResult result = mail.writeEml(eventId, out);

        assertThat(result.files()).hasSize(4);
        assertThat(result.noEmail()).containsExactly("高橋 三郎");
        Session session = Session.getInstance(new java.util.Properties());
        for (Path file : result.files()) {
            MimeMessage draft;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                draft = new MimeMessage(session, in);
            }
            assertThat(draft.getHeader("X-Unsent")).containsExactly("1");
            String to = ((InternetAddress) draft.getAllRecipients()[0]).getAddress();
            MailPreview preview =
                    mail.preview(eventId, mail.recipientByEmail(eventId, to).personId());
            assertThat(draft.getSubject()).isEqualTo(preview.subject());
            assertThat(((String) draft.getContent()).replace("\r\n", "\n")).isEqualTo(preview.body());
        }
        assertThat(result.files().getFirst().getFileName().toString()).endsWith(".eml");
        assertThat(mail.log(eventId)).isEmpty();
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAndASavedOneIsUsed() {
        MailService mail = service();

        assertThatThrownBy(() -> mail.saveTemplate(eventId, new MailTemplate("{{交流会名}}", "{{お名前}} 様")))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.key()).isEqualTo("mail.error.bodyPlaceholder");
                    assertThat(e.args()).containsExactly("お名前", 1);
                });
        assertThatThrownBy(() -> mail.saveTemplate(eventId, new MailTemplate("{{#交流会名}}", "")))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("mail.error.subjectSyntax"));

        mail.saveTemplate(eventId, new MailTemplate("{{交流会名}}のまとめ", "{{氏名}}様\nテーブル{{テーブル番号}}"));

        MailPreview preview = mail.preview(eventId, sato);
        assertThat(preview.subject()).isEqualTo("掛川マッチング交流会のまとめ");
        assertThat(preview.body()).isEqualTo("佐藤 花子様\nテーブル2");
        assertThat(mail.templateChanged(eventId)).isTrue();

        mail.resetTemplate(eventId);

        assertThat(mail.template(eventId)).isEqualTo(SummaryTemplate.defaults());
    }

    @Test
    void thePlanSaysWhoSeesWhoseAddress() {
        List<PlannedRecipient> plan = service().plan(eventId);

        Map<String, List<String>> shared = new java.util.HashMap<>();
        plan.forEach(p -> shared.put(p.name(), p.sharedWith()));
        assertThat(shared.get("鈴木 一郎")).containsExactly("佐藤 花子");
        assertThat(shared.get("佐藤 花子")).containsExactly("鈴木 一郎");
        assertThat(shared.get("田中 次郎")).isEmpty();
        assertThat(shared.get("高橋 三郎")).isEmpty(); // agreed, but has no address: no message at all
        assertThat(shared).doesNotContainKey("伊藤 四郎");
    }

    @Test
    void settingsAreCheckedAndThePasswordIsNeverInTheStoreFile() throws IOException {
        MailService mail = service();
        MailSettings settings = server.settings();

        assertThatThrownBy(() -> mail.saveSettings(
                        new MailSettings("h", 70000, SmtpSecurity.SSL, "a@example.jp", "", "", "", "", 0)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("mail.error.port"));
        assertThatThrownBy(() -> mail.saveSettings(
                        new MailSettings("h", 465, SmtpSecurity.SSL, "not an address", "", "", "", "", 0)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("mail.error.fromAddress"));
        mail.passwords().remember(settings, TestMailServer.PASSWORD, true);
        mail.saveSettings(new MailSettings(
                settings.host(),
                settings.port(),
                settings.security(),
                settings.fromAddress(),
                settings.fromName(),
                "reply@example.jp",
                settings.user(),
                "TSUNAGU_SMTP_PASSWORD",
                1500));

        assertThat(mail.settings().replyTo()).isEqualTo("reply@example.jp");
        assertThat(mail.settings().pauseMillis()).isEqualTo(1500);
        assertThat(mail.passwords().find(mail.settings(), name -> null)).contains(TestMailServer.PASSWORD);
        assertThat(mail.passwords()
                        .find(mail.settings(), name -> name.equals("TSUNAGU_SMTP_PASSWORD") ? "from-env" : null))
                .contains("from-env");
        database.close();
        for (String file : List.of("tsunagu.db", "tsunagu.db-wal")) {
            Path path = folder.resolve(file);
            if (java.nio.file.Files.exists(path)) {
                assertThat(new String(java.nio.file.Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain(TestMailServer.PASSWORD);
            }
        }
        database = Database.open(folder.resolve("tsunagu.db"));
    }

    /** Stands for the process dying: nothing after it runs. */
    static final class PowerCut extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** An outbox passing everything to another, for tests to cut in. */
    static class Wrapped implements Outbox {
        private final Outbox inner;

        Wrapped(Outbox inner) {
            this.inner = inner;
        }

        @Override
        public Session session() {
            return inner.session();
        }

        @Override
        public void ready() throws MessagingException {
            inner.ready();
        }

        @Override
        public void send(MimeMessage message) throws MessagingException {
            inner.send(message);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private MimeMessage receivedBy(String address) throws MessagingException {
        for (MimeMessage message : server.received()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("nothing arrived for " + address);
    }
}
