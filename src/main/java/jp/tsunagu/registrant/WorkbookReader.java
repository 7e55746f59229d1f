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
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
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
        // Deflate packs one repeated character about 1,000 to 1, so a legal 32,767-character cell
        // looks like a bomb by ratio alone; the bound that matters is how far a part inflates.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
        // Parts larger than this are inflated into the app's scratch folder, not the heap.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(16 * 1024 * 1024);
        try {
            jp.tsunagu.sheet.Spreadsheet.useScratchFolderForPoi();
        } catch (IOException e) {
            // Without a scratch folder POI uses the system's; parts under the threshold stay in memory anyway.
        }
    }

    /** Below deflate's best ratio for plain text: only stacked or crafted compression trips it. */
    static final double MIN_INFLATE_RATIO = 0.0005;

    /** The most one part of a workbook may inflate to: a sheet of 5,000 people is some 30 MB. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

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
        if (e instanceof OldExcelFormatException) {
            return new UserError("registrant.file.excel95", name);
        }
        if (mentions(e, "does not contain a BIFF8")) {
            return new UserError("registrant.file.notSpreadsheet", name);
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

    /** The most cells merges may fill in one sheet: overlapping merges cannot make work grow without bound. */
    static final int MERGE_FILL_LIMIT = 1_000_000;

    /**
     * As {@link #fillVerticalMerges(List, List)} for a sheet kept by row number with only the rows
     * that have text: a merge fills only rows that exist, so {@code A1:A1048576} costs what is there.
     */
    static void fillVerticalMerges(List<CellRangeAddress> merges, java.util.NavigableMap<Integer, List<String>> grid) {
        int filled = 0;
        for (CellRangeAddress region : merges) {
            if (region.getFirstColumn() != region.getLastColumn() || !grid.containsKey(region.getFirstRow())) {
                continue;
            }
            int col = region.getFirstColumn();
            List<String> first = grid.get(region.getFirstRow());
            String value = col < first.size() ? first.get(col) : "";
            for (List<String> cells : grid.subMap(region.getFirstRow(), false, region.getLastRow(), true)
                    .values()) {
                if (++filled > MERGE_FILL_LIMIT) {
                    return;
                }
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
