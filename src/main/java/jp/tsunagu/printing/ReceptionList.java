package jp.tsunagu.printing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * The reception list (受付名簿): everyone in 五十音順 with a box to tick at the desk, their organisation, table and
 * role. A4 portrait; each page carries the event and "page x of y".
 */
public final class ReceptionList {
    static final PaperSize PAPER = PaperSize.A4;
    /** The height of a row whose name takes one line; a row with a two-line name is taller. */
    static final double ROW_MM = 9.2;

    private static final double ROW_PADDING_MM = 0.8;
    private static final double READING_MM = 2.8;
    private static final float NAME_SIZE = 11f;
    private static final float ORG_SIZE = 8.5f;
    private static final String[] COLUMNS = {
        "print.roster.check",
        "print.roster.name",
        "print.roster.organisation",
        "print.roster.table",
        "print.roster.role",
        "print.roster.code"
    };
    private static final double[] WIDTHS = {11, 53, 55, 14, 19, 28};

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
        double nameWidth = cells(rows)[1].inset(2, 0).width();
        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        double used = 0;
        for (PrintablePerson person : people) {
            Row row = row(person, nameWidth);
            if (used + row.height() > rows.height() && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(row);
            used += row.height();
        }
        pages.add(current);
        PdfPages pdf = new PdfPages(out, PAPER, event.name() + " " + text.get("print.doc.roster"));
        try (pdf) {
            for (int p = 0; p < pages.size(); p++) {
                PageCanvas page = pdf.newPage(PAPER);
                drawHeader(page, sheet, event);
                double y = rows.y();
                for (Row row : pages.get(p)) {
                    drawRow(page, new Box(rows.x(), y, rows.width(), row.height()), row, event);
                    y += row.height();
                }
                drawFooter(page, sheet, p + 1, pages.size(), people.size());
            }
        }
        return pdf.pages();
    }

    /** A person's row: the name as laid out, and the row's height (taller when the name takes two lines). */
    private record Row(PrintablePerson person, TextFit.Lines name, double height) {}

    /**
     * A long name wraps to two lines at a space or 「・」 and the row grows to hold them, rather than the name
     * shrinking; it never goes below the organisation's size.
     */
    private Row row(PrintablePerson person, double nameWidth) {
        TextFit.Lines name =
                TextFit.name(fonts.bold(), person.name(), NAME_SIZE, ORG_SIZE, 1.08, new Box(0, 0, nameWidth, 100), 0);
        double readingRoom = person.printedReading().isEmpty() ? 0 : READING_MM + 0.2;
        double height = Math.max(ROW_MM, name.heightMm() + readingRoom + 3 * ROW_PADDING_MM);
        return new Row(person, name, height);
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

    private void drawRow(PageCanvas page, Box row, Row laidOut, PrintableEvent event) {
        PrintablePerson person = laidOut.person();
        BaseFont regular = fonts.regular();
        Box[] cells = cells(row);
        double boxSize = 4.6;
        page.strokeRound(
                new Box(cells[0].centreX() - boxSize / 2, row.centreY() - boxSize / 2, boxSize, boxSize),
                0.6,
                PageCanvas.INK,
                0.3);

        Box who = cells[1].inset(2, ROW_PADDING_MM);
        String reading = person.printedReading();
        double nameHeight = laidOut.name().heightMm() + (reading.isEmpty() ? 0 : READING_MM + 0.2);
        // The reading and name together, centred in the row however many lines the name takes.
        Box block = new Box(who.x(), who.centreY() - nameHeight / 2, who.width(), nameHeight);
        Box nameBox = block;
        if (!reading.isEmpty()) {
            page.fitLine(reading, regular, 6.5f, block.top(READING_MM), Align.LEFT, PageCanvas.GREY);
            nameBox = block.below(READING_MM, 0.2);
        }
        page.drawLines(laidOut.name(), fonts.bold(), nameBox, Align.LEFT, PageCanvas.INK, false);
        String org = person.title().isEmpty() ? person.organisation() : person.organisation() + " " + person.title();
        page.wrap(org, regular, ORG_SIZE, 6f, 1.2, cells[2].inset(2, 1.2), Align.LEFT, PageCanvas.INK, 2, true);

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
