package jp.tsunagu.printing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;

/**
 * The MC's list of seat moves after reception closed (席の移動のお願い): who moves from which table to
 * which, in 五十音順, large enough to read out at arm's length. A4 portrait, as many pages as it takes.
 */
public final class MovesSheet {
    static final PaperSize PAPER = PaperSize.A4;
    private static final double ROW_MM = 13;
    private static final double[] WIDTHS = {95, 40, 40};

    /** One move: the person (and their reading, for saying the name aloud), the table left and the one taken. */
    public record Line(String name, String reading, Integer from, Integer to) {}

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public MovesSheet(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF for {@code eventName}; returns its number of pages. */
    public int write(String eventName, List<Line> moves, OutputStream out) {
        List<Line> ordered = jp.tsunagu.text.ReadingOrder.sorted(moves, (a, b) -> 0, Line::reading, Line::name);
        Box sheet = PAPER.whole().inset(18, 16);
        Box rows = sheet.below(30, 0);
        rows = new Box(rows.x(), rows.y(), rows.width(), rows.height() - 10);
        int perPage = Math.max(1, (int) (rows.height() / ROW_MM));
        List<List<Line>> pages = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += perPage) {
            pages.add(ordered.subList(i, Math.min(ordered.size(), i + perPage)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        PdfPages pdf = new PdfPages(out, PAPER, eventName + " " + text.get("print.doc.moves"));
        try (pdf) {
            for (int p = 0; p < pages.size(); p++) {
                PageCanvas page = pdf.newPage(PAPER);
                drawHeader(page, sheet, eventName);
                if (ordered.isEmpty()) {
                    page.fitLine(
                            text.get("print.moves.none"),
                            fonts.regular(),
                            16f,
                            rows.top(ROW_MM),
                            Align.LEFT,
                            PageCanvas.INK);
                }
                double y = rows.y();
                for (Line line : pages.get(p)) {
                    drawRow(page, new Box(rows.x(), y, rows.width(), ROW_MM), line);
                    y += ROW_MM;
                }
                page.fitLine(
                        text.get("print.roster.page", p + 1, pages.size()),
                        fonts.regular(),
                        8.5f,
                        sheet.bottom(6),
                        Align.CENTRE,
                        PageCanvas.GREY);
            }
        }
        return pdf.pages();
    }

    private void drawHeader(PageCanvas page, Box sheet, String eventName) {
        page.fitLine(text.get("print.doc.moves"), fonts.bold(), 20f, sheet.top(10), Align.LEFT, PageCanvas.INK);
        page.fitLine(eventName, fonts.regular(), 10f, sheet.below(11, 0).top(6), Align.LEFT, PageCanvas.GREY);
        page.line(sheet.x(), sheet.y() + 19, sheet.right(), sheet.y() + 19, PageCanvas.INK, 0.4);
        Box head = new Box(sheet.x(), sheet.y() + 22, sheet.width(), 7);
        page.fill(head, PageCanvas.PALE);
        Box[] cells = cells(head);
        String[] names = {"print.moves.name", "print.moves.from", "print.moves.to"};
        for (int c = 0; c < names.length; c++) {
            page.fitLine(
                    text.get(names[c]),
                    fonts.bold(),
                    9f,
                    cells[c].inset(2, 1.2),
                    c == 0 ? Align.LEFT : Align.CENTRE,
                    PageCanvas.INK);
        }
    }

    private void drawRow(PageCanvas page, Box row, Line line) {
        Box[] cells = cells(row);
        Box who = cells[0].inset(2, 1);
        if (!line.reading().isEmpty()) {
            page.fitLine(line.reading(), fonts.regular(), 7f, who.top(3.2), Align.LEFT, PageCanvas.GREY);
        }
        page.fitLine(line.name(), fonts.bold(), 16f, who.below(3.4, 0), Align.LEFT, PageCanvas.INK);
        page.fitLine(table(line.from()), fonts.regular(), 16f, cells[1].inset(2, 2), Align.CENTRE, PageCanvas.GREY);
        page.fitLine(table(line.to()), fonts.bold(), 18f, cells[2].inset(2, 2), Align.CENTRE, PageCanvas.INK);
        page.line(row.x(), row.bottom(), row.right(), row.bottom(), PageCanvas.RULE, 0.15);
    }

    private String table(Integer number) {
        return number == null ? text.get("print.table.unseated") : text.get("print.moves.table", number);
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
