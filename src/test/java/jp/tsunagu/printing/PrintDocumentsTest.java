package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrintDocumentsTest {
    private final PrintableEvent event = PrintSamples.withLongNames(60);
    private final PrintDocuments documents = new PrintDocuments(PrintText.japanese());

    private PdfReadBack print(PrintKind kind, PrintOptions options) {
        return PdfReadBack.of(out -> documents.write(kind, event, options, out));
    }

    private PdfReadBack print(PrintKind kind) {
        return print(kind, PrintOptions.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(PrintKind.class)
    void everyDocumentEmbedsTheFontAsASubsetAndKeepsItsTextOnThePage(PrintKind kind) {
        PdfReadBack pdf = print(kind);

        assertThat(pdf.fontNames()).isNotEmpty().allSatisfy(name -> assertThat(name)
                .matches("[A-Z]{6}\\+BIZUDPGothic.*"));
        for (int page = 0; page < Math.min(3, pdf.pages()); page++) {
            long[] size = pdf.pageSizeMm(page);
            for (PdfReadBack.Glyph g : pdf.glyphs(page)) {
                assertThat(g.xMm()).as("%s page %d: %s", kind, page, g.text()).isBetween(5.0, size[0] - 5.0);
                assertThat(g.rightMm())
                        .as("%s page %d: %s", kind, page, g.text())
                        .isLessThanOrEqualTo(size[0] - 5.0);
                assertThat(g.baselineMm())
                        .as("%s page %d: %s", kind, page, g.text())
                        .isBetween(5.0, size[1] - 3.0);
            }
        }
    }

    @Test
    void tentsAreOnePersonPerA4LandscapeSheetWithTheNameOnBothHalves() {
        PdfReadBack pdf = print(PrintKind.TENTS);

        assertThat(pdf.pages()).isEqualTo(event.people().size());
        assertThat(pdf.pageSizeMm(0)).containsExactly(297, 210);
        List<PrintablePerson> order = NameCardSheet.ordered(event, CardOrder.TABLE);
        String firstPage = pdf.text(0);
        String name = order.getFirst().name().replace(" ", "");
        // The name appears twice: once the right way up on the near half, once upside down on the far half.
        List<PdfReadBack.Glyph> nameGlyphs = pdf.glyphs(0).stream()
                .filter(g -> g.sizePt() > 40 && name.contains(g.text()))
                .toList();
        assertThat(nameGlyphs).hasSize(2 * name.length());
        assertThat(firstPage).contains(order.getFirst().organisation());
    }

    @Test
    void signsAreOneA4LandscapePageForEachTableWithItsHosts() {
        PdfReadBack pdf = print(PrintKind.SIGNS);

        assertThat(pdf.pages()).isEqualTo(7);
        assertThat(pdf.pageSizeMm(0)).containsExactly(297, 210);
        for (int i = 0; i < 7; i++) {
            PrintableTable table = event.tables().get(i);
            String text = pdf.text(i).replace("\n", "");
            assertThat(text)
                    .contains(table.advisor().orElseThrow().name())
                    .contains(table.facilitator().orElseThrow().name())
                    .contains("アドバイザー")
                    .contains("ファシリテーター");
        }
    }

    @Test
    void worksheetsAreA3LandscapeByDefaultWithMembersTheirAnswersAndTheThreeBoxes() {
        PdfReadBack pdf = print(PrintKind.WORKSHEETS);

        assertThat(pdf.pages()).isEqualTo(7);
        assertThat(pdf.pageSizeMm(0)).containsExactly(420, 297);
        String table1 = pdf.text(0).replace("\n", "");
        assertThat(table1).contains("共通の関心点", "生まれたつながりの芽", "次の一歩（任意）", "今の課題・関心", "不足している資源", "提供できること");
        for (PrintablePerson p : event.at(1)) {
            if (!p.role().isHost()) {
                assertThat(table1).contains(p.name());
            }
        }
        assertThat(table1).contains(PrintSamples.TEN_CHARACTER_NAME).contains("専門家とのつながり");
    }

    @Test
    void worksheetsCanBeA4() {
        PdfReadBack pdf = print(PrintKind.WORKSHEETS, PrintOptions.DEFAULT.withWorksheetPaper(PaperSize.A4));

        assertThat(pdf.pages()).isEqualTo(7);
        assertThat(pdf.pageSizeMm(0)).containsExactly(297, 210);
    }

    @Test
    void theReceptionListHasEveryoneInGojuonOrderAndPageXofY() {
        PdfReadBack pdf = print(PrintKind.ROSTER);
        List<PrintablePerson> expected = ReceptionList.ordered(event);

        assertThat(pdf.pageSizeMm(0)).containsExactly(210, 297);
        int pages = pdf.pages();
        assertThat(pages).isEqualTo((expected.size() + 24) / 25);
        StringBuilder all = new StringBuilder();
        for (int p = 0; p < pages; p++) {
            String text = pdf.text(p);
            assertThat(text).contains((p + 1) + " / " + pages + " ページ").contains("受付名簿");
            all.append(text);
        }
        // Every person once, in the list's order.
        String text = all.toString();
        int at = -1;
        for (PrintablePerson person : expected) {
            int found = text.indexOf(person.name(), at + 1);
            assertThat(found).as("%s after position %d", person.name(), at).isGreaterThan(at);
            at = found;
        }
        assertThat(expected.getFirst().reading()).startsWith("い");
    }

    @Test
    void theSeatingChartPutsAllSevenTablesOnOneA3Page() {
        PdfReadBack pdf = print(PrintKind.SEATING_CHART);

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.pageSizeMm(0)).containsExactly(420, 297);
        String text = pdf.text(0);
        for (PrintablePerson p : event.people()) {
            if (p.seated()) {
                assertThat(text).contains(p.name());
            }
        }
    }

    @Test
    void theSeatingChartGoesOnToMorePagesWhenThereAreMoreTables() {
        List<PrintableTable> tables = new ArrayList<>(event.tables());
        for (int n = 8; n <= 12; n++) {
            tables.add(new PrintableTable(n, "テーマ " + n, "#336699", null, null));
        }
        PrintableEvent big = new PrintableEvent(event.name(), event.date(), event.venue(), tables, event.people());
        PdfReadBack pdf =
                PdfReadBack.of(out -> documents.write(PrintKind.SEATING_CHART, big, PrintOptions.DEFAULT, out));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.text(1)).contains("テーマ 12").contains("2 / 2");
    }

    @Test
    void inEnglishTheHeadingsAreEnglish() {
        PrintDocuments english = new PrintDocuments(new PrintText(Locale.ENGLISH));
        PdfReadBack pdf = PdfReadBack.of(out -> english.write(PrintKind.WORKSHEETS, event, PrintOptions.DEFAULT, out));

        assertThat(pdf.text(0))
                .contains("Common interests")
                .contains("Seeds of connection")
                .doesNotContain("共通の関心点");
    }

    @Test
    void nothingToPrintStillGivesAValidOnePagePdf() {
        PrintableEvent empty = new PrintableEvent("交流会", null, "", List.of(), List.of());
        PdfReadBack pdf = PdfReadBack.of(out -> documents.write(PrintKind.NAMECARDS, empty, PrintOptions.DEFAULT, out));

        assertThat(pdf.pages()).isEqualTo(1);
    }
}
