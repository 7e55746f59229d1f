package jp.tsunagu.sheet;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.DiskFull;
import jp.tsunagu.store.ScratchFolder;
import jp.tsunagu.store.WholeFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Writes tables to a .csv (UTF-8 with a BOM, so Excel opens it right; the first table only) or an
 * .xlsx (a sheet per table), chosen by the file's extension, whole or not at all and readable by
 * the user only. Text a spreadsheet would run as a formula is defused ({@link FormulaGuard}); a
 * text longer than an Excel cell holds is cut in the .xlsx rather than stopping the export, and
 * counted in the result so the caller can say so.
 */
public final class Spreadsheet {
    /** The most characters an Excel cell holds. */
    public static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** What was written: data rows over all sheets written, and cells cut to {@link #CELL_LIMIT}. */
    public record Written(int rows, int cutCells) {}

    /** The kinds of file the writer makes. */
    public enum Kind {
        CSV,
        XLSX;

        /** The kind {@code file}'s extension names; a user error for any other. */
        public static Kind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new UserError("sheet.error.kind", file.getFileName().toString());
        }
    }

    private Spreadsheet() {}

    /** Writes one table to {@code out}. */
    public static Written write(Path out, SheetTable table) {
        return write(out, List.of(table));
    }

    /** Writes the tables to {@code out} (.csv: the first only; .xlsx: a sheet each). */
    public static Written write(Path out, List<SheetTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to write");
        }
        Kind kind = Kind.of(out);
        int[] cut = {0};
        try {
            WholeFile.write(out, stream -> {
                if (kind == Kind.XLSX) {
                    cut[0] = writeXlsx(stream, tables);
                } else {
                    writeCsv(stream, tables.getFirst());
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError userError) {
                throw userError;
            }
            if (DiskFull.isCause(e)) {
                throw new UserError(
                        e, "sheet.error.diskFull", out.toAbsolutePath().toString());
            }
            throw new UserError(e, "sheet.error.failed", out.toAbsolutePath().toString(), DiskFull.describe(e));
        }
        int rows = kind == Kind.CSV
                ? tables.getFirst().rows().size()
                : tables.stream().mapToInt(t -> t.rows().size()).sum();
        return new Written(rows, cut[0]);
    }

    /** The text of a cell as it goes into a CSV or an .xlsx string cell (before the guard). */
    static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    private static void writeCsv(OutputStream stream, SheetTable table) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(defused(table.header()));
            for (List<Object> row : table.rows()) {
                csv.printRecord(defused(row));
            }
        }
    }

    private static List<String> defused(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            // Numbers and yes/no are the app's own values, never a formula.
            cells.add(cell instanceof String s ? FormulaGuard.defuse(s) : text(cell));
        }
        return cells;
    }

    private static int writeXlsx(OutputStream stream, List<SheetTable> tables) throws IOException {
        useScratchFolderForPoi();
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(book);
            int cut = 0;
            List<String> names = new ArrayList<>();
            for (SheetTable table : tables) {
                cut += sheet(book, styles, table, uniqueName(table.name(), names));
            }
            book.write(stream);
            return cut;
        } finally {
            book.close();
            book.dispose();
        }
    }

    /**
     * POI keeps the rows of a streamed sheet in temporary files holding names and emails: they go
     * into the app's scratch folder (removed at the next start if a kill leaves them), never into
     * the shared system temp folder.
     */
    public static void useScratchFolderForPoi() throws IOException {
        // Asked for at each temporary file, so the folder follows the store in use and is only made when needed.
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                return Files.createTempFile(ScratchFolder.current(), prefix, suffix)
                        .toFile();
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return Files.createTempDirectory(ScratchFolder.current(), prefix)
                        .toFile();
            }
        });
    }

    // Excel refuses two sheets of one name (case-insensitive) or a name over 31 characters.
    private static String uniqueName(String wanted, List<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static int sheet(SXSSFWorkbook book, Styles styles, SheetTable table, String name) {
        Sheet sheet = book.createSheet(name);
        int columns = Math.max(1, table.header().size());
        int r = 0;
        int cut = 0;
        if (table.title() != null) {
            Row title = sheet.createRow(r++);
            title.setHeightInPoints(24);
            Cell cell = title.createCell(0);
            cut += setText(
                    cell, table.title().text(), styles.title(book, table.title().colour()), styles);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            }
        }
        int headerRow = r;
        Row head = sheet.createRow(r++);
        for (int c = 0; c < table.header().size(); c++) {
            cut += setText(head.createCell(c), table.header().get(c), styles.header, styles);
        }
        for (int c = 0; c < table.widths().size(); c++) {
            int width = table.widths().get(c);
            if (width > 0) {
                sheet.setColumnWidth(c, Math.min(255, width) * 256);
            }
        }
        for (List<Object> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.body);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value == null || text(value).isEmpty()) {
                    cell.setBlank();
                } else {
                    cut += setText(cell, text(value), styles.body, styles);
                }
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        if (table.filter()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns - 1));
        }
        if (table.forPrinting()) {
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
        return cut;
    }

    /**
     * Puts text into a string cell (which Excel never runs); risky text also gets Excel's "quote
     * prefix" mark so that editing the cell keeps it text. Returns 1 when the text had to be cut.
     */
    private static int setText(Cell cell, String text, CellStyle style, Styles styles) {
        String value = text;
        int cut = 0;
        if (value.length() > CELL_LIMIT) {
            int end = CELL_LIMIT;
            if (Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            value = value.substring(0, end);
            cut = 1;
        }
        cell.setCellValue(value);
        cell.setCellStyle(FormulaGuard.isRisky(value) ? styles.quoted(style) : style);
        return cut;
    }

    /** The few cell styles of a workbook, made once (Excel allows only so many). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle body;
        private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.HashMap<>();
        private final java.util.Map<String, CellStyle> titles = new java.util.HashMap<>();

        Styles(SXSSFWorkbook book) {
            XSSFFont bold = (XSSFFont) book.createFont();
            bold.setBold(true);
            XSSFCellStyle head = (XSSFCellStyle) book.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEC, (byte) 0xF1}));
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            header = head;
            body = book.createCellStyle();
            body.setBorderBottom(BorderStyle.HAIR);
            this.book = book;
        }

        private final SXSSFWorkbook book;

        CellStyle quoted(CellStyle style) {
            return quoted.computeIfAbsent(style, s -> {
                CellStyle copy = book.createCellStyle();
                copy.cloneStyleFrom(s);
                copy.setQuotePrefixed(true);
                return copy;
            });
        }

        CellStyle title(SXSSFWorkbook workbook, String colour) {
            String key = colour == null ? "" : colour;
            return titles.computeIfAbsent(key, k -> {
                XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
                XSSFFont font = (XSSFFont) workbook.createFont();
                font.setBold(true);
                font.setFontHeightInPoints((short) 14);
                byte[] rgb = parseColour(colour);
                if (rgb != null) {
                    boolean dark = (0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF)) < 150;
                    font.setColor(new XSSFColor(dark ? new byte[] {-1, -1, -1} : new byte[] {0, 0, 0}));
                    style.setFillForegroundColor(new XSSFColor(rgb));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                style.setFont(font);
                return style;
            });
        }

        private static byte[] parseColour(String colour) {
            if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
                return null;
            }
            return HexFormat.of().parseHex(colour.substring(1));
        }
    }
}
