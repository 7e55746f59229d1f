package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.StaffRole;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hosts with readings and titles, stored and printed: 五十音順 among everyone, titles shown, no 様 for the YEG. */
class HostsPrintedTest {
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
        events.putStaff(eventId, 1, StaffRole.ADVISOR, new StaffDetails("大石 健一", "静岡県立大学", "", "おおいし けんいち", "特任教授"));
        events.putStaff(eventId, 1, StaffRole.FACILITATOR, new StaffDetails("戸塚 彩", "掛川商工会議所青年部", "", "とつか あや", "副会長"));
        events.putStaff(eventId, 2, StaffRole.ADVISOR, new StaffDetails("松本 誠", "JA掛川", "", "まつもと まこと", ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PdfReadBack print(PrintKind kind) throws Exception {
        Path file = folder.resolve(kind.name() + ".pdf");
        printing.print(eventId, kind, PrintOptions.DEFAULT, Locale.JAPANESE, file);
        byte[] bytes = Files.readAllBytes(file);
        return PdfReadBack.of(out -> out.writeBytes(bytes));
    }

    @Test
    void aHostsReadingAndTitleAreStoredAndKeptWhenTheTableIsEdited() {
        var table = events.plan(eventId).tables().getFirst();
        assertThat(table.advisor().orElseThrow().reading()).isEqualTo("おおいし けんいち");
        assertThat(table.advisor().orElseThrow().title()).isEqualTo("特任教授");
        assertThat(jp.tsunagu.event.TableEdit.of(table)
                        .facilitator()
                        .orElseThrow()
                        .title())
                .isEqualTo("副会長");
    }

    @Test
    void theReceptionListSortsHostsAmongEveryoneInGojuonOrder() throws Exception {
        PdfReadBack pdf = print(PrintKind.ROSTER);
        String text = pdf.allText().replace(" ", "");
        // いとう, おおいし (advisor), さとう, とつか (facilitator), まつもと (advisor), やまだ.
        List<String> expected = List.of("伊藤誠", "大石健一", "佐藤花子", "戸塚彩", "松本誠", "山田太郎");
        List<String> drawn =
                expected.stream().sorted(Comparator.comparingInt(text::indexOf)).toList();
        expected.forEach(name -> assertThat(text).contains(name));
        assertThat(drawn).containsExactlyElementsOf(expected);
        assertThat(text).as("the host's title follows the organisation").contains("静岡県立大学特任教授");
    }

    @Test
    void cardsPrintTheHostsReadingAndTitleAndNoHonorificForTheFacilitator() throws Exception {
        PdfReadBack pdf = print(PrintKind.NAMECARDS);
        String text = pdf.allText();
        String compact = text.replace(" ", "");
        assertThat(compact).contains("おおいしけんいち").contains("特任教授").contains("副会長");
        String facilitator = text.lines()
                .filter(l -> l.replace(" ", "").contains("戸塚彩"))
                .findFirst()
                .orElseThrow();
        assertThat(facilitator).doesNotContain("様");
        String advisor = text.lines()
                .filter(l -> l.replace(" ", "").contains("大石健一"))
                .findFirst()
                .orElseThrow();
        assertThat(advisor).contains("様");
    }

    @Test
    void signsAndWorksheetsGiveTheHostsTitle() throws Exception {
        for (PrintKind kind : List.of(PrintKind.SIGNS, PrintKind.WORKSHEETS)) {
            String text = print(kind).allText().replace(" ", "");
            assertThat(text).as(kind.name()).contains("特任教授").contains("副会長");
        }
    }

    @Test
    void theWorksheetHeaderGivesEachHostALineWithTheNameLargeAndTheOrganisationSmaller() throws Exception {
        PdfReadBack pdf = print(PrintKind.WORKSHEETS);
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        PdfReadBack.Glyph advisorName = first(glyphs, "大石");
        PdfReadBack.Glyph advisorOrg = first(glyphs, "静岡県立大学");
        PdfReadBack.Glyph facilitatorName = first(glyphs, "戸塚");
        PdfReadBack.Glyph facilitatorOrg = first(glyphs, "掛川商工会議所青年部");

        assertThat(facilitatorName.baselineMm() - advisorName.baselineMm())
                .as("the facilitator has a line of their own below the advisor")
                .isGreaterThan(advisorName.sizePt() * TextFit.MM_PER_PT);
        for (var pair : List.of(List.of(advisorName, advisorOrg), List.of(facilitatorName, facilitatorOrg))) {
            PdfReadBack.Glyph name = pair.get(0);
            PdfReadBack.Glyph org = pair.get(1);
            assertThat(name.sizePt()).as("a host's name is large on A3").isGreaterThanOrEqualTo(14);
            assertThat(org.sizePt())
                    .as("the organisation is smaller than the name")
                    .isLessThan(name.sizePt());
            assertThat(org.xMm()).as("the organisation follows the name").isGreaterThan(name.rightMm());
            assertThat(Math.abs(org.baselineMm() - name.baselineMm()))
                    .as("on the name's own line")
                    .isLessThan(name.sizePt() * TextFit.MM_PER_PT);
        }
        String header = pdf.text(0).lines().limit(6).reduce("", String::concat);
        assertThat(header).doesNotContain("（（").doesNotContain("((").doesNotContain("（静岡");
    }

    /** The first glyph of the first place where these characters are drawn one after another. */
    private static PdfReadBack.Glyph first(List<PdfReadBack.Glyph> glyphs, String text) {
        List<PdfReadBack.Glyph> drawn =
                glyphs.stream().filter(g -> !g.text().isBlank()).toList();
        for (int i = 0; i + text.length() <= drawn.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < i + text.length(); j++) {
                run.append(drawn.get(j).text());
            }
            if (run.toString().equals(text)) {
                return drawn.get(i);
            }
        }
        throw new AssertionError("not drawn: " + text);
    }
}
