package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.tsunagu.mail.MailFixture;
import jp.tsunagu.mail.TestMailServer;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // An environment variable every test machine has stands in for the one holding the password.
    private static final String PASSWORD_VARIABLE = "PATH";

    @TempDir
    Path folder;

    private Path store;
    private TestMailServer server;

    @BeforeEach
    void eventAfterTheDay() {
        store = folder.resolve("tsunagu.db");
        server = new TestMailServer(System.getenv(PASSWORD_VARIABLE));
        try (Database database = Database.open(store)) {
            MailFixture fixture = new MailFixture(database);
            fixture.person("鈴木 一郎", "ichiro@example.jp", true, 1);
            fixture.person("佐藤 花子", "hanako@example.jp", true, 1);
            fixture.person("田中 次郎", "", false, 1);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun configure() {
        return CliRun.of(
                store,
                "mail",
                "settings",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(server.port()),
                "--security",
                "none",
                "--from",
                TestMailServer.USER,
                "--from-name",
                "掛川YEG 事務局",
                "--user",
                TestMailServer.USER,
                "--password-env",
                PASSWORD_VARIABLE,
                "--pause",
                "0");
    }

    @Test
    void settingsAreKeptWithoutThePassword() throws Exception {
        CliRun set = configure();
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("送信設定を保存しました").contains("127.0.0.1");

        CliRun shown = CliRun.of(store, "--json", "mail", "settings");

        JsonNode json = JSON.readTree(shown.out());
        assertThat(json.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(json.get("security").asText()).isEqualTo("none");
        assertThat(json.get("passwordEnv").asText()).isEqualTo(PASSWORD_VARIABLE);
        assertThat(shown.out()).doesNotContain(server.password());
        assertThat(Files.readString(store, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(server.password());

        CliRun preset = CliRun.of(store, "--json", "mail", "settings", "--preset", "gmail");
        assertThat(JSON.readTree(preset.out()).get("host").asText()).isEqualTo("smtp.gmail.com");
        CliRun bad = CliRun.of(store, "mail", "settings", "--security", "tls13");
        assertThat(bad.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(bad.err()).contains("tls13");
    }

    @Test
    void previewPrintsTheMessageAsItWouldBeSent() throws Exception {
        configure();

        CliRun text = CliRun.of(store, "mail", "preview", "--email", "hanako@example.jp");
        CliRun json = CliRun.of(store, "--json", "mail", "preview", "--email", "hanako@example.jp");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("宛先：hanako@example.jp")
                .contains("件名：【掛川マッチング交流会】")
                .contains("佐藤 花子 様");
        JsonNode preview = JSON.readTree(json.out());
        assertThat(preview.get("to").asText()).isEqualTo("hanako@example.jp");
        assertThat(preview.get("subject").asText()).isEqualTo("【掛川マッチング交流会】ご参加のお礼とテーブルのまとめ");
        assertThat(preview.get("body").asText()).contains("・鈴木 一郎（鈴木 一郎の会社）　ichiro@example.jp");
        CliRun nobody = CliRun.of(store, "mail", "preview", "--email", "nobody@example.jp");
        assertThat(nobody.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(nobody.err()).contains("nobody@example.jp");
    }

    @Test
    void emlWritesOneDraftPerRecipient() throws Exception {
        configure();
        Path out = folder.resolve("eml");

        CliRun run = CliRun.of(store, "--json", "mail", "eml", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("written").asInt()).isEqualTo(2);
        assertThat(json.get("noEmail").get(0).asText()).isEqualTo("田中 次郎");
        try (Stream<Path> files = Files.list(out)) {
            List<Path> drafts = files.sorted().toList();
            assertThat(drafts).hasSize(2);
            MimeMessage draft = new MimeMessage(
                    Session.getInstance(new java.util.Properties()), Files.newInputStream(drafts.getFirst()));
            assertThat(draft.getHeader("X-Unsent")).containsExactly("1");
        }
    }

    @Test
    void sendSendsOnceAndReportsInTheJsonOfCliMd() throws Exception {
        configure();

        CliRun first = CliRun.of(store, "--json", "mail", "send");
        CliRun second = CliRun.of(store, "--json", "mail", "send");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode report = JSON.readTree(first.out());
        assertThat(report.get("sent").asInt()).isEqualTo(2);
        assertThat(report.get("alreadySent").asInt()).isZero();
        assertThat(report.get("failed")).isEmpty();
        assertThat(report.get("uncertain")).isEmpty();
        assertThat(report.get("noEmail").get(0).asText()).isEqualTo("田中 次郎");
        assertThat(report.has("millis")).isTrue();
        JsonNode again = JSON.readTree(second.out());
        assertThat(again.get("sent").asInt()).isZero();
        assertThat(again.get("alreadySent").asInt()).isEqualTo(2);
        assertThat(server.recipients()).containsExactlyInAnyOrder("ichiro@example.jp", "hanako@example.jp");
    }

    @Test
    void aRefusedRecipientMakesSendExitOneAndTheNextRunSendsOnlyThem() throws Exception {
        configure();
        server.refuse("ichiro@example.jp");

        CliRun first = CliRun.of(store, "mail", "send");

        assertThat(first.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(first.out()).contains("送れませんでした：ichiro@example.jp").contains("送信 1 件");
        server.accept("ichiro@example.jp");
        CliRun second = CliRun.of(store, Locale.ENGLISH, "--json", "mail", "send");
        assertThat(second.exitCode()).isZero();
        assertThat(JSON.readTree(second.out()).get("sent").asInt()).isEqualTo(1);
        assertThat(server.recipients()).containsExactlyInAnyOrder("hanako@example.jp", "ichiro@example.jp");
    }

    @Test
    void aTestSendGoesOnlyToTheGivenAddress() throws Exception {
        configure();

        CliRun run = CliRun.of(store, "mail", "send", "--test-to", "me@example.jp");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(server.recipients()).containsExactly("me@example.jp");
        assertThat(server.received().getFirst().getSubject()).startsWith("【テスト送信】");
        CliRun real = CliRun.of(store, "--json", "mail", "send");
        assertThat(JSON.readTree(real.out()).get("sent").asInt()).isEqualTo(2);
    }

    @Test
    void withoutSettingsSendSaysWhatIsMissing() {
        CliRun run = CliRun.of(store, "mail", "send");

        assertThat(run.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("送信設定がまだです");
        assertThat(CliRun.of(store, "mail", "preview").exitCode()).isEqualTo(Cli.USAGE);
    }
}
