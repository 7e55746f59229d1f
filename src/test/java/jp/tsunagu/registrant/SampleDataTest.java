package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files in sample-data/ show the awkward cases they promise (regenerated here, read back). */
class SampleDataTest {

    @TempDir
    static Path dir;

    private static ReadingGuesser guesser;
    private static ImportPreviewer previewer;
    private final SpreadsheetReader reader = new SpreadsheetReader();

    @BeforeAll
    static void write() throws Exception {
        SampleDataWriter.main(new String[] {dir.toString()});
        guesser = new ReadingGuesser();
        previewer = new ImportPreviewer(new FontCoverage(), guesser);
    }

    @AfterAll
    static void stop() {
        guesser.close();
    }

    private ImportPreview preview(String file) {
        return previewer.preview(
                reader.read(dir.resolve(file)), Optional.empty(), Optional.empty(), TestWorkbooks.KAKEGAWA, List.of());
    }

    private static List<String> keys(ImportPreview p, int row) {
        return p.warnings().stream()
                .filter(w -> w.row() == row)
                .map(w -> w.reason().key())
                .toList();
    }

    @Test
    void theFormWorkbookHoldsSixtyPeopleAndItsAwkwardCases() {
        ImportPreview p = preview("registrants.xlsx");
        assertThat(p.kind()).isEqualTo(FileKind.XLSX);
        assertThat(p.rowsRead()).isEqualTo(61);
        assertThat(p.added()).isEqualTo(60);
        assertThat(p.rows())
                .filteredOn(r -> r.fate() == RowFate.SUPERSEDED)
                .extracting(RowOutcome::row, RowOutcome::supersededBy)
                .containsExactly(tuple(6, 58));
        Registrant abc = p.rows().stream()
                .filter(r -> r.row() == 59)
                .findFirst()
                .orElseThrow()
                .registrant();
        assertThat(abc.name()).isEqualTo("ABC ジョーンズ");
        assertThat(abc.email()).isEqualTo("abc.jones@example.com");
        assertThat(abc.phone()).isEqualTo("090-1234-5678");
        assertThat(abc.choices()).containsExactly(7, null, null);
        assertThat(keys(p, 59)).contains("registrant.warn.themeRepeated");
        assertThat(p.duplicates()).extracting(PossibleDuplicate::rows).containsExactly(List.of(2, 60));
        assertThat(keys(p, 61)).contains("registrant.warn.noTheme", "registrant.warn.phoneRepaired");
        assertThat(keys(p, 62)).doesNotContain("registrant.warn.glyph"); // 𠮷 prints from the fallback font
        assertThat(p.rejections()).isEmpty();
    }

    @Test
    void theTicketCsvIsShiftJisInATicketingLayout() {
        ImportPreview p = preview("tickets-cp932.csv");
        assertThat(p.encoding()).contains("Shift_JIS");
        assertThat(p.added()).isEqualTo(12);
        assertThat(p.mapping().column(Field.NAME).orElseThrow().header()).isEqualTo("購入者氏名");
        assertThat(p.mapping().column(Field.READING).orElseThrow().header()).isEqualTo("購入者氏名（カナ）");
        assertThat(p.rows().stream().filter(r -> r.registrant().yeg()).count()).isEqualTo(2);
        assertThat(p.warnings())
                .extracting(RowIssue::row, i -> i.reason().key(), RowIssue::args)
                .contains(tuple(8, "registrant.warn.theme", List.of("観光")));
        assertThat(p.rows().get(2).registrant().extras().get("主催者へのメッセージ")).contains("\n");
    }

    @Test
    void theLegacyRosterHasItsHeaderOnRowThreeAndATotalAtTheFoot() {
        ImportPreview p = preview("legacy-roster.xls");
        assertThat(p.kind()).isEqualTo(FileKind.XLS);
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.rowsRead()).isEqualTo(8);
        assertThat(p.rejections())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactly(tuple(10, "氏名", "registrant.row.noName"));
        assertThat(p.rows().getFirst().registrant().extras()).containsEntry("No.", "1");
    }
}
