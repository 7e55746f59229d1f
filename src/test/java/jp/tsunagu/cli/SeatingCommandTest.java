package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.SeatingExport;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatingCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void event() {
        store = folder.resolve("tsunagu.db");
        try (Database database = Database.open(store)) {
            StoreFixture fixture = new StoreFixture(database);
            EventPlan plan = fixture.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
            fixture.person(plan, "鈴木一郎", "株式会社掛川製茶", "農業", true, "ichiro@example.jp", 2, 1, null);
            fixture.person(plan, "佐藤花子", "掛川製茶株式会社", "農業", false, "", 2, 4, null);
            fixture.person(plan, "田中, 次郎", "まちづくりNPO", "その他", false, "", 1, null, null);
            fixture.person(plan, "高橋", "", "", false, "", null, null, null);
            fixture.events()
                    .putStaff(
                            plan.event().id(),
                            2,
                            jp.tsunagu.event.StaffRole.ADVISOR,
                            new jp.tsunagu.event.StaffDetails("茶農家の先生", "掛川茶振興協会", ""));
        }
    }

    @Test
    void assignPrintsTheScoreEachTermTheRulesAndTheReasons() {
        CliRun run = CliRun.of(store, "assign");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("4人中4人の席を決めました")
                .contains("得点：26")
                .contains("第1希望の席：2（20点）")
                .contains("第2希望の席：1（6点）")
                .contains("同じ業種どうしの組：0（0点）")
                .contains("ルールの確認：すべて守られています。")
                .contains("第1希望のテーブル2には同じ所属の");
    }

    @Test
    void assignJsonHasTheShapeOfCliMd() throws Exception {
        CliRun run = CliRun.of(store, "assign", "--capacity", "3", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("score").asInt()).isEqualTo(26);
        assertThat(json.get("terms").get("firstChoice").asInt()).isEqualTo(2);
        assertThat(json.get("terms").get("secondChoice").asInt()).isEqualTo(1);
        assertThat(json.get("terms").get("thirdChoice").asInt()).isZero();
        assertThat(json.get("terms").get("sameIndustryPairs").asInt()).isZero();
        assertThat(json.get("terms").get("repeatPairs").asInt()).isZero();
        assertThat(json.get("terms").get("yegOverflow").asInt()).isZero();
        assertThat(json.get("unseated")).isEmpty();
        assertThat(json.get("violations")).isEmpty();
        assertThat(json.get("millis").asLong()).isNotNegative();
        assertThat(json.get("seats")).hasSize(4);
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void anOrganisationThatCannotSitApartIsReportedAndTheCommandStillSucceeds() throws Exception {
        try (Database database = Database.open(store)) {
            StoreFixture fixture = new StoreFixture(database);
            EventPlan plan = fixture.events().plan(1);
            for (int i = 0; i < 7; i++) {
                fixture.person(plan, "社員" + i, "株式会社掛川製茶", "", false, "", 1, null, null);
            }
        }

        CliRun run = CliRun.of(store, "assign", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("unseated")).hasSize(2);
        assertThat(json.get("violations").get(0).get("rule").asText()).isEqualTo("organisation");
        assertThat(json.get("violations").get(0).get("people")).hasSize(9);
        assertThat(json.get("violations").get(0).get("message").asText()).contains("テーブルは7卓しかない");
    }

    @Test
    void exportsTheSameRowsToCsvAndXlsx() throws Exception {
        CliRun.of(store, "assign");
        Path csv = folder.resolve("座席.csv");
        Path xlsx = folder.resolve("座席.xlsx");

        CliRun toCsv = CliRun.of(store, "export", "seating", "--out", csv.toString());
        CliRun toXlsx = CliRun.of(store, Locale.ENGLISH, "export", "seating", "--out", xlsx.toString(), "--json");

        assertThat(toCsv.exitCode()).isZero();
        assertThat(toXlsx.exitCode()).isZero();
        assertThat(JSON.readTree(toXlsx.out()).get("rows").asInt()).isEqualTo(5);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> fromCsv = readCsv(csv);
        List<List<String>> fromXlsx = readEveryoneSheet(xlsx);
        assertThat(fromCsv.getFirst()).isEqualTo(SeatingExport.COLUMNS);
        assertThat(fromCsv).hasSize(6).isEqualTo(fromXlsx);
        assertThat(fromCsv.get(1))
                .isEqualTo(List.of(
                        "1",
                        "1",
                        "空き家・跡地の新しい活用",
                        "participant",
                        "田中, 次郎",
                        "よみ田中, 次郎",
                        "まちづくりNPO",
                        "",
                        "その他",
                        "false",
                        "1"));
        assertThat(fromCsv)
                .anySatisfy(row -> assertThat(row).startsWith("2", "2", "農産物・お茶の未来のかたち", "advisor", "茶農家の先生"));
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            assertThat(book.getSheetName(0)).isEqualTo("Everyone");
            Sheet table2 = book.getSheetAt(2);
            assertThat(table2.getRow(0).getCell(0).getStringCellValue()).startsWith("Table 2");
            assertThat(table2.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Advisor");
        }
    }

    @Test
    void refusesAnUnknownFileTypeAndWritesNothing() {
        CliRun run = CliRun.of(
                store, "export", "seating", "--out", folder.resolve("座席.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(".csv か .xlsx");
        assertThat(folder.resolve("座席.pdf")).doesNotExist();
    }

    private static List<List<String>> readCsv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.read(); // the BOM
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> readEveryoneSheet(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                Workbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < SeatingExport.COLUMNS.size(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
