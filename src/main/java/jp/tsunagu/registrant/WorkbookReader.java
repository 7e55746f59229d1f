package jp.tsunagu.registrant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.i18n.UserError;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads .xlsx and .xls workbooks into text, cell by cell as Excel shows them. */
final class WorkbookReader {

    static {
        limits();
    }

    /** A registration list is small; anything that inflates far beyond that is hostile. */
    static void limits() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    List<RawSheet> read(String name, byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes), null)) {
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<RawSheet> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                sheets.add(readSheet(sheet, formatter));
            }
            return sheets;
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    /** Why a workbook could not be read, in the user's words. */
    static UserError refusal(String name, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return new UserError("registrant.file.password", name);
        }
        if (mentions(e, "Zip bomb") || mentions(e, "exceed the max")) {
            return new UserError("registrant.file.zipBomb", name);
        }
        if (mentions(e, "password") || mentions(e, "encrypt")) {
            return new UserError("registrant.file.password", name);
        }
        return new UserError("registrant.file.corrupt", name);
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private RawSheet readSheet(Sheet sheet, DataFormatter formatter) {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
            }
            grid.add(cells);
        }
        fillVerticalMerges(sheet.getMergedRegions(), grid);
        List<RawRow> rows = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            rows.add(new RawRow(r + 1, grid.get(r)));
        }
        return new RawSheet(sheet.getSheetName(), rows);
    }

    /**
     * A cell merged down over several rows (one organisation for its three people) belongs to each
     * of them; merges across columns are titles and stay in their first cell.
     */
    static void fillVerticalMerges(List<CellRangeAddress> merges, List<List<String>> grid) {
        for (CellRangeAddress region : merges) {
            if (region.getFirstColumn() != region.getLastColumn() || region.getFirstRow() >= grid.size()) {
                continue;
            }
            int col = region.getFirstColumn();
            String value = cellAt(grid, region.getFirstRow(), col);
            for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(), grid.size() - 1); r++) {
                List<String> cells = grid.get(r);
                while (cells.size() <= col) {
                    cells.add("");
                }
                cells.set(col, value);
            }
        }
    }

    private static String cellAt(List<List<String>> grid, int row, int col) {
        List<String> cells = grid.get(row);
        return col < cells.size() ? cells.get(col) : "";
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            return "";
        }
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            // One unambiguous way of writing dates, whatever the form's locale showed.
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            if (t == null) {
                return "";
            }
            return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
        }
        return formatter.formatCellValue(cell);
    }
}
