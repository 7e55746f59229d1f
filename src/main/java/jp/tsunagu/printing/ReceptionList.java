package jp.tsunagu.printing;

import java.io.OutputStream;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * The reception list (受付名簿): everyone in 五十音順 with a box to tick at the desk, their organisation, table and
 * role. A4 portrait; each page carries the event and "page x of y".
 */
public final class ReceptionList {
    static final PaperSize PAPER = PaperSize.A4;
    static final double ROW_MM = 9.2;
    private static final String[] COLUMNS = {
        "print.roster.check",
        "print.roster.name",
        "print.roster.organisation",
        "print.roster.table",
        "print.roster.role",
        "print.roster.code"
    };
    private static final double[] WIDTHS = {11, 47, 61, 14, 19, 28};

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public ReceptionList(PrintText text) {
        this.text = text;
    }

    static List<PrintablePerson> ordered(PrintableEvent event) {
        return ReadingOrder.sorted(event.people(), (a, b) -> 0);
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, OutputStream out) {
        List<PrintablePerson> people = ordered(event);
        Box sheet = PAPER.whole().inset(15, 14);
        Box rows = sheet.below(26, 0);
        rows = new Box(rows.x(), rows.y(), rows.width(), rows.height() - 10);
        int perPage = (int) Math.floor(rows.height() / ROW_MM);
        int pages = Math.max(1, (people.size() + perPage - 1) / perPage);
        PdfPages pdf = new PdfPages(out, PAPER, event.name() + " " + text.get("print.doc.roster"));
        try (pdf) {
            for (int p = 0; p < pages; p++) {
                PageCanvas page = pdf.newPage(PAPER);
                drawHeader(page, sheet, event);
                List<PrintablePerson> slice = people.subList(p * perPage, Math.min(people.size(), (p + 1) * perPage));
                for (int i = 0; i < slice.size(); i++) {
                    drawRow(
                            page,
                            new Box(rows.x(), rows.y() + i * ROW_MM, rows.width(), ROW_MM),
                            slice.get(i),
                            event,
                            i);
                }
                drawFooter(page, sheet, p + 1, pages, people.size());
            }
        }
        return pdf.pages();
    }

    private void drawHeader(PageCanvas page, Box sheet, PrintableEvent event) {
        BaseFont bold = fonts.bold();
        page.fitLine(text.get("print.doc.roster"), bold, 18f, sheet.top(8).left(60), Align.LEFT, PageCanvas.INK);
        DocumentHeading.drawEventLine(page, sheet.top(8).right(sheet.width() - 62), event, text, 9f, Align.RIGHT);
        page.line(sheet.x(), sheet.y() + 12, sheet.right(), sheet.y() + 12, PageCanvas.INK, 0.4);
        Box head = new Box(sheet.x(), sheet.y() + 17, sheet.width(), 7);
        page.fill(head, PageCanvas.PALE);
        Box[] cells = cells(head);
        for (int c = 0; c < COLUMNS.length; c++) {
            Align align = c == 0 || c == 3 || c == 5 ? Align.CENTRE : Align.LEFT;
            page.fitLine(text.get(COLUMNS[c]), bold, 8.5f, cells[c].inset(2, 1.2), align, PageCanvas.INK);
        }
    }

    private void drawRow(PageCanvas page, Box row, PrintablePerson person, PrintableEvent event, int index) {
        BaseFont regular = fonts.regular();
        Box[] cells = cells(row);
        double boxSize = 4.6;
        page.strokeRound(
                new Box(cells[0].centreX() - boxSize / 2, row.centreY() - boxSize / 2, boxSize, boxSize),
                0.6,
                PageCanvas.INK,
                0.3);

        Box name = cells[1].inset(2, 0.8);
        String reading = person.printedReading();
        if (reading.isEmpty()) {
            page.fitLine(person.name(), fonts.bold(), 11f, name.inset(0, 1.2), Align.LEFT, PageCanvas.INK);
        } else {
            page.fitLine(reading, regular, 6.5f, name.top(2.8), Align.LEFT, PageCanvas.GREY);
            page.fitLine(person.name(), fonts.bold(), 11f, name.below(2.8, 0.2), Align.LEFT, PageCanvas.INK);
        }
        String org = person.title().isEmpty() ? person.organisation() : person.organisation() + " " + person.title();
        page.wrap(org, regular, 8.5f, 6f, 1.2, cells[2].inset(2, 1.2), Align.LEFT, PageCanvas.INK, 2, true);

        PrintableTable table = event.table(person.tableNumber()).orElse(null);
        Box tableCell = cells[3].inset(1.5, 1.5);
        if (table == null) {
            page.fitLine(text.get("print.table.unseated"), regular, 8f, tableCell, Align.CENTRE, PageCanvas.GREY);
        } else {
            Box chip = new Box(tableCell.centreX() - 4.5, row.centreY() - 3, 9, 6);
            page.fillRound(chip, 1.2, table.colour().color());
            page.fitLine(
                    String.valueOf(table.number()),
                    fonts.bold(),
                    10f,
                    chip.inset(1, 0.6),
                    Align.CENTRE,
                    table.colour().textOn());
        }
        page.fitLine(
                text.get(person.role().labelKey()),
                regular,
                8f,
                cells[4].inset(2, 2),
                Align.LEFT,
                person.role().isHost() ? PageCanvas.INK : PageCanvas.GREY);
        drawCode(page, cells[5], person);
        page.line(row.x(), row.bottom(), row.right(), row.bottom(), PageCanvas.RULE, 0.15);
    }

    /**
     * The row's check-in code: a Code 128 barcode a USB scanner types into the desk's search, with its number under
     * it for typing by hand.
     */
    private void drawCode(PageCanvas page, Box cell, PrintablePerson person) {
        String code = person.checkinCode();
        if (code.isEmpty()) {
            return;
        }
        Box bars = new Box(cell.x() + 2.5, cell.y() + 0.9, cell.width() - 5, 5.0);
        double width = page.barcode128(code, bars, 0.25, PageCanvas.INK);
        Box under = new Box(bars.x(), bars.bottom() + 0.2, width, 2.6);
        page.fitLine(code, fonts.regular(), 6.5f, under, Align.CENTRE, PageCanvas.INK);
    }

    private void drawFooter(PageCanvas page, Box sheet, int page1, int pages, int total) {
        Box footer = sheet.bottom(6);
        page.fitLine(
                text.get("print.roster.page", page1, pages),
                fonts.regular(),
                8.5f,
                footer,
                Align.CENTRE,
                PageCanvas.GREY);
        if (page1 == pages) {
            page.fitLine(
                    text.get("print.roster.count", total), fonts.regular(), 8.5f, footer, Align.RIGHT, PageCanvas.GREY);
        }
    }

    private static Box[] cells(Box row) {
        Box[] cells = new Box[WIDTHS.length];
        double total = 0;
        for (double w : WIDTHS) {
            total += w;
        }
        double x = row.x();
        for (int c = 0; c < WIDTHS.length; c++) {
            double w = row.width() * WIDTHS[c] / total;
            cells[c] = new Box(x, row.y(), w, row.height());
            x += w;
        }
        return cells;
    }
}
