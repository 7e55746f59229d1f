package jp.tsunagu.printing;

import java.awt.Color;
import java.io.OutputStream;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * Table tents (卓上名札): one person per A4 landscape sheet, folded in two along the long side. The near half reads
 * normally; the far half is the same face upside down, so the name reads from both sides of the table.
 */
public final class TableTents {
    static final PaperSize PAPER = PaperSize.A4.landscape();

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public TableTents(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, OutputStream out) {
        double half = PAPER.heightMm() / 2;
        Box near = new Box(0, half, PAPER.widthMm(), half);
        Box far = new Box(0, 0, PAPER.widthMm(), half);
        PdfPages pdf = new PdfPages(out, PAPER, event.name() + " " + text.get("print.doc.tents"));
        try (pdf) {
            for (PrintablePerson person : NameCardSheet.ordered(event, CardOrder.TABLE)) {
                PageCanvas page = pdf.newPage(PAPER);
                PrintableTable table = event.table(person.tableNumber()).orElse(null);
                drawFace(page, near, person, table);
                try (PageCanvas turned = page.turned(far)) {
                    drawFace(turned, far, person, table);
                }
                page.dashedLine(8, half, PAPER.widthMm() - 8, half, PageCanvas.RULE, 0.2, 1.5);
                page.text(
                        text.get("print.tent.fold"),
                        fonts.regular(),
                        6.5f,
                        PAPER.widthMm() - 8,
                        half - 1.2,
                        Align.RIGHT,
                        PageCanvas.RULE);
            }
        }
        return pdf.pages();
    }

    /** One face, 297 x 105 mm, its top edge at the fold. */
    private void drawFace(PageCanvas page, Box face, PrintablePerson person, PrintableTable table) {
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        Box content = face.inset(20, 0);
        double top = face.y();
        String org = person.title().isEmpty() ? person.organisation() : person.organisation() + "　" + person.title();
        float orgSize = page.fitLine(
                org, regular, 16f, new Box(content.x(), top + 11, content.width(), 7), Align.CENTRE, PageCanvas.INK);
        page.fitLine(
                person.printedReading(),
                regular,
                12f,
                new Box(content.x(), top + 21, content.width(), 5),
                Align.CENTRE,
                PageCanvas.GREY);
        page.name(
                person.name(),
                bold,
                80f,
                Math.max(24f, orgSize),
                new Box(content.x(), top + 28, content.width(), 36),
                Align.CENTRE,
                PageCanvas.INK);

        ThemeColour colour = table == null ? ThemeColour.NEUTRAL : table.colour();
        Color ink = colour.textOn();
        Box band = new Box(content.x(), top + 72, content.width(), 16);
        page.fillRound(band, 3, colour.color());
        Box inner = band.inset(6, 0);
        if (person.role().isHost()) {
            String role = text.get(person.role().labelKey());
            double pillWidth = TextFit.widthMm(bold, role, 13f) + 8;
            Box pill = new Box(inner.right() - pillWidth, band.y() + 3, pillWidth, band.height() - 6);
            page.fillRound(pill, pill.height() / 2, ink);
            page.fitLine(role, bold, 13f, pill.inset(4, 0.5), Align.CENTRE, colour.onWhite());
            inner = inner.left(inner.width() - pillWidth - 5);
        }
        if (table == null) {
            page.fitLine(
                    text.get("print.table.word") + " " + text.get("print.table.unseated"),
                    bold,
                    18f,
                    inner,
                    Align.LEFT,
                    ink);
            return;
        }
        String number = text.get("print.table.label", table.number());
        float size = page.fitLine(number, bold, 20f, inner.inset(0, 2), Align.LEFT, ink);
        Box theme = inner.rightOf(TextFit.widthMm(bold, number, size) + 6, 0).inset(0, 2);
        page.fitLine(table.themeName(), regular, 15f, theme, Align.LEFT, ink);
    }
}
