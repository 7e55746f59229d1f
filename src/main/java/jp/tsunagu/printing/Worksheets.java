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
                drawSheet(pdf.newPage(page), page, event, table);
            }
        }
        return pdf.pages();
    }

    private void drawSheet(PageCanvas page, PaperSize paper, PrintableEvent event, PrintableTable table) {
        double k = paper.widthMm() / 420; // 1 on A3, 0.71 on A4
        Box sheet = paper.whole().inset(14 * k, 12 * k);
        Box header = sheet.top(30 * k);
        drawHeader(page, header, k, event, table);

        Box body = sheet.below(header.height(), 7 * k);
        Box members = body.left(body.width() * 0.56);
        Box boxes = body.rightOf(members.width(), 8 * k);
        List<PrintablePerson> people = event.at(table.number()).stream()
                .filter(p -> !p.role().isHost())
                .toList();
        new WorksheetMembers(page, fonts, text, k).draw(members, people, table.colour());
        drawWritingBoxes(page, boxes, k, table.colour());
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
                (float) (12 * k),
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
                (float) (10 * k),
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

    private void drawStaffLine(
            PageCanvas page, Box box, double k, PersonRole role, java.util.Optional<PrintableStaff> staff) {
        String label = text.get(role.labelKey());
        BaseFont regular = fonts.regular();
        float labelSize = (float) (9 * k);
        double labelWidth = 30 * k;
        page.fitLine(label, regular, labelSize, box.left(labelWidth), Align.LEFT, PageCanvas.GREY);
        Box nameBox = box.rightOf(labelWidth, 0);
        String who = staff.map(s -> s.organisation().isEmpty() ? s.name() : s.name() + "（" + s.organisation() + "）")
                .orElse("");
        if (staff.isEmpty()) {
            // Not decided when printed: a line to write the name on at the table.
            double y = nameBox.centreY() + 2.5 * k;
            page.line(nameBox.x(), y, nameBox.x() + nameBox.width() * 0.8, y, PageCanvas.RULE, 0.25 * k);
            return;
        }
        page.fitLine(who, fonts.bold(), (float) (13 * k), nameBox, Align.LEFT, PageCanvas.INK);
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
            page.fitLine(
                    text.get(BOXES[i][1]),
                    fonts.regular(),
                    (float) (9 * k),
                    titleBox.rightOf(used, 0),
                    Align.LEFT,
                    PageCanvas.GREY);
            page.strokeRound(box, 2 * k, colour.color(), 0.35 * k);
            for (double y = bar.bottom() + 11 * k; y < box.bottom() - 4 * k; y += 11 * k) {
                page.dashedLine(box.x() + 5 * k, y, box.right() - 5 * k, y, PageCanvas.RULE, 0.15 * k, 0.8 * k);
            }
        }
    }
}
