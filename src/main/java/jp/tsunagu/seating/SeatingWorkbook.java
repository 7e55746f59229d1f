package jp.tsunagu.seating;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.List;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seating as an Excel workbook: everyone on the first sheet, then one sheet per table. */
final class SeatingWorkbook {
    private static final int[] WIDTHS = {6, 6, 28, 12, 16, 18, 24, 28, 16, 7, 7};

    private final SeatingBoard board;
    private final List<SeatingExport.Row> rows;
    private final Messages messages;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle body;

    SeatingWorkbook(SeatingBoard board, List<SeatingExport.Row> rows, Messages messages) {
        this.board = board;
        this.rows = rows;
        this.messages = messages;
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEC, (byte) 0xF1}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        body = book.createCellStyle();
        body.setBorderBottom(BorderStyle.HAIR);
    }

    void write(OutputStream out) throws IOException {
        everyone();
        for (EventTable table : board.plan().tables()) {
            table(table);
        }
        book.write(out);
        book.close();
    }

    /** The same columns as the CSV, so that a script reads either. */
    private void everyone() {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(messages.get("seating.export.everyone")));
        Row head = sheet.createRow(0);
        for (int i = 0; i < SeatingExport.COLUMNS.size(); i++) {
            cell(head, i, SeatingExport.COLUMNS.get(i), header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 1;
        for (SeatingExport.Row row : rows) {
            Row line = sheet.createRow(r++);
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i <= 1 || i == 10) {
                    number(line, i, cells.get(i));
                } else {
                    cell(line, i, cells.get(i), body);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, SeatingExport.COLUMNS.size() - 1));
    }

    /** A table's sheet for reading and printing: a title in the theme's colour, then its people. */
    private void table(EventTable table) {
        String name = messages.get(
                "seating.export.tableSheet", table.number(), table.theme().name());
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        cell(
                title,
                0,
                messages.get(
                        "seating.export.tableTitle",
                        table.number(),
                        table.theme().name()),
                titleStyle(table));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        List<String> labels = List.of(
                messages.get("seating.export.role"),
                messages.get("seating.export.name"),
                messages.get("seating.export.reading"),
                messages.get("seating.export.organisation"),
                messages.get("seating.export.industry"),
                messages.get("seating.export.yeg"),
                messages.get("seating.export.choice"));
        int[] widths = {16, 18, 22, 28, 18, 8, 10};
        Row head = sheet.createRow(1);
        for (int i = 0; i < labels.size(); i++) {
            cell(head, i, labels.get(i), header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 2;
        for (SeatingExport.Row row : rows) {
            if (row.table().number() != table.number()) {
                continue;
            }
            Row line = sheet.createRow(r++);
            cell(line, 0, messages.get("seating.export.role." + row.role()), body);
            cell(line, 1, row.name(), body);
            cell(line, 2, row.reading(), body);
            cell(line, 3, row.organisation(), body);
            cell(line, 4, row.industry(), body);
            cell(line, 5, Boolean.TRUE.equals(row.yeg()) ? messages.get("seating.export.yegMark") : "", body);
            cell(line, 6, row.choice() == null ? "" : messages.get("seating.export.choiceRank", row.choice()), body);
        }
        sheet.createFreezePane(0, 2);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private CellStyle titleStyle(EventTable table) {
        XSSFCellStyle style = book.createCellStyle();
        XSSFFont font = book.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        byte[] rgb = HexFormat.of().parseHex(table.theme().colour().substring(1));
        boolean dark = (0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF)) < 150;
        font.setColor(new XSSFColor(dark ? new byte[] {-1, -1, -1} : new byte[] {0, 0, 0}));
        style.setFont(font);
        style.setFillForegroundColor(new XSSFColor(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private void number(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        if (text.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(Integer.parseInt(text));
        }
        cell.setCellStyle(body);
    }
}
