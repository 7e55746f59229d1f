package jp.tsunagu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.ScratchFolder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetTest {
    @TempDir
    Path folder;

    @BeforeEach
    void scratch() {
        ScratchFolder.useBeside(folder.resolve("data/tsunagu.db"));
    }

    @Test
    void csvHasABomCrlfAndTheCellsAsGiven() throws Exception {
        Path out = folder.resolve("名簿.csv");
        Spreadsheet.Written written = Spreadsheet.write(
                out,
                SheetTable.of(
                        "名簿",
                        List.of("name", "table"),
                        List.of(List.of("山田, 太郎", 3), java.util.Arrays.asList("鈴木\n花子", null))));

        assertThat(written).isEqualTo(new Spreadsheet.Written(2, 0));
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        assertThat(readCsv(out))
                .containsExactly(List.of("name", "table"), List.of("山田, 太郎", "3"), List.of("鈴木\n花子", ""));
    }

    @Test
    void xlsxHasASheetPerTableWithTitleWidthsAndNumbers() throws Exception {
        Path out = folder.resolve("座席.xlsx");
        Spreadsheet.write(
                out,
                List.of(
                        SheetTable.of("全員", List.of("table", "name"), List.of(List.of(1, "山田 太郎")))
                                .widths(6, 20)
                                .filtered(),
                        SheetTable.of("テーブル1", List.of("氏名"), List.of(List.of("山田 太郎")))
                                .titled("テーブル1　お茶", "#2E7D32")
                                .printable(),
                        SheetTable.of("全員", List.of("x"), List.of())));

        try (InputStream in = Files.newInputStream(out);
                Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(2)).isEqualTo("全員 (2)");
            Sheet everyone = book.getSheetAt(0);
            assertThat(everyone.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(everyone.getColumnWidth(1)).isEqualTo(20 * 256);
            Sheet table = book.getSheetAt(1);
            assertThat(table.getRow(0).getCell(0).getStringCellValue()).isEqualTo("テーブル1　お茶");
            assertThat(table.getRow(1).getCell(0).getStringCellValue()).isEqualTo("氏名");
            assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("山田 太郎");
            assertThat(table.getFitToPage()).isTrue();
        }
    }

    @Test
    void everyDangerousLeadingCharacterIsDefusedInCsvAndKeptTextInXlsx() throws Exception {
        List<String> dangerous = List.of("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠");
        List<List<Object>> rows = new ArrayList<>();
        for (String lead : dangerous) {
            rows.add(List.of(lead + "HYPERLINK(\"http://evil.example\",\"x\")", lead + "1+1", "-", "+81 3-1234-5678"));
        }
        SheetTable table = SheetTable.of("t", List.of("=a", "b", "c", "d"), rows);
        Path csv = folder.resolve("t.csv");
        Path xlsx = folder.resolve("t.xlsx");
        Spreadsheet.write(csv, table);
        Spreadsheet.write(xlsx, table);

        List<List<String>> read = readCsv(csv);
        assertThat(read.getFirst().getFirst()).isEqualTo("'=a");
        for (int r = 1; r < read.size(); r++) {
            List<String> row = read.get(r);
            String lead = dangerous.get(r - 1);
            assertThat(row.get(0)).startsWith("'" + lead);
            assertThat(row.get(1)).isEqualTo("'" + lead + "1+1");
            assertThat(row.get(2)).isEqualTo("-");
            assertThat(row.get(3)).isEqualTo("+81 3-1234-5678");
        }
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook book = new XSSFWorkbook(in)) {
            int risky = 0;
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).doesNotStartWith("'");
                    if (FormulaGuard.isRisky(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        risky++;
                    }
                }
            }
            assertThat(risky).isEqualTo(1 + 2 * dangerous.size());
        }
    }

    @Test
    void anOverLongCellIsCutInXlsxAndKeptWholeInCsv() throws Exception {
        String huge = "あ".repeat(Spreadsheet.CELL_LIMIT + 10);
        String legal = "い".repeat(Spreadsheet.CELL_LIMIT);
        SheetTable table = SheetTable.of("t", List.of("note"), List.of(List.of(huge), List.of(legal)));

        Spreadsheet.Written xlsx = Spreadsheet.write(folder.resolve("t.xlsx"), table);
        Spreadsheet.Written csv = Spreadsheet.write(folder.resolve("t.csv"), table);

        assertThat(xlsx.cutCells()).isEqualTo(1);
        assertThat(csv.cutCells()).isZero();
        // Long runs of one character compress beyond POI's default zip-bomb ratio; the reading side
        // of the app has its own rule for that (decision 0030).
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.0001);
        try (InputStream in = Files.newInputStream(folder.resolve("t.xlsx"));
                Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .hasSize(Spreadsheet.CELL_LIMIT);
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo(legal);
        }
        assertThat(readCsv(folder.resolve("t.csv")).get(1).getFirst()).isEqualTo(huge);
    }

    @Test
    void theFileIsTheUsersOnlyAndNoTemporaryFileStays() throws Exception {
        Path out = folder.resolve("out/名簿.xlsx");
        Spreadsheet.write(out, SheetTable.of("名簿", List.of("name"), List.of(List.of("山田 太郎"))));

        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(out))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        assertThat(Files.list(out.getParent())).containsExactly(out);
        try (var left = Files.walk(ScratchFolder.current())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingWritten() {
        Path out = folder.resolve("名簿.pdf");
        assertThatThrownBy(() -> Spreadsheet.write(out, SheetTable.of("x", List.of("a"), List.of())))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("sheet.error.kind"));
        assertThat(out).doesNotExist();
    }

    private static List<List<String>> readCsv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
