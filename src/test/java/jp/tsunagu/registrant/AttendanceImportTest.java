package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: an attendance column (出欠) is read by meaning like the other mark columns, stored as the
 * person's attendance through the venue day's attendance book, never over a check-in, and written
 * back by {@code export registrants}; the same from .xlsx, .xls and a CP932 CSV.
 */
class AttendanceImportTest {

    @TempDir
    Path dir;

    private Tsunagu app;
    private long eventId;

    @BeforeEach
    void open() {
        app = Tsunagu.open(dir.resolve("tsunagu.db"));
        eventId = newEvent("掛川マッチング交流会");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long newEvent(String name) {
        return app.events()
                .create(new EventDetails(name, LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
    }

    @Test
    void attendanceColumnsAreKnownByMeaning() {
        for (String header : List.of(
                "出欠", "出席", "参加", "当日参加", "出席予定", "ご参加の有無", "交流会にご出席されますか", "参加しますか？", "Attendance", "attendance")) {
            assertThat(HeaderCatalog.recognise(header)).as(header).isEqualTo(Field.ATTENDANCE);
        }
        // Another gathering's attendance is an extra answer; these name people, categories and themes.
        assertThat(HeaderCatalog.recognise("懇親会の出欠")).isEqualTo(Field.EXTRA);
        assertThat(HeaderCatalog.recognise("出席者名")).isNotEqualTo(Field.ATTENDANCE);
        assertThat(HeaderCatalog.recognise("参加者")).isEqualTo(Field.NAME);
        assertThat(HeaderCatalog.recognise("参加枠")).isEqualTo(Field.CATEGORY);
        assertThat(HeaderCatalog.recognise("参加希望テーマ")).isEqualTo(Field.CHOICES);
        assertThat(HeaderCatalog.recognise("参加希望テーマ [第1希望]")).isEqualTo(Field.CHOICE1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "○",
                "◯",
                "●",
                "✓",
                "レ",
                "該当",
                "有",
                "Yes",
                "1",
                "出席",
                "参加",
                "出席します",
                "参加予定",
                "",
                "-",
                "expected",
                "checked_in"
            })
    void answersThatMeanComing(String answer) {
        assertThat(AnswerParser.attending(answer)).as(answer).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"×", "✕", "無", "欠席", "不参加", "参加できません", "No", "0", "absent"})
    void answersThatMeanNotComing(String answer) {
        assertThat(AnswerParser.attending(answer)).as(answer).contains(false);
    }

    @Test
    void anAnswerThatIsNeitherIsUnread() {
        assertThat(AnswerParser.attending("未定")).isEmpty();
    }

    private static List<List<Object>> rows(String... answers) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("お名前", "ふりがな", "メールアドレス", "出欠"));
        String[][] people = {
            {"山田 太郎", "やまだ たろう", "taro@example.jp"},
            {"佐藤 花子", "さとう はなこ", "hanako@example.jp"},
            {"鈴木 一郎", "すずき いちろう", "ichiro@example.jp"},
            {"田中 恵", "たなか めぐみ", "megumi@example.jp"},
            {"伊藤 誠", "いとう まこと", "makoto@example.jp"},
            {"渡辺 彩", "わたなべ あや", "aya@example.jp"}
        };
        for (int i = 0; i < answers.length; i++) {
            rows.add(List.of(people[i][0], people[i][1], people[i][2], answers[i]));
        }
        return rows;
    }

    private Path file(String name, List<List<Object>> rows) throws Exception {
        byte[] bytes = name.endsWith(".xlsx")
                ? TestWorkbooks.xlsx(rows)
                : name.endsWith(".xls")
                        ? TestWorkbooks.xls(rows)
                        : TestWorkbooks.csv(
                                rows.stream()
                                                .map(r -> r.stream()
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining(",")))
                                                .collect(Collectors.joining("\r\n"))
                                        + "\r\n",
                                Charset.forName("windows-31j"));
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ImportResult importFile(Path file) {
        return app.registrantImport().run(eventId, file, Optional.empty(), false);
    }

    /** Attendance by email. */
    private Map<String, Attendance> attendance() {
        Map<Long, Attendance> byId = app.registrants().attendance(eventId);
        return app.registrants().list(eventId, RegistrantFilter.ALL).stream()
                .collect(Collectors.toMap(p -> p.registrant().email(), p -> byId.get(p.id())));
    }

