package jp.tsunagu.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * product.md's consent rule on generated tables, read from the messages that really arrived: a
 * tablemate's address only when both agreed; no other address, and no phone number, ever.
 */
class ConsentRuleTest {
    @TempDir
    Path folder;

    private record Someone(
            long id, String name, String email, String phone, boolean consent, int table, boolean came) {}

    @Test
    void addressesAppearOnlyBetweenConsentingTablematesAndPhonesNever() throws Exception {
        Random random = new Random(20261205);
        try (Database database = Database.open(folder.resolve("tsunagu.db"));
                TestMailServer server = new TestMailServer()) {
            MailFixture fixture = new MailFixture(database);
            List<Someone> people = new ArrayList<>();
            for (int i = 0; i < 42; i++) {
                String name = "参加者" + i;
                String email = random.nextInt(8) == 0 ? "" : "p" + i + "@example.jp";
                String phone = String.format("090-%04d-%04d", i, 7000 + i);
                boolean consent = random.nextBoolean();
                int table = 1 + random.nextInt(6);
                boolean came = random.nextInt(6) != 0;
                long id = fixture.person(name, "会社" + i, email, phone, consent, table, came);
                people.add(new Someone(id, name, email, phone, consent, table, came));
            }
            MailService mail = new MailService(database, fixture.sources(), new MailPasswords(CredentialStore.NONE));
            mail.saveSettings(server.settings());

            SendReport report =
                    mail.send(fixture.eventId(), SendOptions.ALL, TestMailServer.PASSWORD, SendProgress.NONE);

            Map<String, String> bodies = new HashMap<>();
            for (MimeMessage message : server.received()) {
                String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
                assertThat(bodies.put(to, (String) message.getContent()))
                        .as("one message for %s", to)
                        .isNull();
            }
            long expected = people.stream()
                    .filter(p -> p.came() && !p.email().isEmpty())
                    .count();
            assertThat(bodies).hasSize((int) expected);
            assertThat(report.sent()).hasSize((int) expected);
            int shared = 0;
            for (Someone recipient : people) {
                String body = bodies.get(recipient.email());
                if (!recipient.came() || recipient.email().isEmpty()) {
                    assertThat(body).isNull();
                    continue;
                }
                for (Someone other : people) {
                    assertThat(body).doesNotContain(other.phone());
                    if (other == recipient || other.email().isEmpty()) {
                        continue;
                    }
                    boolean may = other.came()
                            && other.table() == recipient.table()
                            && other.consent()
                            && recipient.consent();
                    if (may) {
                        shared++;
                        assertThat(body)
                                .as("%s sees %s", recipient.name(), other.name())
                                .contains(other.email());
                    } else {
                        assertThat(body)
                                .as("%s must not see %s", recipient.name(), other.name())
                                .doesNotContain(other.email());
                    }
                }
            }
            assertThat(shared).as("the generated tables have consenting pairs").isGreaterThan(10);
        }
    }
}
