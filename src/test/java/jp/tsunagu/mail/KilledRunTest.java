package jp.tsunagu.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sending run in another JVM, killed (SIGKILL) right after the server took its second message
 * and before the app could record it: the next run, here, sends to the rest, reports the one cut
 * off as uncertain, and nobody gets a message twice.
 */
class KilledRunTest {
    @TempDir
    Path folder;

    @Test
    void aKilledRunResumesWithoutDuplicates() throws Exception {
        Path store = folder.resolve("tsunagu.db");
        try (TestMailServer server = new TestMailServer()) {
            long eventId;
            try (Database database = Database.open(store)) {
                MailFixture fixture = new MailFixture(database);
                for (int i = 1; i <= 5; i++) {
                    fixture.person("参加者 " + i, "p" + i + "@example.jp", true, 1);
                }
                eventId = fixture.eventId();
                new MailService(database, fixture.sources(), new MailPasswords(CredentialStore.NONE))
                        .saveSettings(server.settings());
            }

            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "--enable-native-access=ALL-UNNAMED",
                            SendUntilKilled.class.getName(),
                            store.toString(),
                            String.valueOf(eventId))
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                do {
                    line = out.readLine();
                } while (line != null && !line.equals(SendUntilKilled.HANDED_TWO));
                assertThat(line).as("the child reached its second message").isEqualTo(SendUntilKilled.HANDED_TWO);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(server.received()).hasSize(2);

            try (Database database = Database.open(store)) {
                MailFixture fixture = MailFixture.existing(database, eventId);
                MailService mail =
                        new MailService(database, fixture.sources(), new MailPasswords(CredentialStore.NONE));

                SendReport resumed = mail.send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

                assertThat(resumed.alreadySent()).isEqualTo(1);
                assertThat(resumed.uncertain()).hasSize(1);
                assertThat(resumed.sent()).hasSize(3);
                List<String> recipients = server.recipients();
                assertThat(recipients).hasSize(5).doesNotHaveDuplicates();
                assertThat(mail.log(eventId).values())
                        .extracting(LogEntry::status)
                        .containsOnly(SendStatus.SENT, SendStatus.UNCERTAIN);
            }
        }
    }

    /** The child: sends with no pause, says when the server has its second message, then waits to be killed. */
    public static final class SendUntilKilled {
        static final String HANDED_TWO = "handed-two";

        public static void main(String[] args) throws Exception {
            try (Database database = Database.open(Path.of(args[0]))) {
                long eventId = Long.parseLong(args[1]);
                MailFixture fixture = MailFixture.existing(database, eventId);
                int[] handed = {0};
                Outbox.Factory stalling = (settings, password) -> {
                    Outbox real = SmtpOutbox.open(settings, password);
                    return new Outbox() {
                        @Override
                        public Session session() {
                            return real.session();
                        }

                        @Override
                        public void ready() throws MessagingException {
                            real.ready();
                        }

                        @Override
                        public void send(MimeMessage message) throws MessagingException {
                            real.send(message);
                            if (++handed[0] == 2) {
                                System.out.println(HANDED_TWO);
                                System.out.flush();
                                try {
                                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        }

                        @Override
                        public void close() {
                            real.close();
                        }
                    };
                };
                new MailService(
                                database,
                                fixture.sources(),
                                new MailPasswords(CredentialStore.NONE),
                                stalling,
                                Clock.systemUTC())
                        .send(eventId, SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);
            }
        }
    }
}
