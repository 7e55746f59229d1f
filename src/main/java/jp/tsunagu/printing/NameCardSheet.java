package jp.tsunagu.printing;

import java.awt.Color;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * Name cards (名札) on label sheets: organisation and title at the top, the reading small above the name, the name as
 * large as it fits, and the table's number and theme colour as a band at the bottom, with a mark for the hosts.
 */
public final class NameCardSheet {
    /** The card is designed at 91 x 55 mm and stretched to other label sizes. */
    static final double CARD_WIDTH = 91;

    static final double CARD_HEIGHT = 55;

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public NameCardSheet(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, NameCardOptions options, OutputStream out) {
        List<PrintablePerson> people = ordered(event, options.order());
        LabelSheet sheet = options.sheet();
        Calibration calibration = options.calibration();
        PdfPages pdf = new PdfPages(out, sheet.paper(), title(event));
        try (pdf) {
            int slot = options.startAt() - 1; // only the first sheet is partly used
            PageCanvas page = null;
            for (PrintablePerson person : people) {
                if (slot == sheet.labelsPerSheet()) {
                    page = null;
                    slot = 0;
                }
                if (page == null) {
                    page = pdf.newPage(sheet.paper());
                }
                Box target = calibration.apply(sheet.label(slot));
                // The card keeps its proportions (characters are never flattened): a label of another shape gets the
                // layout made for it, scaled alike both ways.
                CardLayout layout = CardLayout.forLabel(sheet);
                double scaleX = target.width() / CARD_WIDTH;
                double scaleY = target.height() / layout.height();
                try (PageCanvas card = page.part(target, scaleX, scaleY)) {
                    // The facilitator is one of the YEG's own hosts: no 様 on their own card.
                    drawCard(
                            card,
                            event,
                            person,
                            options.honorific() && person.role() != PersonRole.FACILITATOR,
                            layout);
                }
                slot++;
            }
        }
        return pdf.pages();
    }

    private String title(PrintableEvent event) {
        return event.name() + " " + text.get("print.doc.namecards");
    }

    static List<PrintablePerson> ordered(PrintableEvent event, CardOrder order) {
        Comparator<PrintablePerson> first =
                switch (order) {
                    case READING -> (a, b) -> 0;
                    case TABLE ->
                        Comparator.comparing((PrintablePerson p) ->
                                        p.tableNumber() == null ? Integer.MAX_VALUE : p.tableNumber())
                                .thenComparing(PrintablePerson::role);
                };
        return ReadingOrder.sorted(event.people(), first);
    }

    /** One card in its own 91 x 55 mm. */
    void drawCard(PageCanvas card, PrintableEvent event, PrintablePerson person, boolean honorific) {
        drawCard(card, event, person, honorific, CardLayout.STANDARD);
    }

    /** One card, 91 mm wide and as tall as the layout says. */
    void drawCard(PageCanvas card, PrintableEvent event, PrintablePerson person, boolean honorific, CardLayout l) {
        BaseFont regular = fonts.regular();
        double left = 6;
        double width = CARD_WIDTH - 2 * left;

        // Organisation and title: what people read second, so small but dark.
        Box orgBox = new Box(left, l.orgY(), width, person.title().isEmpty() ? l.orgHeight() : l.orgHeightWithTitle());
        int orgLines = l.orgHeightWithTitle() < 8 && !person.title().isEmpty() ? 1 : 2;
        TextFit.Lines org = card.wrap(
                person.organisation(), regular, 9f, 6f, 1.25, orgBox, Align.LEFT, PageCanvas.INK, orgLines, false);
        if (!person.title().isEmpty()) {
            double titleTop = orgBox.y() + (person.organisation().isEmpty() ? 0 : org.heightMm() + 1);
            card.fitLine(
                    person.title(), regular, 7.5f, new Box(left, titleTop, width, 3.6), Align.LEFT, PageCanvas.GREY);
        }

        card.fitLine(
                person.printedReading(),
                regular,
                8f,
                new Box(left, l.readingY(), width, 3.6),
                Align.CENTRE,
                PageCanvas.GREY);
        drawName(card, person.name(), honorific, new Box(left, l.nameY(), width, l.nameHeight()), org.size());

        PrintableTable table = event.table(person.tableNumber()).orElse(null);
        drawBand(card, table, person.role(), new Box(4, l.bandY(), CARD_WIDTH - 8, l.bandHeight()));
    }

