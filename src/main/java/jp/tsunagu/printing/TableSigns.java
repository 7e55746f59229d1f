package jp.tsunagu.printing;

import java.awt.Color;
import java.io.OutputStream;
import java.util.Optional;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/** Table signs (テーブル札): one A4 landscape sheet per table, the number large enough to find across the room. */
public final class TableSigns {
    static final PaperSize PAPER = PaperSize.A4.landscape();

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public TableSigns(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, OutputStream out) {
        PdfPages pdf = new PdfPages(out, PAPER, event.name() + " " + text.get("print.doc.signs"));
        try (pdf) {
            for (PrintableTable table : event.tables()) {
                drawSign(pdf.newPage(PAPER), event, table);
            }
        }
        return pdf.pages();
    }

    private void drawSign(PageCanvas page, PrintableEvent event, PrintableTable table) {
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        ThemeColour colour = table.colour();
        Color ink = colour.textOn();
        Box sheet = PAPER.whole().inset(14);

        Box panel = sheet.left(105);
        page.fillRound(panel, 5, colour.color());
        page.fitLine(
                text.get("print.table.word"),
                bold,
                30f,
                new Box(panel.x(), panel.y() + 22, panel.width(), 14),
                Align.CENTRE,
                ink);
        page.fitLine(
                String.valueOf(table.number()),
                bold,
                260f,
                new Box(panel.x() + 8, panel.y() + 45, panel.width() - 16, 95),
                Align.CENTRE,
                ink);

        Box right = sheet.rightOf(105, 14);
        DocumentHeading.drawEventLine(page, right.top(6), event, text, 10f, Align.LEFT);
        Box theme = new Box(right.x(), right.y() + 20, right.width(), 62);
        TextFit.Lines lines =
                page.wrap(table.themeName(), bold, 36f, 18f, 1.3, theme, Align.LEFT, PageCanvas.INK, 3, false);
        double ruleY = theme.y() + lines.heightMm() + 10;
        page.fillRound(new Box(right.x(), ruleY, 40, 2.2), 1.1, colour.color());

        double y = Math.max(ruleY + 16, right.y() + 100);
        y = drawHost(page, right, y, PersonRole.ADVISOR, table.advisor());
        drawHost(page, right, y + 8, PersonRole.FACILITATOR, table.facilitator());
    }

    private double drawHost(PageCanvas page, Box column, double y, PersonRole role, Optional<PrintableStaff> staff) {
        if (staff.isEmpty()) {
            return y; // a sign without the host's line rather than a label with nobody under it
        }
        page.fitLine(
                text.get(role.labelKey()),
                fonts.regular(),
                12f,
                new Box(column.x(), y, column.width(), 5.5),
                Align.LEFT,
                PageCanvas.GREY);
        page.fitLine(
                staff.get().name(),
                fonts.bold(),
                26f,
                new Box(column.x(), y + 7, column.width(), 11),
                Align.LEFT,
                PageCanvas.INK);
        page.fitLine(
                staff.get().affiliation(),
                fonts.regular(),
                12f,
                new Box(column.x(), y + 19.5, column.width(), 5.5),
                Align.LEFT,
                PageCanvas.INK);
        return y + 27;
    }
}
