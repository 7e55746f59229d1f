package jp.tsunagu.printing;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * Worksheets (ワークシート), one per table: the table and its hosts at the top, the members with what each wrote on
 * the form on the left, and three large boxes for the table to write in on the right. A3 landscape by default; on A4
 * everything is laid out in the same proportions.
 */
public final class Worksheets {
    private static final String[][] BOXES = {
        {"print.worksheet.commonInterests", "print.worksheet.commonInterests.hint"},
        {"print.worksheet.seeds", "print.worksheet.seeds.hint"},
        {"print.worksheet.nextSteps", "print.worksheet.nextSteps.hint"},
    };

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public Worksheets(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(PrintableEvent event, PaperSize paper, OutputStream out) {
        PaperSize page = paper.landscape();
        PdfPages pdf = new PdfPages(out, page, event.name() + " " + text.get("print.doc.worksheets"));
        try (pdf) {
            for (PrintableTable table : event.tables()) {
                drawTable(pdf, page, event, table);
            }
        }
        return pdf.pages();
    }

    /**
     * One table's worksheet: the first page with the members on the left and the boxes to write in on the right;
     * members that do not fit continue on further pages across the whole width, each with the table's header.
     */
    private void drawTable(PdfPages pdf, PaperSize paper, PrintableEvent event, PrintableTable table) {
        double k = paper.widthMm() / 420; // 1 on A3, 0.71 on A4: for the header and the boxes, not the members
        Box sheet = paper.whole().inset(14 * k, 12 * k);
        Box header = sheet.top(30 * k);
        Box body = sheet.below(header.height(), 7 * k);
        Box members = body.left(body.width() * 0.56);
        Box boxes = body.rightOf(members.width(), 8 * k);
        List<PrintablePerson> people = ReadingOrder.sorted(
                event.at(table.number()).stream()
                        .filter(p -> !p.role().isHost())
                        .toList(),
                (a, b) -> 0);
        WorksheetMembers list = new WorksheetMembers(fonts, text, paper);
        List<List<PrintablePerson>> pages = list.pages(people, members, body);
        for (int i = 0; i < pages.size(); i++) {
            PageCanvas page = pdf.newPage(paper);
            drawHeader(page, header, k, event, table);
            String title = text.get("print.worksheet.members");
            if (pages.size() > 1) {
                title = title + "　" + text.get("print.worksheet.page", i + 1, pages.size());
            }
            if (i == 0) {
                list.draw(page, members, pages.get(i), table.colour(), title);
                drawWritingBoxes(page, boxes, k, table.colour());
            } else {
                list.draw(page, body, pages.get(i), table.colour(), title);
            }
        }
    }

    private void drawHeader(PageCanvas page, Box header, double k, PrintableEvent event, PrintableTable table) {
        BaseFont bold = fonts.bold();
        BaseFont regular = fonts.regular();
        ThemeColour colour = table.colour();
        Box badge = header.left(44 * k);
        page.fillRound(badge, 3 * k, colour.color());
        Color ink = colour.textOn();
        page.fitLine(
                text.get("print.table.word"),
                bold,
                (float) Math.max(9, 12 * k),
                new Box(badge.x(), badge.y() + 3 * k, badge.width(), 6 * k),
                Align.CENTRE,
                ink);
        page.fitLine(
                String.valueOf(table.number()),
                bold,
                (float) (48 * k),
                new Box(badge.x(), badge.y() + 9 * k, badge.width(), 19 * k),
                Align.CENTRE,
                ink);

        Box rest = header.rightOf(badge.width(), 8 * k);
        Box staff = rest.right(rest.width() * 0.36);
        Box title = rest.left(rest.width() - staff.width() - 6 * k);
        page.fitLine(
                text.get("print.doc.worksheets") + "　" + DocumentHeading.eventLine(event, text),
                regular,
                (float) Math.max(7.5, 10 * k),
                title.top(5 * k),
                Align.LEFT,
                PageCanvas.GREY);
        page.wrap(
                table.themeName(),
                bold,
                (float) (24 * k),
                (float) (12 * k),
                1.2,
                title.below(5 * k, 3 * k),
                Align.LEFT,
                PageCanvas.INK,
                2,
                true);

        drawStaffLine(page, staff.top(staff.height() / 2), k, PersonRole.ADVISOR, table.advisor());
        drawStaffLine(page, staff.bottom(staff.height() / 2), k, PersonRole.FACILITATOR, table.facilitator());
        page.line(
                header.x(),
                header.bottom() + 3.5 * k,
                header.right(),
                header.bottom() + 3.5 * k,
                colour.color(),
                0.6 * k);
    }

    /** One host per line: the role small, the name large, the organisation smaller after it (no brackets). */
    private void drawStaffLine(
            PageCanvas page, Box box, double k, PersonRole role, java.util.Optional<PrintableStaff> staff) {
        String label = text.get(role.labelKey());
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        double labelWidth = 30 * k;
        page.fitLine(label, regular, (float) Math.max(8, 9 * k), box.left(labelWidth), Align.LEFT, PageCanvas.GREY);
        Box nameBox = box.rightOf(labelWidth, 0);
        if (staff.isEmpty()) {
            // Not decided when printed: a line to write the name on at the table.
            double y = nameBox.centreY() + 2.5 * k;
            page.line(nameBox.x(), y, nameBox.x() + nameBox.width() * 0.8, y, PageCanvas.RULE, 0.25 * k);
            return;
        }
        PrintableStaff s = staff.get();
        String org = s.affiliation();
        // The name keeps its size down to the minimum; the organisation takes what is left, smaller.
        double orgShare = org.isEmpty() ? 0 : Math.min(nameBox.width() * 0.45, TextFit.widthMm(regular, org, 9f) + 3);
        float preferred = (float) Math.max(11, 14 * k);
        if (TextFit.oneLine(bold, s.name(), preferred, nameBox.left(nameBox.width() - orgShare))
                < WorksheetMembers.NAME_MIN + 2) {
            orgShare = Math.min(orgShare, nameBox.width() * 0.25);
        }
        Box namePart = nameBox.left(nameBox.width() - orgShare);
        float size = page.fitLine(s.name(), bold, preferred, namePart, Align.LEFT, PageCanvas.INK);
        if (!org.isEmpty()) {
            double used = TextFit.widthMm(bold, s.name(), size) + 3;
            Box orgBox = nameBox.rightOf(used, 0);
            float orgMax = Math.min(9f, size - 2);
            page.fitLineOrShorten(org, regular, orgMax, 7f, orgBox, Align.LEFT, PageCanvas.GREY);
        }
    }

    /** Three boxes to write in, with a title bar in the theme's tint and faint lines for handwriting. */
    private void drawWritingBoxes(PageCanvas page, Box area, double k, ThemeColour colour) {
        double gap = 6 * k;
        double height = (area.height() - 2 * gap) / 3;
        for (int i = 0; i < BOXES.length; i++) {
            Box box = new Box(area.x(), area.y() + i * (height + gap), area.width(), height);
            Box bar = box.top(13 * k);
            page.fillRound(bar, 2 * k, colour.tint(0.82));
            page.fill(new Box(bar.x(), bar.bottom() - 2 * k, bar.width(), 2 * k), colour.tint(0.82));
            page.fillRound(
                    new Box(bar.x() + 4 * k, bar.y() + 3.5 * k, 1.6 * k, bar.height() - 7 * k),
                    0.8 * k,
                    colour.color());
            Box titleBox = bar.inset(9 * k, 2 * k);
            float size = page.fitLine(
                    text.get(BOXES[i][0]),
                    fonts.bold(),
                    (float) (15 * k),
                    titleBox.left(titleBox.width() * 0.45),
                    Align.LEFT,
                    PageCanvas.INK);
            double used = TextFit.widthMm(fonts.bold(), text.get(BOXES[i][0]), size) + 5 * k;
            // The hint wraps to two lines rather than going below 7 pt on A4.
            page.wrap(
                    text.get(BOXES[i][1]),
                    fonts.regular(),
                    (float) Math.max(7.5, 9 * k),
                    7f,
                    1.1,
                    titleBox.rightOf(used, 0),
                    Align.LEFT,
                    PageCanvas.GREY,
                    2,
                    true);
            page.strokeRound(box, 2 * k, colour.color(), 0.35 * k);
            for (double y = bar.bottom() + 11 * k; y < box.bottom() - 4 * k; y += 11 * k) {
                page.dashedLine(box.x() + 5 * k, y, box.right() - 5 * k, y, PageCanvas.RULE, 0.15 * k, 0.8 * k);
            }
        }
    }
}