    /**
     * The name as large as it fits on one line, 様 smaller after it on the same baseline; a long name (three or four
     * Latin words, a long katakana name) goes on two lines at a space or 「・」 before it shrinks, and never below the
     * organisation's size above it.
     */
    private void drawName(PageCanvas card, String name, boolean honorific, Box box, float orgSize) {
        BaseFont bold = fonts.bold();
        String suffix = honorific ? text.get("print.card.honorific") : "";
        double suffixRatio = 0.5;
        double gap = suffix.isEmpty() ? 0 : 0.12 * TextFit.MM_PER_PT; // per point of name size
        double tail = suffix.isEmpty() ? 0 : TextFit.widthMm(fonts.regular(), suffix, 1f) * suffixRatio + gap;
        TextFit.Lines lines = TextFit.name(bold, name, 28f, Math.max(12f, orgSize), 1.08, box, tail);
        float size = lines.size();
        double first = box.centreY() - lines.heightMm() / 2 + size * TextFit.ASCENT * TextFit.MM_PER_PT;
        for (int i = 0; i < lines.lines().size(); i++) {
            String line = lines.lines().get(i);
            boolean last = i == lines.lines().size() - 1;
            double lineWidth = TextFit.widthMm(bold, line, size);
            double total = lineWidth + (last ? tail * size : 0);
            double x = box.centreX() - total / 2;
            double baseline = first + i * lines.lineHeightMm();
            card.text(line, bold, size, x, baseline, Align.LEFT, PageCanvas.INK);
            if (last && !suffix.isEmpty()) {
                card.text(
                        suffix,
                        fonts.regular(),
                        (float) (size * suffixRatio),
                        x + lineWidth + gap * size,
                        baseline,
                        Align.LEFT,
                        PageCanvas.INK);
            }
        }
    }

    /** The table's colour band: table number, theme name, and the host's role on the right. */
    private void drawBand(PageCanvas card, PrintableTable table, PersonRole role, Box band) {
        BaseFont bold = fonts.bold();
        ThemeColour colour = table == null ? ThemeColour.NEUTRAL : table.colour();
        Color ink = colour.textOn();
        card.fillRound(band, 1.6, colour.color());
        Box inner = band.inset(2.5, 0);
        if (role.isHost()) {
            String roleName = text.get(role.labelKey());
            float size = 7.5f;
            double pillWidth = TextFit.widthMm(bold, roleName, size) + 3.5;
            Box pill = new Box(inner.right() - pillWidth, band.y() + 1.6, pillWidth, band.height() - 3.2);
            card.fillRound(pill, pill.height() / 2, ink);
            card.fitLine(roleName, bold, size, pill.inset(1.75, 0.3), Align.CENTRE, colour.onWhite());
            inner = inner.left(inner.width() - pillWidth - 2);
        }
        if (table == null) {
            card.fitLine(
                    text.get("print.table.word") + " " + text.get("print.table.unseated"),
                    bold,
                    9f,
                    inner,
                    Align.LEFT,
                    ink);
            return;
        }
        String number = text.get("print.table.label", table.number());
        float numberSize = card.fitLine(number, bold, 10f, inner, Align.LEFT, ink);
        double used = TextFit.widthMm(bold, number, numberSize) + 2.5;
        Box theme = inner.rightOf(used, 0).inset(0, 0.8);
        card.wrap(table.themeName(), fonts.regular(), 8f, 5.5f, 1.15, theme, Align.LEFT, ink, 2, true);
    }
}
