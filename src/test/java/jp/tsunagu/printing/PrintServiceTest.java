package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintServiceTest {
    @TempDir
    Path folder;

    private Database database;
    private EventService events;
    private PrintService printing;
    private long eventId;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
        events = new EventService(database);
        printing = new PrintService(database, events, new Settings(database));
        eventId = StoredEvent.create(database, events);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDocumentsShowTheStoredEventItsHostsAndItsSeatedPeople() {
        PrintableEvent event = printing.printable(eventId);

        assertThat(event.name()).isEqualTo("掛川マッチング交流会");
        assertThat(event.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(event.tables()).hasSize(7);
        assertThat(event.tables().getFirst().themeName()).isEqualTo("空き家・跡地の新しい活用");
        assertThat(event.tables().getFirst().advisor())
                .map(PrintableStaff::name)
                .contains("大石 健一");
        assertThat(event.people())
                .extracting(PrintablePerson::name)
                .containsExactlyInAnyOrder("大石 健一", "戸塚 彩", "松本 誠", "山田 太郎", "佐藤 花子", "伊藤 誠")
                .as("someone marked absent is not printed")
                .doesNotContain("欠席 する人");
        assertThat(event.at(1))
                .extracting(PrintablePerson::name, PrintablePerson::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("大石 健一", PersonRole.ADVISOR),
                        org.assertj.core.groups.Tuple.tuple("戸塚 彩", PersonRole.FACILITATOR),
                        org.assertj.core.groups.Tuple.tuple("山田 太郎", PersonRole.PARTICIPANT));
        PrintablePerson sato = event.people().stream()
                .filter(p -> p.name().equals("佐藤 花子"))
                .findFirst()
                .orElseThrow();
        assertThat(sato.printedReading()).as("a guessed reading is not printed").isEmpty();
        assertThat(sato.tableNumber()).isEqualTo(2);
    }

    @Test
    void printsAFileWholeAndSaysWhatItHolds() throws Exception {
        Path file = folder.resolve("out/名札.pdf");
        PrintResult result = printing.print(eventId, PrintKind.NAMECARDS, PrintOptions.DEFAULT, Locale.JAPANESE, file);

        assertThat(file).exists();
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.people()).isEqualTo(6);
        assertThat(result.bytes()).isEqualTo(Files.size(file));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).as("no temporary file left behind").hasSize(1);
        }
        PdfReadBack pdf = PdfReadBack.of(out -> {
            try {
                out.write(Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(pdf.allText()).contains("山田 太郎", "大石 健一", "アドバイザー");
    }

    @Test
    void calibrationAndCardOptionsAreKeptForTheNextPrint() {
        Calibration calibration = PrintService.calibration(1.5, -0.5, 100.8, 99.6);
        NameCardOptions cards =
                PrintService.cardOptions(CardOrder.READING, false, 3, LabelSheet.A4_12UP_86x42, calibration);
        printing.saveOptions(PrintOptions.DEFAULT.withCards(cards));

        PrintService reopened = new PrintService(database, events, new Settings(database));
        NameCardOptions saved = reopened.savedOptions().cards();
        assertThat(saved.calibration()).isEqualTo(calibration);
        assertThat(saved.order()).isEqualTo(CardOrder.READING);
        assertThat(saved.honorific()).isFalse();
        assertThat(saved.sheet()).isEqualTo(LabelSheet.A4_12UP_86x42);
        assertThat(saved.startAt()).as("every partly used sheet is different").isEqualTo(1);
    }

    @Test
    void mistakesAreRefusedWithTheirOwnMessage() {
        assertThatThrownBy(() -> PrintService.calibration(25, 0, 100, 100))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("print.error.offset"));
        assertThatThrownBy(() -> PrintService.calibration(0, 0, 100, 130))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("print.error.scale"));
        assertThatThrownBy(() ->
                        PrintService.cardOptions(CardOrder.TABLE, true, 11, LabelSheet.A4_10UP_91x55, Calibration.NONE))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("print.error.startAt"));
        long empty = events.create(new EventDetails("空の交流会", null, "")).event().id();
        assertThatThrownBy(() -> printing.render(empty, PrintKind.NAMECARDS, PrintOptions.DEFAULT, Locale.JAPANESE))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("print.error.nobody"));
        assertThat(printing.render(empty, PrintKind.SIGNS, PrintOptions.DEFAULT, Locale.JAPANESE))
                .as("signs need tables, not people")
                .isNotEmpty();
    }
}
