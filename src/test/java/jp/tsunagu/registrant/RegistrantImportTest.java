package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrantImportTest {

    @TempDir
    Path dir;

    private Tsunagu app;
    private long eventId;
    private Path workbook;

    @BeforeEach
    void open() throws Exception {
        app = Tsunagu.open(dir.resolve("tsunagu.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
        workbook = dir.resolve("registrants.xlsx");
        SampleDataWriter.writeFormWorkbook(workbook, SampleDataWriter.formRows());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<StoredPerson> people() {
        return app.registrants().list(eventId, RegistrantFilter.ALL);
    }

    /** Every person as stored, with the time of the last change: what must not move. */
    private List<String> snapshot() {
        return app.database().read(c -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var s = c.createStatement();
                    var r = s.executeQuery(
                            "SELECT id, name, email, choice2_theme_id, updated_at FROM person ORDER BY id")) {
                while (r.next()) {
                    rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getObject(4) + "|"
                            + r.getString(5));
                }
            }
            return rows;
        });
    }

    @Test
    void importsTheSampleWorkbookAsOneRecordedBatch() {
        ImportResult result = app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        assertThat(result.batchId()).isPresent();
        assertThat(result.preview().added()).isEqualTo(60);
        assertThat(people()).hasSize(60);
        assertThat(app.registrantImport().batches(eventId)).singleElement().satisfies(b -> {
            assertThat(b.fileName()).isEqualTo("registrants.xlsx");
            assertThat(b.added()).isEqualTo(60);
            assertThat(b.rowsRead()).isEqualTo(61);
        });
        StoredPerson abc = app.registrants()
                .list(eventId, RegistrantFilter.search("abc.jones"))
                .getFirst();
        assertThat(abc.registrant().choices()).containsExactly(7, null, null);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        List<String> before = snapshot();
        ImportResult again = app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        assertThat(again.batchId()).isEmpty();
        assertThat(again.preview().added()).isZero();
        assertThat(again.preview().count(RowFate.UPDATED)).isZero();
        // 60 people and one earlier registration of one of them: all unchanged.
        assertThat(again.preview().unchanged()).isEqualTo(61);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(app.registrantImport().batches(eventId)).hasSize(1);
    }

    @Test
    void aNewerExportAddsNewcomersAndUpdatesChangedAnswers() throws Exception {
        app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        List<List<Object>> rows = SampleDataWriter.formRows();
        List<Object> changed = new java.util.ArrayList<>(rows.get(1));
        changed.set(0, "2026/11/30 10:00:00");
        changed.set(10, SampleDataWriter.THEMES.get(1));
        rows.add(changed);
        rows.add(List.of("2026/11/30 11:00:00", "新井 光", "あらい ひかる", "", "", "", "市民", "hikaru.arai@example.jp"));
        Path newer = dir.resolve("registrants-2.xlsx");
        SampleDataWriter.writeFormWorkbook(newer, rows);

        ImportResult result = app.registrantImport().run(eventId, newer, Optional.empty(), false);
        assertThat(result.preview().added()).isEqualTo(1);
        assertThat(result.preview().count(RowFate.UPDATED)).isEqualTo(1);
        assertThat(people()).hasSize(61);
        String email = rows.get(1).get(7).toString();
        assertThat(app.registrants().list(eventId, RegistrantFilter.search(email)))
                .filteredOn(p -> p.registrant().email().equals(email))
                .singleElement()
                .satisfies(p -> assertThat(p.registrant().choice2()).isEqualTo(2));
    }

    @Test
    void undoTakesAWholeImportBack() throws Exception {
        app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        List<String> afterFirst = snapshot();
        List<List<Object>> rows = SampleDataWriter.formRows();
        List<Object> changed = new java.util.ArrayList<>(rows.get(1));
        changed.set(0, "2026/11/30 10:00:00");
        changed.set(10, SampleDataWriter.THEMES.get(1));
        rows.add(changed);
        rows.add(List.of("2026/11/30 11:00:00", "新井 光", "あらい ひかる", "", "", "", "市民", "hikaru.arai@example.jp"));
        Path newer = dir.resolve("registrants-2.xlsx");
        SampleDataWriter.writeFormWorkbook(newer, rows);
        ImportResult second = app.registrantImport().run(eventId, newer, Optional.empty(), false);

        SpreadsheetReaderTest.assertRefused(
                () -> app.registrantImport()
                        .undo(app.registrantImport().batches(eventId).getLast().id()),
                "registrant.undo.notLatest");
        ImportBatch undone = app.registrantImport().undo(second.batchId().orElseThrow());
        assertThat(undone.undone()).isTrue();
        List<String> now = snapshot();
        assertThat(now).hasSameSizeAs(afterFirst);
        // Same people with the same answers; only the time of the change moved for the restored one.
        assertThat(now.stream().map(s -> s.substring(0, s.lastIndexOf('|'))).toList())
                .isEqualTo(afterFirst.stream()
                        .map(s -> s.substring(0, s.lastIndexOf('|')))
                        .toList());

        app.registrantImport()
                .undo(app.registrantImport().batches(eventId).getLast().id());
        assertThat(people()).isEmpty();
    }

    @Test
    void aDryRunWritesNothing() {
        ImportResult result = app.registrantImport().run(eventId, workbook, Optional.empty(), true);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.preview().added()).isEqualTo(60);
        assertThat(people()).isEmpty();
        assertThat(app.registrantImport().batches(eventId)).isEmpty();
    }

    @Test
    void aBrokenFileChangesNothing() throws Exception {
        app.registrantImport().run(eventId, workbook, Optional.empty(), false);
        List<String> before = snapshot();
        byte[] whole = Files.readAllBytes(workbook);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 3));
        Path noHeader = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        SpreadsheetReaderTest.assertRefused(
                () -> app.registrantImport().run(eventId, truncated, Optional.empty(), false),
                "registrant.file.corrupt");
        SpreadsheetReaderTest.assertRefused(
                () -> app.registrantImport().run(eventId, noHeader, Optional.empty(), false),
                "registrant.file.noHeader");
        SpreadsheetReaderTest.assertRefused(
                () -> app.registrantImport().run(eventId, empty, Optional.empty(), false), "registrant.file.empty");
        SpreadsheetReaderTest.assertRefused(
                () -> app.registrantImport().run(eventId, workbook, Optional.of("ない"), false),
                "registrant.file.noSheet");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(app.registrantImport().batches(eventId)).hasSize(1);
    }

    @Test
    void remembersTheMappingChosenForTheSameHeaders() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "氏名,連絡用\n山田 太郎,taro@example.com\n", StandardCharsets.UTF_8);
        PreparedImport first = app.registrantImport().prepare(eventId, csv, Optional.empty());
        assertThat(first.preview().mapping().has(Field.EMAIL)).isFalse();
        PreparedImport chosen =
                app.registrantImport().remap(first, first.preview().mapping().with(1, Field.EMAIL));
        app.registrantImport().apply(chosen, RegistrantImport.Progress.NONE);

        Path next =
                Files.writeString(dir.resolve("b.csv"), "氏名,連絡用\n鈴木 花子,hanako@example.jp\n", StandardCharsets.UTF_8);
        PreparedImport second = app.registrantImport().prepare(eventId, next, Optional.empty());
        assertThat(second.mappingChosen()).isTrue();
        assertThat(second.preview().rows().getFirst().registrant().email()).isEqualTo("hanako@example.jp");
    }

    @Test
    void aSeatingFileSeatsEachPersonAtItsTable() throws Exception {
        Path seating = Files.writeString(
                dir.resolve("前回の座席.csv"),
                "table,name,reading,email\n3,山田 太郎,やまだ たろう,taro@example.com\n5,鈴木 花子,すずき はなこ,hanako@example.jp\n",
                StandardCharsets.UTF_8);
        app.registrantImport().run(eventId, seating, Optional.empty(), false);
        List<String> seats = app.database().read(c -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var s = c.createStatement();
                    var r = s.executeQuery("SELECT p.email, t.number FROM seat s JOIN person p ON p.id = s.person_id"
                            + " JOIN seating_table t ON t.id = s.table_id ORDER BY t.number")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "@" + r.getInt(2));
                }
            }
            return rows;
        });
        assertThat(seats).containsExactly("taro@example.com@3", "hanako@example.jp@5");
    }
}
