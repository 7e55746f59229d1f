package jp.tsunagu.followup;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.TableLabel;
import jp.tsunagu.printing.Box;
import jp.tsunagu.printing.PaperSize;
import jp.tsunagu.printing.PdfDrawing;
import jp.tsunagu.store.WholeFile;
import org.jfree.chart.JFreeChart;

/**
 * The follow-up report as a PDF for the city: the figures and three charts, then each table's
 * common interests, seeds of connection and next steps. A4 portrait, text flowing down the page
 * and onto the next; people named only where they agreed ({@link Privacy}).
 */
final class ReportPdf {
    private static final double MARGIN = 15;
    private static final float BODY = 9.5f;

    private final ReportContent content;
    private final Messages m;
    private final Map<Long, ReportPerson> people;
    private final PdfDrawing pdf;
    private final double width;
    private final double bottom;
    private double y;

    private ReportPdf(ReportContent content, Messages messages, PdfDrawing pdf) {
        this.content = content;
        this.m = messages;
        this.people = content.peopleById();
        this.pdf = pdf;
        this.width = pdf.paper().widthMm() - 2 * MARGIN;
        this.bottom = pdf.paper().heightMm() - MARGIN;
    }

    static void write(ReportContent content, Path out, Messages messages) {
        try {
            WholeFile.write(out, stream -> {
                String title = messages.get(
                        "followup.report.title", content.plan().event().name());
                try (PdfDrawing pdf = new PdfDrawing(stream, PaperSize.A4, title)) {
                    new ReportPdf(content, messages, pdf).draw();
                }
            });
        } catch (IOException e) {
            throw new UserError(e, "followup.error.write", out.toString());
        }
    }

    private void draw() {
        page();
        Event event = content.plan().event();
        para(m.get("followup.report.title", event.name()), true, 16f, PdfDrawing.INK);
        String date = event.date() == null ? "" : event.date().toString();
        para(m.get("followup.report.eventLine", date, event.venue()), false, BODY, PdfDrawing.GREY);
        y += 3;
        figures();
        y += 4;
        chart(ReportCharts.attendanceByCategory(content.figures(), m), 70);
        chart(ReportCharts.industryMix(content, m), 85);
        chart(ReportCharts.seedsByStatus(content.figures(), m), 62);
        for (EventTable table : content.plan().tables()) {
            table(table);
        }
        for (int number : content.removedTables()) {
            removedTable(number);
        }
    }

    private void page() {
        pdf.newPage();
        y = MARGIN;
    }

    private void room(double mm) {
        if (y + mm > bottom) {
            page();
        }
    }

    private void para(String text, boolean bold, float size, Color colour) {
        para(text, bold, size, colour, MARGIN, width);
    }

    private void para(String text, boolean bold, float size, Color colour, double x, double w) {
        List<String> lines = pdf.lines(text, bold, size, w);
        for (String line : lines) {
            double h = PdfDrawing.heightMm(1, size);
            room(h);
            pdf.drawLines(List.of(line), bold, size, x, y, colour);
            y += size * PdfDrawing.LEADING * 25.4 / 72;
        }
    }

    /** The figures in two columns of label and value. */
    private void figures() {
        ReportFigures f = content.figures();
        List<Map.Entry<String, Object>> rows = List.of(
                Map.entry("registered", f.registered()),
                Map.entry("walkIns", f.walkIns()),
                Map.entry("attended", f.attended()),
                Map.entry("noShows", f.noShows()),
                Map.entry("attendanceRate", percent(f)),
                Map.entry("interests", f.interests()),
                Map.entry("seeds", f.seeds()),
                Map.entry("steps", f.steps()),
                Map.entry("crossIndustrySeeds", f.crossIndustrySeeds()),
                Map.entry("pairs", f.pairs()),
                Map.entry("firstTimePairs", f.firstTimePairs()),
                Map.entry("yegPairs", f.yegPairs()));
        double rowHeight = 6.5;
        int half = (rows.size() + 1) / 2;
        room(half * rowHeight);
        double column = width / 2;
        for (int i = 0; i < rows.size(); i++) {
            double x = MARGIN + (i < half ? 0 : column);
            double top = y + (i % half) * rowHeight;
            pdf.fill(new Box(x, top, column - 3, rowHeight - 1), PdfDrawing.PALE);
            // The value box is wide enough for the rate ("83.3% (0.833)") at full size, so no label runs into it.
            Box label = new Box(x + 2, top, column - 42, rowHeight - 1);
            pdf.fitLine(
                    m.get("followup.figure." + rows.get(i).getKey()),
                    false,
                    BODY,
                    label,
                    PdfDrawing.Align.LEFT,
                    PdfDrawing.INK);
            Box value = new Box(x + column - 39, top, 34, rowHeight - 1);
            pdf.fitLine(
                    String.valueOf(rows.get(i).getValue()), true, 11f, value, PdfDrawing.Align.RIGHT, PdfDrawing.INK);
        }
        y += half * rowHeight;
    }

