package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameCardSheetTest {
    private final NameCardSheet cards = new NameCardSheet(PrintText.japanese());

    private PdfReadBack print(PrintableEvent event, NameCardOptions options) {
        return PdfReadBack.of(out -> cards.write(event, options, out));
    }

    /** The characters drawn inside one label box (with a little tolerance), as one string. */
    private static String textIn(List<PdfReadBack.Glyph> glyphs, Box box) {
        StringBuilder s = new StringBuilder();
        for (PdfReadBack.Glyph g : glyphs) {
            double cx = g.xMm() + g.widthMm() / 2;
            if (cx > box.x() && cx < box.right() && g.baselineMm() > box.y() && g.baselineMm() < box.bottom()) {
                s.append(g.text());
            }
        }
        return s.toString();
    }

    @Test
    void tenCardsFillEachA4SheetAndTheRestGoOnTheNext() {
        PrintableEvent event = PrintSamples.kakegawa(9); // 14 hosts + 9 participants = 23 cards
        PdfReadBack pdf = print(event, NameCardOptions.DEFAULT);

        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.pageSizeMm(0)).containsExactly(210, 297);
    }

    @Test
    void cardsComeInTableOrderHostsFirstEachOnItsLabel() {
        PrintableEvent event = PrintSamples.kakegawa(30);
        PdfReadBack pdf = print(event, NameCardOptions.DEFAULT);
        List<PrintablePerson> expected = NameCardSheet.ordered(event, CardOrder.TABLE);
        LabelSheet sheet = LabelSheet.A4_10UP_91x55;

        for (int i = 0; i < expected.size(); i++) {
            List<PdfReadBack.Glyph> glyphs = pdf.glyphs(i / 10);
            String onLabel = textIn(glyphs, sheet.label(i % 10));
            assertThat(onLabel).as("label %d", i).contains(expected.get(i).name());
        }
        assertThat(expected.getFirst().role()).isEqualTo(PersonRole.ADVISOR);
        assertThat(expected.get(1).role()).isEqualTo(PersonRole.FACILITATOR);
        assertThat(expected.getFirst().tableNumber()).isEqualTo(1);
        assertThat(expected.getLast().tableNumber()).as("unseated last").isNull();
    }

    @Test
    void byReadingTheCardsFollowTheGojuonOrder() {
        PrintableEvent event = PrintSamples.kakegawa(20);
        PdfReadBack pdf = print(event, NameCardOptions.DEFAULT.withOrder(CardOrder.READING));
        String first = textIn(pdf.glyphs(0), LabelSheet.A4_10UP_91x55.label(0));
        String second = textIn(pdf.glyphs(0), LabelSheet.A4_10UP_91x55.label(1));

        // 池田 (いけだ) comes before 伊藤 (いとう), and both before anyone in か.
        assertThat(first).contains("池田");
        assertThat(second).contains("伊藤");
    }

    @Test
    void calibrationMovesAndStretchesEveryCard() {
        PrintableEvent event = PrintSamples.kakegawa(6); // 20 cards: two full sheets
        Calibration calibration = new Calibration(3, -2, 102, 98);
        NameCardOptions options = NameCardOptions.DEFAULT.withHonorific(false); // the name alone is centred
        PdfReadBack plain = print(event, options);
        PdfReadBack calibrated = print(event, options.withCalibration(calibration));
        LabelSheet sheet = LabelSheet.A4_10UP_91x55;

        for (int slot = 0; slot < 10; slot++) {
            Box label = sheet.label(slot);
            Box target = calibration.apply(label);
            String name = NameCardSheet.ordered(event, CardOrder.TABLE)
                    .get(slot)
                    .name()
                    .replace(" ", "");
            double plainCentre = nameCentre(plain.glyphs(0), label, name);
            double calibratedCentre = nameCentre(calibrated.glyphs(0), target, name);
            // The name is centred on the card: at the label's centre, and after calibration at the moved centre.
            assertThat(plainCentre).isCloseTo(label.centreX(), within(0.3));
            assertThat(calibratedCentre).isCloseTo(target.centreX(), within(0.3));
            assertThat(calibratedCentre - plainCentre).isCloseTo(label.centreX() * 0.02 + 3, within(0.3));
        }
        assertThat(calibration.apply(sheet.label(0)))
                .isEqualTo(new Box(14 * 1.02 + 3, 11 * 0.98 - 2, 91 * 1.02, 55 * 0.98));
    }

    private static double nameCentre(List<PdfReadBack.Glyph> glyphs, Box box, String name) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (PdfReadBack.Glyph g : glyphs) {
            double cx = g.xMm() + g.widthMm() / 2;
            boolean inBox =
                    cx > box.x() && cx < box.right() && g.baselineMm() > box.y() && g.baselineMm() < box.bottom();
            if (inBox && name.contains(g.text()) && g.sizePt() > 14) {
                left = Math.min(left, g.xMm());
                right = Math.max(right, g.rightMm());
            }
        }
        assertThat(left).as("name %s found", name).isLessThan(Double.MAX_VALUE);
        return (left + right) / 2;
    }

    @Test
    void startingAtLabelFourLeavesTheFirstThreeEmpty() {
        PrintableEvent event = PrintSamples.kakegawa(0); // 14 hosts
        PdfReadBack pdf = print(event, NameCardOptions.DEFAULT.withStartAt(4));
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);
        LabelSheet sheet = LabelSheet.A4_10UP_91x55;

        for (int slot = 0; slot < 3; slot++) {
            assertThat(textIn(glyphs, sheet.label(slot))).isEmpty();
        }
        String first = NameCardSheet.ordered(event, CardOrder.TABLE).getFirst().name();
        assertThat(textIn(glyphs, sheet.label(3))).contains(first);
        assertThat(pdf.pages()).isEqualTo(2); // 7 on the first sheet, 7 on the second
    }

    @Test
    void honorificAndReadingsArePrintedOnlyWhenWanted() {
        PrintablePerson confirmed = PrintablePerson.participant("山田 太郎", "やまだ たろう", "掛川茶園", 1);
        PrintablePerson guessed =
                new PrintablePerson("佐藤 花子", "さとう はなこ", true, "", "", 1, PersonRole.PARTICIPANT, "", "", "");
        PrintableEvent event = event(List.of(confirmed, guessed));

        String with = print(event, NameCardOptions.DEFAULT).allText();
        String without =
                print(event, NameCardOptions.DEFAULT.withHonorific(false)).allText();

        assertThat(with).contains("様").contains("やまだ たろう").doesNotContain("さとう はなこ");
        assertThat(without).doesNotContain("様");
    }

    @Test
    void aTenCharacterNameAndALongOrganisationStayInsideTheirCard() {
        PrintablePerson longOne = new PrintablePerson(
                PrintSamples.TEN_CHARACTER_NAME,
                "てしがわら さえもんさぶろうまる",
                false,
                PrintSamples.LONG_ORGANISATION,
                "理事長 兼 事務局長",
                1,
                PersonRole.FACILITATOR,
                "",
                "",
                "");
        PdfReadBack pdf = print(event(List.of(longOne)), NameCardOptions.DEFAULT);
        Box label = LabelSheet.A4_10UP_91x55.label(0);
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs(0);

        assertThat(textIn(glyphs, label))
                .contains(PrintSamples.TEN_CHARACTER_NAME)
                .contains("協議会");
        Box inside = label.inset(3);
        for (PdfReadBack.Glyph g : glyphs) {
            assertThat(g.xMm()).as("left of %s", g.text()).isGreaterThanOrEqualTo(inside.x());
            assertThat(g.rightMm()).as("right of %s", g.text()).isLessThanOrEqualTo(inside.right());
            assertThat(g.topMm()).as("top of %s", g.text()).isGreaterThanOrEqualTo(inside.y());
            assertThat(g.baselineMm()).as("baseline of %s", g.text()).isLessThanOrEqualTo(inside.bottom());
        }
        // The name is not cut: all ten characters, on one line, large enough to read at a glance.
        List<PdfReadBack.Glyph> name = glyphs.stream()
                .filter(g -> g.sizePt() > 12)
                .filter(g -> PrintSamples.TEN_CHARACTER_NAME.contains(g.text()))
                .toList();
        assertThat(name).hasSize(10);
        assertThat(name.stream()
                        .mapToDouble(PdfReadBack.Glyph::baselineMm)
                        .distinct()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theFontIsEmbeddedAsASubset() {
        PdfReadBack pdf = print(PrintSamples.kakegawa(3), NameCardOptions.DEFAULT);

        assertThat(pdf.fontNames()).isNotEmpty().allSatisfy(name -> assertThat(name)
                .matches("[A-Z]{6}\\+BIZUDPGothic.*"));
        assertThat(pdf.bytes().length).as("subset, not the 4.5 MB font").isLessThan(400_000);
    }

    static PrintableEvent event(List<PrintablePerson> people) {
        List<PrintableTable> tables = new ArrayList<>();
        tables.add(new PrintableTable(1, "空き家・跡地の新しい活用", "#C0504D", Optional.empty(), Optional.empty()));
        return new PrintableEvent("交流会", null, "", tables, people);
    }
}
