package jp.tsunagu.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.store.WholeFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The follow-up report as an Excel workbook: a summary sheet with the figures under product.md's
 * names, a sheet per table, the seeds of connection and the next steps. People are named only where
 * they agreed ({@link Privacy}).
 */
final class ReportWorkbook {
    private final ReportContent content;
    private final Messages messages;
    private final Map<Long, ReportPerson> people;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle body;
    private final CellStyle wrapped;

    private ReportWorkbook(ReportContent content, Messages messages) {
        this.content = content;
        this.messages = messages;
        this.people = content.peopleById();
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEC, (byte) 0xF1}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        XSSFFont big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = book.createCellStyle();
        title.setFont(big);
        body = book.createCellStyle();
        body.setBorderBottom(BorderStyle.HAIR);
        wrapped = book.createCellStyle();
        wrapped.cloneStyleFrom(body);
        wrapped.setWrapText(true);
    }

    static void write(ReportContent content, Path out, Messages messages) {
        ReportWorkbook workbook = new ReportWorkbook(content, messages);
        workbook.summary();
        for (EventTable table : content.plan().tables()) {
            workbook.table(table);
        }
        workbook.seeds();
        workbook.steps();
        try {
            WholeFile.write(out, stream -> {
                workbook.book.write(stream);
                workbook.book.close();
            });
        } catch (IOException e) {
            throw new UserError(e, "followup.error.write", out.toString());
        } catch (UncheckedIOException e) {
            throw new UserError(e, "followup.error.write", out.toString());
        }
    }

    private String text(String key, Object... args) {
        return messages.get(key, args);
    }

    private Sheet sheet(String name, int... widths) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    /** The figures: a label for people, product.md's key for scripts, the value. */
    private void summary() {
        ReportFigures f = content.figures();
        Sheet sheet = sheet(text("followup.report.sheet.summary"), 30, 20, 12, 12, 12, 12, 12, 12, 12);
        int r = 0;
        var event = content.plan().event();
        cell(sheet.createRow(r++), 0, text("followup.report.title", event.name()), title);
        String date = event.date() == null ? "" : event.date().toString();
        cell(sheet.createRow(r++), 0, text("followup.report.eventLine", date, event.venue()), null);
        r++;
        Row head = sheet.createRow(r++);
        cell(head, 0, text("followup.report.figure"), header);
        cell(head, 1, text("followup.report.key"), header);
        cell(head, 2, text("followup.report.value"), header);
        for (var figure : List.of(
                Map.entry("registered", (Object) f.registered()),
                Map.entry("walkIns", (Object) f.walkIns()),
                Map.entry("attended", (Object) f.attended()),
                Map.entry("noShows", (Object) f.noShows()),
                Map.entry("attendanceRate", (Object) f.attendanceRate()),
                Map.entry("interests", (Object) f.interests()),
                Map.entry("seeds", (Object) f.seeds()),
                Map.entry("steps", (Object) f.steps()),
                Map.entry("crossIndustrySeeds", (Object) f.crossIndustrySeeds()),
                Map.entry("pairs", (Object) f.pairs()),
                Map.entry("firstTimePairs", (Object) f.firstTimePairs()),
                Map.entry("yegPairs", (Object) f.yegPairs()))) {
            Row row = sheet.createRow(r++);
            cell(row, 0, text("followup.figure." + figure.getKey()), body);
            cell(row, 1, figure.getKey(), body);
            number(row, 2, figure.getValue());
        }
        r++;
        cell(sheet.createRow(r++), 0, text("followup.figure.byCategory") + "  (byCategory)", title);
        Row catHead = sheet.createRow(r++);
        cell(catHead, 0, text("followup.report.category"), header);
        cell(catHead, 1, "registered", header);
        cell(catHead, 2, "attended", header);
        for (var e : f.byCategory().entrySet()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, e.getKey().isEmpty() ? text("followup.report.noCategory") : e.getKey(), body);
            number(row, 1, e.getValue().registered());
            number(row, 2, e.getValue().attended());
        }
        r++;
        cell(sheet.createRow(r++), 0, text("followup.figure.seedsByStatus") + "  (seedsByStatus)", title);
        for (var e : f.seedsByStatus().entrySet()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, text("followup.status." + e.getKey().code()), body);
            cell(row, 1, e.getKey().code(), body);
            number(row, 2, e.getValue());
        }
        r++;
        cell(sheet.createRow(r++), 0, text("followup.figure.tables") + "  (tables)", title);
        List<String> keys = List.of(
                "themeName", "number", "theme", "present", "industries", "firstChoice", "interests", "seeds", "steps");
        Row labels = sheet.createRow(r++);
        Row keyRow = sheet.createRow(r++);
        for (int i = 0; i < keys.size(); i++) {
            cell(labels, i, text("followup.table." + keys.get(i)), header);
            cell(keyRow, i, keys.get(i), body);
        }
        for (TableFigures t : f.tables()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, t.themeName(), body);
            number(row, 1, t.number());
            number(row, 2, t.theme());
            number(row, 3, t.present());
            number(row, 4, t.industries());
            number(row, 5, t.firstChoice());
            number(row, 6, t.interests());
            number(row, 7, t.seeds());
            number(row, 8, t.steps());
        }
    }

    /** A table's sheet: its theme, hosts and figures, then its three lists. */
    private void table(EventTable table) {
        Sheet sheet = sheet(text("followup.report.sheet.table", table.number(), table.theme().name()), 50, 40, 14, 14);
        int r = 0;
        cell(sheet.createRow(r++), 0, text("followup.report.tableTitle", table.number(), table.theme().name()), title);
        if (table.advisor().isPresent()) {
            cell(sheet.createRow(r++), 0, text("followup.report.advisor", table.advisor().get().name()), null);
        }
        if (table.facilitator().isPresent()) {
            cell(sheet.createRow(r++), 0, text("followup.report.facilitator", table.facilitator().get().name()), null);
        }
        TableFigures figures = content.figures().tables().stream()
                .filter(t -> t.number() == table.number())
                .findFirst()
                .orElseThrow();
        cell(sheet.createRow(r++), 0,
                text("followup.report.tableFigures", figures.present(), figures.industries(), figures.firstChoice()),
                null);
        r++;
        Row head = sheet.createRow(r++);
        cell(head, 0, text("followup.kind.interest"), header);
        for (Outcome o : content.outcomes(table.number(), OutcomeKind.INTEREST)) {
            cell(sheet.createRow(r++), 0, o.text(), wrapped);
        }
        r++;
        head = sheet.createRow(r++);
        cell(head, 0, text("followup.kind.seed"), header);
        cell(head, 1, text("followup.report.people"), header);
        cell(head, 2, text("followup.report.status"), header);
        for (Outcome o : content.outcomes(table.number(), OutcomeKind.SEED)) {
            Row row = sheet.createRow(r++);
            cell(row, 0, o.text(), wrapped);
            cell(row, 1, names(o.people()), wrapped);
            cell(row, 2, text("followup.status." + o.status().code()), body);
        }
        r++;
        head = sheet.createRow(r++);
        cell(head, 0, text("followup.kind.step"), header);
        cell(head, 1, text("followup.report.owner"), header);
        cell(head, 2, text("followup.report.due"), header);
        for (Outcome o : content.outcomes(table.number(), OutcomeKind.STEP)) {
            Row row = sheet.createRow(r++);
            cell(row, 0, o.text(), wrapped);
            cell(row, 1, o.ownerId() == null ? "" : Privacy.name(people.get(o.ownerId()), messages), wrapped);
            cell(row, 2, o.due() == null ? "" : o.due().toString(), body);
        }
    }

    private void seeds() {
        Sheet sheet = sheet(text("followup.report.sheet.seeds"), 8, 44, 40, 12, 14);
        Row head = sheet.createRow(0);
        List<String> labels = List.of(
                text("followup.report.table"),
                text("followup.kind.seed"),
                text("followup.report.people"),
                text("followup.report.status"),
                text("followup.report.lastChange"));
        for (int i = 0; i < labels.size(); i++) {
            cell(head, i, labels.get(i), header);
        }
        int r = 1;
        for (Outcome o : content.outcomes()) {
            if (o.kind() != OutcomeKind.SEED) {
                continue;
            }
            Row row = sheet.createRow(r++);
            number(row, 0, o.tableNumber());
            cell(row, 1, o.text(), wrapped);
            cell(row, 2, names(o.people()), wrapped);
            cell(row, 3, text("followup.status." + o.status().code()), body);
            List<FollowUpEntry> history = content.history().getOrDefault(o.id(), List.of());
            cell(row, 4, history.isEmpty() ? "" : history.getLast().date().toString(), body);
        }
        sheet.createFreezePane(0, 1);
    }

    private void steps() {
        Sheet sheet = sheet(text("followup.report.sheet.steps"), 8, 50, 30, 14);
        Row head = sheet.createRow(0);
        List<String> labels = List.of(
                text("followup.report.table"),
                text("followup.kind.step"),
                text("followup.report.owner"),
                text("followup.report.due"));
        for (int i = 0; i < labels.size(); i++) {
            cell(head, i, labels.get(i), header);
        }
        int r = 1;
        for (Outcome o : content.outcomes()) {
            if (o.kind() != OutcomeKind.STEP) {
                continue;
            }
            Row row = sheet.createRow(r++);
            number(row, 0, o.tableNumber());
            cell(row, 1, o.text(), wrapped);
            cell(row, 2, o.ownerId() == null ? "" : Privacy.name(people.get(o.ownerId()), messages), wrapped);
            cell(row, 3, o.due() == null ? "" : o.due().toString(), body);
        }
        sheet.createFreezePane(0, 1);
    }

    private String names(List<Long> ids) {
        return ids.stream().map(id -> Privacy.name(people.get(id), messages)).collect(Collectors.joining("、"));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void number(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else {
            cell.setCellValue(((Number) value).doubleValue());
        }
        cell.setCellStyle(body);
    }
}
