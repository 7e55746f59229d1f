package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.tsunagu.mail.CredentialStore;
import jp.tsunagu.mail.MailFixture;
import jp.tsunagu.mail.MailPasswords;
import jp.tsunagu.mail.MailService;
import jp.tsunagu.mail.SendOptions;
import jp.tsunagu.mail.SendProgress;
import jp.tsunagu.mail.SendReport;
import jp.tsunagu.mail.TestMailServer;
import jp.tsunagu.store.Database;

/**
 * Sending 300 summaries to a local SMTP server (GreenMail, loopback, no pause between messages):
 * the time the app itself takes per message (render, MIME, the send log's two commits, SMTP on one
 * connection). A real server adds its own latency and the configured pause on top. Also the
 * previews of all 300 (the 送信 page's recipient list) and the .eml drafts.
 */
public final class MailBenchmark {
    private static final int PEOPLE = 300;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("tsunagu-mail-bench");
        try (Database database = Database.open(folder.resolve("bench.db"));
                TestMailServer server = new TestMailServer()) {
            MailFixture fixture = new MailFixture(database);
            for (int i = 0; i < PEOPLE; i++) {
                fixture.person("参加者 " + i, "p" + i + "@example.jp", i % 3 != 0, 1 + i % 7);
            }
            for (int table = 1; table <= 7; table++) {
                fixture.outcome(table, "interest", "共通の関心点 " + table, java.util.List.of(), null);
            }
            MailService mail = new MailService(database, fixture.sources(), new MailPasswords(CredentialStore.NONE));
            mail.saveSettings(server.settings());

            long start = System.nanoTime();
            int planned = mail.plan(fixture.eventId()).size();
            long planMillis = (System.nanoTime() - start) / 1_000_000;

            start = System.nanoTime();
            int drafts = mail.writeEml(fixture.eventId(), folder.resolve("eml"))
                    .files()
                    .size();
            long emlMillis = (System.nanoTime() - start) / 1_000_000;

            SendReport report =
                    mail.send(fixture.eventId(), SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);
            int arrived = server.received().size();

            start = System.nanoTime();
            SendReport again =
                    mail.send(fixture.eventId(), SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);
            long againMillis = (System.nanoTime() - start) / 1_000_000;

            System.out.printf(
                    "MailBenchmark: plan of %d recipients %d ms; %d .eml drafts %d ms;%n"
                            + "  send %d messages (%d arrived) %d ms = %.1f ms per message; second run (all already sent) %d ms, sent %d%n",
                    planned,
                    planMillis,
                    drafts,
                    emlMillis,
                    report.sent().size(),
                    arrived,
                    report.millis(),
                    report.millis() / (double) report.sent().size(),
                    againMillis,
                    again.sent().size());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
