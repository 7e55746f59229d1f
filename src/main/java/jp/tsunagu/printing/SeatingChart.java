package jp.tsunagu.printing;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * The seating chart (座席表): every table with its hosts and members on one A3 landscape page, for the wall or the
 * projector. Up to eight tables share a page; more tables continue on further pages.
 */
public final class SeatingChart {
    static final PaperSize PAPER = PaperSize.A3.landscape();
    static final int TABLES_PER_PAGE = 8;

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public SeatingChart(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, OutputStream out) {
        List<PrintableTable> tables = event.tables();
        Box sheet = PAPER.whole().inset(14, 12);
        Box grid = sheet.below(20, 0);
        int perPage = tablesPerPage(event, grid);
        int pages = Math.max(1, (tables.size() + perPage - 1) / perPage);
        PdfPages pdf = new PdfPages(out, PAPER, event.name() + " " + text.get("print.doc.seatingChart"));
        try (pdf) {
            for (int p = 0; p < pages; p++) {
                PageCanvas page = pdf.newPage(PAPER);
                drawHeader(page, sheet, event, p + 1, pages);
                List<PrintableTable> slice = tables.subList(p * perPage, Math.min(tables.size(), (p + 1) * perPage));
                drawGrid(page, grid, event, slice);
            }
        }
        return pdf.pages();
    }

    /** Eight tables to a page, or four in one taller row when a table is too full for eight. */
    private static int tablesPerPage(PrintableEvent event, Box grid) {
        int most = mostMembers(event, event.tables());
        Box box = boxes(
                        grid,
                        Math.min(TABLES_PER_PAGE, Math.max(1, event.tables().size())))
                .getFirst();
        SeatingChartMembers.Layout layout = SeatingChartMembers.layout(memberArea(box), most);
        boolean fits = (long) layout.rowsPerColumn(memberArea(box)) * layout.columns() >= most;
        return fits ? TABLES_PER_PAGE : TABLES_PER_PAGE / 2;
    }

    private static int mostMembers(PrintableEvent event, List<PrintableTable> tables) {
        return tables.stream().mapToInt(t -> members(event, t).size()).max().orElse(0);
    }

    private static List<PrintablePerson> members(PrintableEvent event, PrintableTable table) {
        return event.at(table.number()).stream().filter(p -> !p.role().isHost()).toList();
    }

    private void drawHeader(PageCanvas page, Box sheet, PrintableEvent event, int pageNumber, int pages) {
        page.fitLine(
                text.get("print.doc.seatingChart"),
                fonts.bold(),
                24f,
                sheet.top(10).left(80),
                Align.LEFT,
                PageCanvas.INK);
        String line = DocumentHeading.eventLine(event, text);
        if (pages > 1) {
            line = line + "　" + text.get("print.seating.page", pageNumber, pages);
        }
        page.fitLine(line, fonts.regular(), 11f, sheet.top(10).right(sheet.width() - 90), Align.RIGHT, PageCanvas.GREY);
        page.line(sheet.x(), sheet.y() + 14, sheet.right(), sheet.y() + 14, PageCanvas.INK, 0.5);
    }

    /** The boxes of {@code count} tables: one row of up to four, else two rows. */
    static List<Box> boxes(Box area, int count) {
        int columns = count <= 4 ? count : (count + 1) / 2;
        int rows = (count + columns - 1) / columns;
        double gap = 7;
        double w = (area.width() - (columns - 1) * gap) / columns;
        double h = (area.height() - (rows - 1) * gap) / rows;
        List<Box> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            boxes.add(new Box(area.x() + (i % columns) * (w + gap), area.y() + (i / columns) * (h + gap), w, h));
        }
        return boxes;
    }

    private void drawGrid(PageCanvas page, Box area, PrintableEvent event, List<PrintableTable> tables) {
        if (tables.isEmpty()) {
            return;
        }
        List<Box> boxes = boxes(area, tables.size());
        SeatingChartMembers.Layout layout =
                SeatingChartMembers.layout(memberArea(boxes.getFirst()), mostMembers(event, tables));
        for (int i = 0; i < tables.size(); i++) {
            drawTable(page, boxes.get(i), tables.get(i), members(event, tables.get(i)), layout);
        }
    }

    private static final double HEAD_MM = 22;
    private static final double HOST_LINE_MM = 6.5;

    /** Where a table box lists its members: below the coloured head, the two hosts and the count. */
    static Box memberArea(Box box) {
        double top = box.y() + HEAD_MM + 3 + 2 * HOST_LINE_MM + 3 + 6;
        return new Box(box.x() + 5, top, box.width() - 10, Math.max(0, box.bottom() - 3 - top));
    }

    private void drawTable(
            PageCanvas page,
            Box box,
            PrintableTable table,
            List<PrintablePerson> members,
            SeatingChartMembers.Layout layout) {
        BaseFont bold = fonts.bold();
        BaseFont regular = fonts.regular();
        ThemeColour colour = table.colour();
        Color ink = colour.textOn();
        page.fillRound(box, 3, colour.tint(0.9));
        Box head = box.top(HEAD_MM);
        page.fillRound(head, 3, colour.color());
        page.fill(new Box(head.x(), head.bottom() - 3, head.width(), 3), colour.color());
        page.fitLine(String.valueOf(table.number()), bold, 40f, head.left(22).inset(2, 2), Align.CENTRE, ink);
        page.wrap(table.themeName(), bold, 15f, 8f, 1.2, head.rightOf(22, 0).inset(2, 2.5), Align.LEFT, ink, 2, true);

        Box body = box.below(HEAD_MM, 3).inset(5, 0);
        double y = body.y();
        for (PersonRole role : new PersonRole[] {PersonRole.ADVISOR, PersonRole.FACILITATOR}) {
            String name = (role == PersonRole.ADVISOR ? table.advisor() : table.facilitator())
                    .map(PrintableStaff::name)
                    .orElse("—");
            page.fitLine(
                    text.get(role.labelKey()),
                    regular,
                    8.5f,
                    new Box(body.x(), y, 30, 5.5),
                    Align.LEFT,
                    PageCanvas.GREY);
            page.fitLine(
                    name, bold, 11f, new Box(body.x() + 30, y, body.width() - 30, 5.5), Align.LEFT, PageCanvas.INK);
            y += HOST_LINE_MM;
        }
        page.line(body.x(), y + 0.5, body.right(), y + 0.5, colour.color(), 0.3);
        Box count = new Box(body.x(), y + 2, body.width(), 4.5);
        Box list = memberArea(box);
        int left = new SeatingChartMembers(page, fonts).draw(list, members, layout);
        String counted = text.get("print.seating.members", members.size());
        if (left > 0) {
            counted = text.get("print.seating.more", left) + "　" + counted;
        }
        page.fitLine(counted, regular, 8.5f, count, Align.RIGHT, PageCanvas.GREY);
    }
}
