package jp.tsunagu.printing;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * The members part of a worksheet: one row per member, with what they wrote on the form in three columns. Each row is
 * as tall as its answers need (within limits); members that do not fit go on to further pages, so that names never go
 * below {@link #NAME_MIN} pt and answers never below {@link #ANSWER_MIN} pt, however many sit at the table.
 */
final class WorksheetMembers {
    static final float NAME_MIN = 9f;
    static final float ANSWER_MIN = 7f;
    private static final double ANSWER_LEADING = 1.3;
    /** A row is at least this tall on A3 (A4: {@link #MIN_ROW_A4_MM}): a name and an organisation line. */
    static final double MIN_ROW_MM = 14;

    static final double MIN_ROW_A4_MM = 12.5;

    private static final double MAX_ROW_MM = 42;
    private static final String[] COLUMNS = {
        "print.worksheet.name", "print.worksheet.challenges", "print.worksheet.missing", "print.worksheet.offers"
    };
    private static final double[] WIDTHS = {0.25, 0.29, 0.23, 0.23};

    private final PrintFonts fonts;
    private final PrintText text;
    private final float nameSize;
    private final float answerSize;
    private final double pad;
    private final double minRow;

    /** Sizes for the paper: A3 a little larger; A4 keeps every size at or above the minimums. */
    WorksheetMembers(PrintFonts fonts, PrintText text, PaperSize paper) {
        this.fonts = fonts;
        this.text = text;
        boolean a3 = paper.widthMm() > 400 || paper.heightMm() > 400;
        this.nameSize = a3 ? 12f : 10.5f;
        this.answerSize = a3 ? 8.5f : 7.5f;
        this.pad = a3 ? 2.5 : 1.8;
        this.minRow = a3 ? MIN_ROW_MM : MIN_ROW_A4_MM;
    }

    /** The height of the title and the column heads above the rows. */
    double headHeight() {
        return 6 + 3 + 8;
    }

    /** The people split into pages: as many rows as the area holds, each page at least one person. */
    List<List<PrintablePerson>> pages(List<PrintablePerson> people, Box first, Box later) {
        List<List<PrintablePerson>> pages = new ArrayList<>();
        List<PrintablePerson> current = new ArrayList<>();
        double room = first.height() - headHeight();
        double used = 0;
        for (PrintablePerson p : people) {
            double h = compactRowHeight(p, (pages.isEmpty() ? first : later).width());
            if (!current.isEmpty() && used + h > room) {
                pages.add(current);
                current = new ArrayList<>();
                room = later.height() - headHeight();
                used = 0;
            }
            current.add(p);
            used += h;
        }
        pages.add(current);
        return pages;
    }

    /** What a member's row needs with answers at the preferred size, between the smallest and the largest row. */
    double rowHeight(PrintablePerson person, double areaWidth) {
        return rowHeight(person, areaWidth, answerSize);
    }

    /** What a member's row needs with answers at the smallest size: what decides how many fit on a page. */
    double compactRowHeight(PrintablePerson person, double areaWidth) {
        return rowHeight(person, areaWidth, ANSWER_MIN);
    }

    private double rowHeight(PrintablePerson person, double areaWidth, float size) {
        double need = minRow;
        // The name cell: the name (two lines if it must) and the organisation wrapped below it, whole.
        double whoWidth = areaWidth * WIDTHS[0] - 2 * pad;
        TextFit.Lines name =
                TextFit.name(fonts.bold(), person.name(), nameSize, NAME_MIN, 1.1, new Box(0, 0, whoWidth, 100), 0);
        String org = organisation(person);
        double orgHeight = org.isEmpty()
                ? 0
                : 1
                        + TextFit.heightMm(
                                LineBreaker.lines(org, fonts.regular(), ANSWER_MIN, whoWidth)
                                        .size(),
                                ANSWER_MIN,
                                1.2);
        need = Math.max(need, name.heightMm() + orgHeight + 2 * pad);
        String[] answers = {person.challenges(), person.missingResources(), person.offers()};
        for (int c = 0; c < answers.length; c++) {
            if (answers[c].isEmpty()) {
                continue;
            }
            double width = areaWidth * WIDTHS[c + 1] - 2 * pad;
            int lines =
                    LineBreaker.lines(answers[c], fonts.regular(), size, width).size();
            need = Math.max(need, TextFit.heightMm(lines, size, ANSWER_LEADING) + 2 * pad);
        }
        return Math.min(need, MAX_ROW_MM);
    }

    /** Draws the title, the column heads and these people's rows; {@code continued} marks a later page. */
    void draw(PageCanvas page, Box area, List<PrintablePerson> people, ThemeColour colour, String title) {
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        page.fitLine(title, bold, 12f, area.top(6), Align.LEFT, PageCanvas.INK);
        Box table = area.below(6, 3);
        Box head = table.top(8);
        page.fill(head, colour.tint(0.82));
        Box[] cells = columns(head);
        for (int c = 0; c < COLUMNS.length; c++) {
            page.fitLine(text.get(COLUMNS[c]), bold, 9f, cells[c].inset(pad, 1.5), Align.LEFT, PageCanvas.INK);
        }
        Box body = table.below(head.height(), 0);
        if (people.isEmpty()) {
            page.fitLine(
                    text.get("print.worksheet.noMembers"),
                    regular,
                    11f,
                    body.top(14).inset(3, 3),
                    Align.LEFT,
                    PageCanvas.GREY);
            return;
        }
        // Rows at the preferred size when they all fit (few members: stretched up to the largest row, so the sheet
        // is not half empty); otherwise each between its compact and its preferred height, sharing what there is.
        double[] preferred = new double[people.size()];
        double[] compact = new double[people.size()];
        double sumPreferred = 0;
        double sumCompact = 0;
        for (int i = 0; i < preferred.length; i++) {
            preferred[i] = rowHeight(people.get(i), area.width());
            compact[i] = Math.min(preferred[i], compactRowHeight(people.get(i), area.width()));
            sumPreferred += preferred[i];
            sumCompact += compact[i];
        }
        double[] heights = new double[people.size()];
        for (int i = 0; i < heights.length; i++) {
            if (sumPreferred <= body.height()) {
                double stretch = Math.max(1, body.height() / sumPreferred);
                heights[i] = Math.max(preferred[i], Math.min(preferred[i] * stretch, MAX_ROW_MM));
            } else {
                double share =
                        sumPreferred - sumCompact <= 0 ? 0 : (body.height() - sumCompact) / (sumPreferred - sumCompact);
                heights[i] = compact[i] + Math.max(0, share) * (preferred[i] - compact[i]);
            }
        }
        double y = body.y();
        for (int i = 0; i < people.size(); i++) {
            double h = Math.min(heights[i], body.bottom() - y);
            Box row = new Box(body.x(), y, body.width(), h);
            if (i % 2 == 1) {
                page.fill(row, PageCanvas.PALE);
            }
            drawRow(page, row, people.get(i));
            y += h;
        }
        page.line(body.x(), y, body.right(), y, PageCanvas.RULE, 0.25);
    }

    private static String organisation(PrintablePerson person) {
        return person.title().isEmpty() ? person.organisation() : person.organisation() + " " + person.title();
    }

    private static Box[] columns(Box row) {
        Box[] cells = new Box[COLUMNS.length];
        double x = row.x();
        for (int c = 0; c < COLUMNS.length; c++) {
            double w = row.width() * WIDTHS[c];
            cells[c] = new Box(x, row.y(), w, row.height());
            x += w;
        }
        return cells;
    }

    private void drawRow(PageCanvas page, Box row, PrintablePerson person) {
        Box[] cells = columns(row);
        Box who = cells[0].inset(pad, pad);
        String org = organisation(person);
        // The name takes up to two lines (broken at a space or 「・」), the organisation what is left, smaller.
        double nameRoom = org.isEmpty() ? who.height() : Math.max(who.height() * 0.55, NAME_MIN * TextFit.MM_PER_PT);
        TextFit.Lines name = TextFit.name(fonts.bold(), person.name(), nameSize, NAME_MIN, 1.1, who.top(nameRoom), 0);
        page.drawLines(name, fonts.bold(), who.top(nameRoom), Align.LEFT, PageCanvas.INK, false);
        if (!org.isEmpty()) {
            Box orgBox = who.below(name.heightMm(), 1);
            float orgMax = Math.min(8f, name.size());
            page.wrap(
                    org,
                    fonts.regular(),
                    orgMax,
                    Math.min(ANSWER_MIN, orgMax),
                    1.2,
                    orgBox,
                    Align.LEFT,
                    PageCanvas.GREY,
                    0,
                    false);
        }
        String[] answers = {person.challenges(), person.missingResources(), person.offers()};
        for (int c = 0; c < answers.length; c++) {
            Box cell = cells[c + 1].inset(pad, pad);
            if (answers[c].isEmpty()) {
                page.fitLine(
                        text.get("print.worksheet.blank"),
                        fonts.regular(),
                        7.5f,
                        cell.top(4),
                        Align.LEFT,
                        PageCanvas.RULE);
            } else {
                page.wrap(
                        answers[c],
                        fonts.regular(),
                        answerSize,
                        ANSWER_MIN,
                        ANSWER_LEADING,
                        cell,
                        Align.LEFT,
                        PageCanvas.INK,
                        0,
                        false);
            }
        }
    }
}