    private long id(String email) {
        return app.registrants()
                .list(eventId, RegistrantFilter.search(email))
                .getFirst()
                .id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"申込.xlsx", "申込.xls", "申込.csv"})
    void theAttendanceColumnIsStoredAndExportedFromEveryFileKind(String name) throws Exception {
        ImportResult result = importFile(file(name, rows("○", "×", "欠席", "", "未定", "出席")));

        // The preview says which column became attendance.
        assertThat(result.preview().mapping().columns())
                .extracting(ColumnMapping.Column::header, ColumnMapping.Column::field)
                .contains(tuple("出欠", Field.ATTENDANCE));
        assertThat(attendance())
                .containsEntry("taro@example.jp", Attendance.EXPECTED)
                .containsEntry("hanako@example.jp", Attendance.ABSENT)
                .containsEntry("ichiro@example.jp", Attendance.ABSENT)
                .containsEntry("megumi@example.jp", Attendance.EXPECTED)
                .containsEntry("makoto@example.jp", Attendance.EXPECTED)
                .containsEntry("aya@example.jp", Attendance.EXPECTED);
        // "未定" is neither: a warning naming row and column, and the person stays expected.
        assertThat(result.preview().warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactly(tuple(6, "出欠", "registrant.warn.attendance"));
        // Absent people are neither seated nor printed.
        assertThat(app.registrants().present(eventId)).hasSize(4);

        // export registrants writes it back, and a new event reads it from the export.
        List<StoredPerson> people = app.registrants().list(eventId, RegistrantFilter.ALL);
        List<List<String>> out = RegistrantExport.rows(people, app.registrants().attendance(eventId), f -> f.key());
        int column = out.getFirst().indexOf("attendance");
        assertThat(column).isPositive();
        Map<String, String> exported = out.subList(1, out.size()).stream()
                .collect(Collectors.toMap(r -> r.get(out.getFirst().indexOf("email")), r -> r.get(column)));
        assertThat(exported).containsEntry("hanako@example.jp", "absent").containsEntry("taro@example.jp", "expected");
        Path export = dir.resolve("export.csv");
        RegistrantExport.write(export, out);
        eventId = newEvent("次回");
        importFile(export);
        assertThat(attendance())
                .containsEntry("hanako@example.jp", Attendance.ABSENT)
                .containsEntry("ichiro@example.jp", Attendance.ABSENT)
                .containsEntry("taro@example.jp", Attendance.EXPECTED);
    }

    @Test
    void aReImportNeverUndoesTheDesksCheckInOrAbsence() throws Exception {
        importFile(file("第1版.xlsx", rows("○", "○", "○", "○")));
        long taro = id("taro@example.jp");
        long hanako = id("hanako@example.jp");
        long ichiro = id("ichiro@example.jp");
        app.venue().checkIn(eventId, taro);
        app.venue().markAbsent(eventId, ichiro);
        app.seats().seat(eventId, hanako, 2);

        // The newer list says Taro and Hanako are not coming, and Ichiro is.
        ImportResult second = importFile(file("第2版.xlsx", rows("×", "欠席", "出席", "○")));

        assertThat(attendance())
                .containsEntry("taro@example.jp", Attendance.CHECKED_IN)
                .containsEntry("hanako@example.jp", Attendance.ABSENT)
                .containsEntry("ichiro@example.jp", Attendance.ABSENT)
                .containsEntry("megumi@example.jp", Attendance.EXPECTED);
        // Hanako's seat is freed, as at the desk; the kept ones are said, row and column.
        assertThat(app.seats().of(eventId)).doesNotContainKey(hanako);
        assertThat(second.preview().warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactlyInAnyOrder(
                        tuple(2, "出欠", "registrant.warn.checkedInKept"), tuple(4, "出欠", "registrant.warn.absentKept"));
        assertThat(second.preview().rows())
                .extracting(RowOutcome::row, RowOutcome::fate)
                .containsExactly(
                        tuple(2, RowFate.UNCHANGED),
                        tuple(3, RowFate.UPDATED),
                        tuple(4, RowFate.UNCHANGED),
                        tuple(5, RowFate.UNCHANGED));

        // Undoing the import puts Hanako back to expected; Taro's check-in stays.
        app.registrantImport().undo(second.batchId().orElseThrow());
        assertThat(attendance())
                .containsEntry("taro@example.jp", Attendance.CHECKED_IN)
                .containsEntry("hanako@example.jp", Attendance.EXPECTED)
                .containsEntry("ichiro@example.jp", Attendance.ABSENT);

        // The same file again changes nothing at all.
        ImportResult again = importFile(file("第1版.xlsx", rows("○", "○", "○", "○")));
        assertThat(again.preview().changesSomething()).isFalse();
    }
}
