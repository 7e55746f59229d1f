package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.tsunagu.event.DefaultThemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12's print findings, each read back from the PDF: sizes, positions, text, the viewer preference. */
class PrintedAsTriedTest {
    private final PrintDocuments documents = new PrintDocuments(new PrintText(Locale.JAPANESE));

    private PdfReadBack print(PrintKind kind, PrintableEvent event, PrintOptions options) {
        return PdfReadBack.of(out -> documents.write(kind, event, options, out));
    }

    private static double yamadaRow(List<PdfReadBack.Glyph> glyphs) {
        return glyphs.stream()
                .filter(g -> g.text().equals("山"))
                .mapToDouble(PdfReadBack.Glyph::baselineMm)
                .min()
                .orElseThrow();
    }

    /** With {@code -Dprint.look=DIR}, keeps the PDF there to render and look at. */
    private static void lookAt(PdfReadBack pdf, String name) {
        String dir = System.getProperty("print.look");
        if (dir != null) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
                java.nio.file.Files.write(java.nio.file.Path.of(dir, name + ".pdf"), pdf.bytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The sample event with every participant moved to table 1. */
    private static PrintableEvent allAtTableOne(int participants) {
        PrintableEvent base = PrintSamples.kakegawa(participants);
        List<PrintablePerson> people = new ArrayList<>();
        for (PrintablePerson p : base.people()) {
            people.add(
                    p.role().isHost()
                            ? p
                            : new PrintablePerson(
                                    p.name(),
                                    p.reading(),
                                    p.readingGuessed(),
                                    p.organisation(),
                                    p.title(),
                                    1,
                                    p.role(),
                                    p.challenges(),
                                    p.missingResources(),
                                    p.offers()));
        }
        return new PrintableEvent(base.name(), base.date(), base.venue(), base.tables(), people);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A3", "A4"})
    void aWorksheetFor150PeopleAtOneTableContinuesOnFurtherPagesWithNothingTooSmall(String paperName) {
        PaperSize paper = paperName.equals("A3") ? PaperSize.A3 : PaperSize.A4;
        PrintableEvent event = allAtTableOne(150);
        PdfReadBack pdf = print(PrintKind.WORKSHEETS, event, PrintOptions.DEFAULT.withWorksheetPaper(paper));

        int tables = event.tables().size();
        assertThat(pdf.pages()).isGreaterThan(tables + 3); // table 1 runs over several pages
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < pdf.pages(); page++) {
            for (PdfReadBack.Glyph g : pdf.glyphs(page)) {
                assertThat(g.sizePt()).as("%s on page %d", g.text(), page + 1).isGreaterThanOrEqualTo(7 - 1e-3);
                if (g.font().contains("Bold")) {
                    // names (and every heading) are bold: never below 9 pt
                    assertThat(g.sizePt())
                            .as("%s on page %d", g.text(), page + 1)
                            .isGreaterThanOrEqualTo(9 - 1e-3);
                }
                assertThat(g.xMm()).isBetween(0.0, paper.heightMm());
            }
            all.append(pdf.text(page).replace("\n", "").replace(" ", ""));
        }
        for (PrintablePerson p : event.people()) {
            if (!p.role().isHost()) {
                assertThat(all).contains(p.name().replace(" ", ""));
            }
        }
        assertThat(pdf.text(1)).contains("2/");
    }

    @ParameterizedTest
    @EnumSource(PrintKind.class)
    void everyDocumentAsksViewersToPrintAtActualSize(PrintKind kind) {
        PdfReadBack pdf = print(kind, PrintSamples.kakegawa(14), PrintOptions.DEFAULT);
        assertThat(pdf.printScaling()).isEqualTo("None");
    }

    @Test
    void whiteTextOnEveryDefaultThemeColourReachesFourAndAHalfToOne() {
        for (int n = 1; n <= 10; n++) {
            String hex = DefaultThemes.colour(n);
            ThemeColour c = ThemeColour.parse(hex);
            assertThat(ThemeColour.contrast(c.textOn(), c.color())).as(hex).isGreaterThanOrEqualTo(4.5);
            assertThat(ThemeColour.contrast(java.awt.Color.WHITE, c.onWhite()))
                    .as(hex)
                    .isGreaterThanOrEqualTo(4.5);
        }
        ThemeColour orange = ThemeColour.parse("#D9822B");
        assertThat(orange.textOn()).isEqualTo(java.awt.Color.WHITE);
    }

    private static final String LATIN = "Maximilian Alexander von Hohenberg";
    private static final String KATAKANA = "アレクサンドル・ドミトリエヴィチ・ストロガノフ";

    @ParameterizedTest
    @ValueSource(strings = {LATIN, KATAKANA})
    void aLongNameWrapsAtAWordOnCardsBeforeItShrinksAndIsNeverSmallerThanTheOrganisation(String name) {
        PrintableEvent base = PrintSamples.kakegawa(0);
        List<PrintablePerson> people =
                List.of(new PrintablePerson(name, "", false, "株式会社掛川茶園", "", 1, PersonRole.PARTICIPANT, "", "", ""));
        PrintableEvent event = new PrintableEvent(base.name(), base.date(), base.venue(), base.tables(), people);
        PdfReadBack pdf = print(PrintKind.NAMECARDS, event, PrintOptions.DEFAULT);

        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        double orgSize = glyphs.stream()
                .filter(g -> g.text().equals("茶"))
                .mapToDouble(PdfReadBack.Glyph::sizePt)
                .max()
                .orElseThrow();
        // The name's glyphs are the bold ones larger than the organisation's; grouped by baseline they are its lines.
        Map<Long, String> lines = new TreeMap<>();
        for (PdfReadBack.Glyph g : glyphs) {
            if (g.font().contains("Bold") && g.sizePt() > 11) {
                lines.merge(Math.round(g.baselineMm()), g.text(), String::concat);
                assertThat(g.sizePt()).isGreaterThanOrEqualTo(orgSize);
            }
        }
        assertThat(lines).hasSize(2);
        List<String> drawn = new ArrayList<>(lines.values());
        String joined = String.join(name.contains("・") ? "" : " ", drawn);
        assertThat(joined.replace(" ", "")).isEqualTo(name.replace(" ", ""));
        // Broken at a space or after 「・」, never inside a word.
        String first = drawn.get(0).strip();
        assertThat(first.endsWith("・") || name.startsWith(first + " "))
                .as(first)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {LATIN, KATAKANA})
    void aLongNameWrapsOnTheReceptionListInATallerRowAndIsNeverSmallerThanTheOrganisation(String name) {
        PrintableEvent base = PrintSamples.kakegawa(0);
        List<PrintablePerson> people = List.of(
                new PrintablePerson(name, "", false, "株式会社掛川茶園", "", 1, PersonRole.PARTICIPANT, "", "", ""),
                // No reading either: by name, after the long one.
                PrintablePerson.participant("山田 太郎", "", "株式会社掛川茶園", 2));
        PrintableEvent event = new PrintableEvent(base.name(), base.date(), base.venue(), base.tables(), people);
        PdfReadBack pdf = print(PrintKind.ROSTER, event, PrintOptions.DEFAULT);
        lookAt(pdf, "roster-" + name.length());

        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        double orgSize = glyphs.stream()
                .filter(g -> g.text().equals("茶"))
                .mapToDouble(PdfReadBack.Glyph::sizePt)
                .min()
                .orElseThrow();
        // The long name's lines: bold glyphs of the name below the column heads, grouped by baseline.
        String letters = name.replace(" ", "");
        Map<Long, String> lines = new TreeMap<>();
        for (PdfReadBack.Glyph g : glyphs) {
            boolean inRows = g.baselineMm() > 40 && g.baselineMm() < yamadaRow(glyphs) - 3;
            if (g.font().contains("Bold") && !g.text().isBlank() && letters.contains(g.text()) && inRows) {
                lines.merge(Math.round(g.baselineMm() * 2), g.text(), String::concat);
                assertThat(g.sizePt()).as(g.text()).isGreaterThanOrEqualTo(orgSize);
            }
        }
        assertThat(lines).hasSize(2);
        List<String> drawn = new ArrayList<>(lines.values());
        assertThat(String.join("", drawn)).isEqualTo(letters);
        String first = drawn.get(0);
        assertThat(first.endsWith("・") || name.replace(" ", "").startsWith(first) && name.contains(" "))
                .as(first)
                .isTrue();
        // The second row starts below both lines of the first: 山田 is drawn under the long name.
        double lastLine = glyphs.stream()
                .filter(g -> g.font().contains("Bold")
                        && g.baselineMm() > 40
                        && drawn.get(1).contains(g.text()))
                .filter(g -> g.baselineMm() < yamadaRow(glyphs) - 3)
                .mapToDouble(PdfReadBack.Glyph::baselineMm)
                .max()
                .orElseThrow();
        assertThat(yamadaRow(glyphs)).isGreaterThan(lastLine + 4);
    }

    @Test
    void theFacilitatorsCardHasNoHonorificAndAParticipantsHasOne() {
        PrintableEvent event = PrintSamples.kakegawa(7);
        PdfReadBack pdf = print(PrintKind.NAMECARDS, event, PrintOptions.DEFAULT);
        String text = pdf.allText();
        for (PrintablePerson p : event.people()) {
            String name = p.name();
            String line = text.lines()
                    .filter(l -> l.replace(" ", "").contains(name.replace(" ", "")))
                    .findFirst()
                    .orElseThrow();
            if (p.role() == PersonRole.FACILITATOR) {
                assertThat(line).as(name).doesNotContain("様");
            } else {
                assertThat(line).as(name).contains("様");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4-10-91x55", "A4-12-86x42"})
    void namesOnEveryLabelSheetKeepTheirProportions(String sheetName) {
        LabelSheet sheet = LabelSheet.named(sheetName);
        PrintOptions options =
                PrintOptions.DEFAULT.withCards(new NameCardOptions(CardOrder.TABLE, true, 1, sheet, Calibration.NONE));
        PdfReadBack pdf = print(PrintKind.NAMECARDS, PrintSamples.kakegawa(20), options);
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        assertThat(glyphs).isNotEmpty();
        for (PdfReadBack.Glyph g : glyphs) {
            assertThat(g.aspect()).as(g.text()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.02));
        }
        // Every card's text stays inside its label.
        for (PdfReadBack.Glyph g : glyphs) {
            boolean inside = false;
            for (int i = 0; i < sheet.labelsPerSheet(); i++) {
                Box label = sheet.label(i);
                inside |= g.xMm() >= label.x() - 0.01
                        && g.rightMm() <= label.right() + 0.01
                        && g.topMm() >= label.y() - 0.01
                        && g.baselineMm() <= label.bottom() + 0.01;
            }
            assertThat(inside)
                    .as("%s at %.1f, %.1f", g.text(), g.xMm(), g.baselineMm())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4-10-91x55", "A4-12-86x42"})
    void theCalibrationInstructionsDoNotCoverTheOutlinesOfLabelsOneToFour(String sheetName) {
        LabelSheet sheet = LabelSheet.named(sheetName);
        PrintOptions options =
                PrintOptions.DEFAULT.withCards(new NameCardOptions(CardOrder.TABLE, true, 1, sheet, Calibration.NONE));
        PdfReadBack pdf = print(PrintKind.CALIBRATION, PrintSamples.kakegawa(0), options);
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        assertThat(pdf.text(0)).contains("20 − 測った値");
        for (int i = 0; i < 4; i++) {
            Box label = sheet.label(i);
            for (PdfReadBack.Glyph g : glyphs) {
                double left = g.xMm();
                double right = g.rightMm();
                double top = g.topMm();
                double bottom = g.baselineMm() + g.sizePt() * TextFit.DESCENT * TextFit.MM_PER_PT;
                boolean overlapsY = bottom > label.y() && top < label.bottom();
                boolean overlapsX = right > label.x() && left < label.right();
                boolean crossesVertical = overlapsY
                        && ((left < label.x() && right > label.x()) || (left < label.right() && right > label.right()));
                boolean crossesHorizontal = overlapsX
                        && ((top < label.y() && bottom > label.y())
                                || (top < label.bottom() && bottom > label.bottom()));
                assertThat(crossesVertical || crossesHorizontal)
                        .as("%s at %.1f, %.1f over label %d", g.text(), left, g.baselineMm(), i + 1)
                        .isFalse();
            }
        }
    }

    @Test
    void aCharacterTheMainFontLacksIsDrawnFromTheFallbackAndNotDropped() {
        PrintableEvent base = PrintSamples.kakegawa(0);
        List<PrintablePerson> people = List.of(
                new PrintablePerson("𠮷田 太郎", "よしだ たろう", false, "𠮷野家商店", "", 1, PersonRole.PARTICIPANT, "", "", ""));
        PrintableEvent event = new PrintableEvent(base.name(), base.date(), base.venue(), base.tables(), people);
        for (PrintKind kind : List.of(PrintKind.NAMECARDS, PrintKind.TENTS, PrintKind.ROSTER, PrintKind.WORKSHEETS)) {
            PdfReadBack pdf = print(kind, event, PrintOptions.DEFAULT);
            List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
            List<PdfReadBack.Glyph> yoshi =
                    glyphs.stream().filter(g -> g.text().equals("𠮷")).toList();
            assertThat(yoshi).as(kind.name()).hasSizeGreaterThanOrEqualTo(2); // the name and the organisation
            assertThat(yoshi).allSatisfy(g -> assertThat(g.font()).contains("NotoSansJP"));
            assertThat(glyphs.stream().filter(g -> g.text().equals("田")).toList())
                    .allSatisfy(g -> assertThat(g.font()).contains("BIZUDP"));
            // 𠮷 sits right before 田, a full em apart: nothing overlaps, nothing is re-centred without it.
            for (PdfReadBack.Glyph g : yoshi) {
                PdfReadBack.Glyph next = glyphs.get(glyphs.indexOf(g) + 1);
                assertThat(next.text()).isIn("田", "野");
                assertThat(next.xMm()).isGreaterThanOrEqualTo(g.xMm() + g.widthMm() * 0.9);
            }
        }
        assertThat(pdfFontNames(PrintKind.NAMECARDS, PrintSamples.kakegawa(7)))
                .noneMatch(f -> f.contains("NotoSansJP")); // embedded only where needed
    }

    private java.util.Set<String> pdfFontNames(PrintKind kind, PrintableEvent event) {
        return print(kind, event, PrintOptions.DEFAULT).fontNames();
    }

    @Test
    void aCharacterNoBundledFontHasIsFound() {
        assertThat(PrintFonts.get().missing("𠮷田 髙橋 﨑")).isEmpty();
        assertThat(PrintFonts.get().missing("山田😀花子😀")).isEqualTo("😀");
    }
}
