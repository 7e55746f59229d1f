package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people of an event as one owner keeps them: built by name, merged without losing a "no". */
class RegistrantsTest {
    @TempDir
    Path dir;

    private Tsunagu app;
    private long eventId;

    @BeforeEach
    void open() {
        app = Tsunagu.open(dir.resolve("tsunagu.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Registrant person(String email, boolean consent, String registeredAt) {
        return Registrant.builder()
                .name("山田 太郎")
                .reading("やまだ たろう")
                .organisation("山田工務店")
                .email(email)
                .consent(consent)
                .registeredAt(registeredAt)
                .build();
    }

    @Test
    void aBuilderStartsEmptyAndChangesOnlyWhatItIsTold() {
        Registrant empty = Registrant.builder().name("佐藤 花子").build();
        assertThat(empty.email()).isEmpty();
        assertThat(empty.choices()).containsExactly(null, null, null);
        assertThat(empty.flags()).isEmpty();
        assertThat(empty.consent()).isFalse();

        Registrant p = person("a@example.jp", true, "2026-11-01T10:00:00");
        Registrant changed = p.toBuilder().title("代表").build();
        assertThat(changed.title()).isEqualTo("代表");
        assertThat(changed.toBuilder().title(p.title()).build()).isEqualTo(p);
    }

    @Test
    void mergingTakesTheNewerConsentAnswerNeverTurningANoIntoAYes() {
        // The earlier form said yes, the later one no: the person changed their mind.
        StoredPerson older = app.registrants().add(eventId, person("a@example.jp", true, "2026-11-01T10:00:00"));
        StoredPerson newer = app.registrants().add(eventId, person("", false, "2026-11-20T09:00:00"));

        StoredPerson merged = app.registrants().merge(older.id(), newer.id());

        assertThat(merged.registrant().consent()).isFalse();
        assertThat(app.registrants().get(older.id()).registrant().consent()).isFalse();
        assertThat(app.registrants().list(eventId, RegistrantFilter.ALL)).hasSize(1);
    }

    @Test
    void mergingTakesANewerYes() {
        Registrant older = person("a@example.jp", false, "2026-11-01T10:00:00");
        Registrant newer = person("", true, "2026-11-20T09:00:00");
        assertThat(Registrants.mergedConsent(older, newer)).isTrue();
        assertThat(Registrants.mergedConsent(newer, older)).isTrue();
    }

    @Test
    void withoutBothTimesOnlyTwoYesesMakeAYes() {
        Registrant yes = person("a@example.jp", true, null);
        Registrant no = person("", false, "2026-11-20T09:00:00");
        assertThat(Registrants.mergedConsent(yes, no)).isFalse();
        assertThat(Registrants.mergedConsent(no, yes)).isFalse();
        assertThat(Registrants.mergedConsent(yes, yes)).isTrue();
    }

    @Test
    void theListIsInTheSameOrderAsThePrintedLists() {
        for (String reading : List.of("Smith", "さとう", "adams", "ごとう", "カトウ", "")) {
            app.registrants()
                    .add(
                            eventId,
                            Registrant.builder()
                                    .name("名" + reading)
                                    .reading(reading)
                                    .build());
        }
        List<String> readings = app.registrants().list(eventId, RegistrantFilter.ALL).stream()
                .map(p -> p.registrant().reading())
                .toList();
        assertThat(readings).containsExactly("adams", "Smith", "かとう", "ごとう", "さとう", "");
    }
}