    private String percent(ReportFigures f) {
        return m.get(
                "followup.report.rate",
                f.attendanceRate().movePointRight(2).stripTrailingZeros().toPlainString(),
                f.attendanceRate().toPlainString());
    }

    private void chart(JFreeChart chart, double heightMm) {
        room(heightMm);
        Box area = new Box(MARGIN, y, width, heightMm);
        pdf.draw(
                area,
                g -> chart.draw(
                        g,
                        new Rectangle2D.Double(
                                0, 0, PdfDrawing.points(area.width()), PdfDrawing.points(area.height()))));
        y += heightMm + 3;
    }

    private void table(EventTable table) {
        band(m.get("followup.report.tableTitle", table.number(), table.theme().name()));
        StringBuilder hosts = new StringBuilder();
        table.advisor().ifPresent(a -> hosts.append(m.get("followup.report.advisor", a.name()))
                .append("　"));
        table.facilitator().ifPresent(f -> hosts.append(m.get("followup.report.facilitator", f.name())));
        if (!hosts.isEmpty()) {
            para(hosts.toString().strip(), false, BODY, PdfDrawing.GREY);
        }
        TableFigures f = content.figures().tables().stream()
                .filter(t -> t.number() == table.number())
                .findFirst()
                .orElseThrow();
        para(
                m.get("followup.report.tableFigures", f.present(), f.industries(), f.firstChoice()),
                false,
                BODY,
                PdfDrawing.GREY);
        lists(kind -> content.outcomes(table.number(), kind));
    }

    /**
     * A table removed since: its outcomes under its own band ("テーブル4（削除）") with a line saying
     * it is not the table that has the number now, never under that table (decision 0008).
     */
    private void removedTable(int lastNumber) {
        band(m.get("followup.report.removedTable", TableLabel.of(lastNumber, true, m)));
        para(m.get("followup.report.removedNote"), false, BODY, PdfDrawing.GREY);
        lists(kind -> content.removedOutcomes(lastNumber, kind));
    }

    private void band(String title) {
        room(40);
        y += 4;
        Box band = new Box(MARGIN, y, width, 9);
        pdf.fill(band, PdfDrawing.PALE);
        pdf.fitLine(title, true, 13f, band.inset(2, 1), PdfDrawing.Align.LEFT, PdfDrawing.INK);
        y += 11;
    }

    /** A table's three lists: common interests, seeds of connection, next steps. */
    private void lists(java.util.function.Function<OutcomeKind, List<Outcome>> of) {
        list(m.get("followup.kind.interest"), of.apply(OutcomeKind.INTEREST), o -> o.text());
        list(
                m.get("followup.kind.seed"),
                of.apply(OutcomeKind.SEED),
                o -> m.get(
                        "followup.report.seedLine",
                        o.text(),
                        names(o.people()),
                        m.get("followup.status." + o.status().code())));
        list(m.get("followup.kind.step"), of.apply(OutcomeKind.STEP), this::stepLine);
    }

    private String stepLine(Outcome o) {
        List<String> parts = new java.util.ArrayList<>();
        if (o.ownerId() != null) {
            parts.add(m.get("followup.report.stepOwner", Privacy.name(people.get(o.ownerId()), m)));
        }
        if (o.due() != null) {
            parts.add(m.get("followup.report.stepDue", o.due().toString()));
        }
        return parts.isEmpty() ? o.text() : m.get("followup.report.stepLine", o.text(), String.join("、", parts));
    }

    private void list(String heading, List<Outcome> items, java.util.function.Function<Outcome, String> line) {
        y += 2;
        room(12);
        para(heading, true, 10.5f, PdfDrawing.INK);
        if (items.isEmpty()) {
            para(m.get("followup.report.none"), false, BODY, PdfDrawing.GREY, MARGIN + 4, width - 4);
            return;
        }
        for (Outcome o : items) {
            room(PdfDrawing.heightMm(1, BODY));
            pdf.text("・", false, BODY, MARGIN + 1, y + BODY * 0.88 * 25.4 / 72, PdfDrawing.Align.LEFT, PdfDrawing.INK);
            para(line.apply(o), false, BODY, PdfDrawing.INK, MARGIN + 5, width - 5);
        }
    }

    private String names(List<Long> ids) {
        return ids.stream().map(id -> Privacy.name(people.get(id), m)).collect(Collectors.joining("、"));
    }
}
