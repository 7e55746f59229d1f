package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store;
    private Path csv;

    @BeforeEach
    void event() throws Exception {
        store = folder.resolve("tsunagu.db");
        assertThat(CliRun.of(store, "event", "new", "--name", "掛川マッチング交流会").exitCode())
                .isZero();
        csv = Files.writeString(
                folder.resolve("申込.csv"),
                "タイムスタンプ,お名前,ふりがな,会社名,区分,メールアドレス,参加希望テーマ [第1希望],食物アレルギー\n"
                        + "2026/10/01 9:00:00,山田 太郎,やまだ たろう,株式会社やまだ,掛川YEG会員,taro@example.com,空き家,えび\n"
                        + "2026/10/01 9:10:00,,,,,ghost@example.com,1,\n"
                        + "2026/10/01 9:20:00,山田　太郎,やまだ たろう,㈱やまだ,,yamada@example,食と循環,\n"
                        + "2026/10/02 9:00:00,山田 太郎,やまだ たろう,株式会社やまだ,掛川YEG会員,taro@example.com,2,えび\n",
                StandardCharsets.UTF_8);
    }

    private JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void importsAndReportsRowByRowAsJson() throws Exception {
        JsonNode j = json(CliRun.of(store, "import", csv.toString(), "--json"));
        assertThat(j.get("file").asText()).isEqualTo("申込.csv");
        assertThat(j.get("rows").asInt()).isEqualTo(4);
        assertThat(j.get("added").asInt()).isEqualTo(2);
        assertThat(j.get("updated").asInt()).isEqualTo(1);
        assertThat(j.get("rejected")).hasSize(1);
        assertThat(j.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(j.get("rejected").get(0).get("column").asText()).isEqualTo("お名前");
        assertThat(j.get("rejected").get(0).get("reason").asText()).contains("名前が空");
        assertThat(j.get("warnings").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(j.get("warnings").get(0).get("column").asText()).isEqualTo("メールアドレス");
        assertThat(j.get("possibleDuplicates").get(0).get("rows").toString()).isEqualTo("[5,4]");
        assertThat(j.get("possibleDuplicates").get(0).get("names")).hasSize(2);
    }

    @Test
    void saysWhatItDidInJapaneseText() {
        CliRun run = CliRun.of(store, "import", csv.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("追加 2 人、更新 0 人")
                .contains("3 行目 [お名前] 取り込まない：名前が空のため取り込みません。")
                .contains("重複の可能性");
        CliRun english = CliRun.of(store, Locale.ENGLISH, "import", csv.toString());
        assertThat(english.out()).contains("Nothing changed.");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        JsonNode j = json(CliRun.of(store, "import", csv.toString(), "--dry-run", "--json"));
        assertThat(j.get("added").asInt()).isEqualTo(2);
        assertThat(j.get("dryRun").asBoolean()).isTrue();
        Path out = folder.resolve("out.csv");
        json(CliRun.of(store, "export", "registrants", "--out", out.toString(), "--json"));
        assertThat(records(out)).hasSize(1);
    }

    @Test
    void refusesABrokenFileWithExitOneAndWritesNothing() throws Exception {
        CliRun.of(store, "import", csv.toString());
        Path bad = Files.write(folder.resolve("壊れた.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CliRun run = CliRun.of(store, "import", bad.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("壊れた.xlsx").contains("壊れている");
        Path out = folder.resolve("out.csv");
        json(CliRun.of(store, "export", "registrants", "--out", out.toString()));
        assertThat(records(out)).hasSize(3);
    }

    @Test
    void exportsOnePersonPerRowInCliOrder() throws Exception {
        CliRun.of(store, "import", csv.toString());
        Path out = folder.resolve("registrants.csv");
        assertThat(CliRun.of(store, "export", "registrants", "--out", out.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(out)).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = records(out);
        assertThat(records.getFirst().toList())
                .containsExactly(
                        "name",
                        "reading",
                        "organisation",
                        "title",
                        "industry",
                        "category",
                        "yeg",
                        "email",
                        "phone",
                        "choice1",
                        "choice2",
                        "choice3",
                        "consent",
                        "warnings",
                        "challenges",
                        "missing_resources",
                        "offers",
                        "sdgs",
                        "registered_at",
                        "notes",
                        "attendance",
                        "食物アレルギー");
        CSVRecord taro = records.stream()
                .filter(r -> r.get(7).equals("taro@example.com"))
                .findFirst()
                .orElseThrow();
        assertThat(taro.get(0)).isEqualTo("山田 太郎");
        assertThat(taro.get(6)).isEqualTo("true");
        assertThat(taro.get(9)).isEqualTo("2");
        assertThat(taro.get(13)).contains("同じ名前・所属の人がいます");
        assertThat(taro.get(20)).isEqualTo("expected");
        assertThat(taro.get(21)).isEqualTo("えび");

        Path xlsx = folder.resolve("registrants.xlsx");
        assertThat(CliRun.of(store, "export", "registrants", "--out", xlsx.toString())
                        .exitCode())
                .isZero();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("name");
        }
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    @Test
    void importSaysWhichColumnBecameAttendanceAndWhomItMarksAbsent() throws Exception {
        Path list = Files.writeString(
                folder.resolve("出欠.csv"),
                "お名前,ふりがな,メールアドレス,出欠\n"
                        + "山田 太郎,やまだ たろう,taro@example.com,出席\n"
                        + "佐藤 花子,さとう はなこ,hanako@example.com,欠席\n",
                StandardCharsets.UTF_8);
        CliRun text = CliRun.of(store, "import", list.toString(), "--dry-run");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("「出欠」列を出欠として読みました（この読み込みで欠席になる人：1 人）");
        JsonNode json = json(CliRun.of(store, "--json", "import", list.toString()));
        assertThat(json.get("attendance").get("column").asText()).isEqualTo("出欠");
        assertThat(json.get("attendance").get("absent").asInt()).isEqualTo(1);
        // Nobody is marked absent twice: the same file again changes nothing.
        JsonNode again = json(CliRun.of(store, "--json", "import", list.toString()));
        assertThat(again.get("attendance").get("absent").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
    }
}
