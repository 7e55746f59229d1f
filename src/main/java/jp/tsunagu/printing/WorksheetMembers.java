package jp.tsunagu.printing;

import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/** The members part of a worksheet: one row per member, with what they wrote on the form in three columns. */
final class WorksheetMembers {
    private static final String[] COLUMNS = {
        "print.worksheet.name", "print.worksheet.challenges", "print.worksheet.missing", "print.worksheet.offers"
    };
    private static final double[] WIDTHS = {0.25, 0.29, 0.23, 0.23};

    private final PageCanvas page;
    private final PrintFonts fonts;
    private final PrintText text;
    private final double k;

    WorksheetMembers(PageCanvas page, PrintFonts fonts, PrintText text, double k) {
        this.page = page;
        this.fonts = fonts;
        this.text = text;
        this.k = k;
    }

    void draw(Box area, List<PrintablePerson> people, ThemeColour colour) {
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        page.fitLine(
                text.get("print.worksheet.members"),
                bold,
                (float) (12 * k),
                area.top(6 * k),
                Align.LEFT,
                PageCanvas.INK);
        Box table = area.below(6 * k, 3 * k);
        Box head = table.top(8 * k);
        page.fill(head, colour.tint(0.82));
        Box[] cells = columns(head);
        for (int c = 0; c < COLUMNS.length; c++) {
            page.fitLine(
                    text.get(COLUMNS[c]),
                    bold,
                    (float) (9 * k),
                    cells[c].inset(2.5 * k, 1.5 * k),
                    Align.LEFT,
                    PageCanvas.INK);
        }
        Box body = table.below(head.height(), 0);
        if (people.isEmpty()) {
            page.fitLine(
                    text.get("print.worksheet.noMembers"),
                    regular,
                    (float) (11 * k),
                    body.top(14 * k).inset(3 * k, 3 * k),
                    Align.LEFT,
                    PageCanvas.GREY);
            return;
        }
        double rowHeight = Math.min(body.height() / people.size(), 40 * k);
        for (int i = 0; i < people.size(); i++) {
            Box row = new Box(body.x(), body.y() + i * rowHeight, body.width(), rowHeight);
            if (i % 2 == 1) {
                page.fill(row, PageCanvas.PALE);
            }
            drawRow(row, people.get(i));
        }
        double bottom = body.y() + people.size() * rowHeight;
        page.line(body.x(), bottom, body.right(), bottom, PageCanvas.RULE, 0.25 * k);
    }

    private Box[] columns(Box row) {
        Box[] cells = new Box[COLUMNS.length];
        double x = row.x();
        for (int c = 0; c < COLUMNS.length; c++) {
            double w = row.width() * WIDTHS[c];
            cells[c] = new Box(x, row.y(), w, row.height());
            x += w;
        }
        return cells;
    }

    private void drawRow(Box row, PrintablePerson person) {
        Box[] cells = columns(row);
        Box who = cells[0].inset(2.5 * k, 2 * k);
        float nameSize = page.fitLine(
                person.name(),
                fonts.bold(),
                (float) (11 * k),
                who.top(Math.min(5.5 * k, who.height() / 2)),
                Align.LEFT,
                PageCanvas.INK);
        double nameHeight = Math.min(5.5 * k, who.height() / 2);
        Box orgBox = who.below(nameHeight, 1 * k);
        String org = person.title().isEmpty() ? person.organisation() : person.organisation() + " " + person.title();
        page.wrap(
                org,
                fonts.regular(),
                (float) (8 * k),
                (float) Math.min(5.5, nameSize),
                1.25,
                orgBox,
                Align.LEFT,
                PageCanvas.GREY,
                0,
                false);
        String[] answers = {person.challenges(), person.missingResources(), person.offers()};
        for (int c = 0; c < answers.length; c++) {
            Box cell = cells[c + 1].inset(2.5 * k, 2 * k);
            if (answers[c].isEmpty()) {
                page.fitLine(
                        text.get("print.worksheet.blank"),
                        fonts.regular(),
                        (float) (7.5 * k),
                        cell.top(4 * k),
                        Align.LEFT,
                        PageCanvas.RULE);
            } else {
                page.wrap(
                        answers[c],
                        fonts.regular(),
                        (float) (8.5 * k),
                        5f,
                        1.3,
                        cell,
                        Align.LEFT,
                        PageCanvas.INK,
                        0,
                        false);
            }
        }
    }
}
