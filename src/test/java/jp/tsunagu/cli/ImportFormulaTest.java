package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.HostileFiles;
import jp.tsunagu.registrant.RowReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import never makes defused input live, and caps what it keeps (issue 14). */
class ImportFormulaTest {
    @TempDir
    Path folder;

    private Path store;
    private Map<String, Path> files;

    @BeforeEach
    void event() throws Exception {
        store = folder.resolve("tsunagu.db");
        assertThat(CliRun.of(store, "event", "new", "--name", "掛川マッチング交流会").exitCode())
                .isZero();
        files = HostileFiles.writeAll(Files.createDirectory(folder.resolve("corpus")));
    }

    @Test
    void fullWidthEqualsALeadingTabAndFormulaContactsStayInert() throws Exception {
        CliRun run = CliRun.of(store, "import", files.get("formulas.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("=1+1");

        Map<String, List<String>> byName = exported();
        List<String> fullWidth = byName.get("'=1+1");
        assertThat(fullWidth).as("full-width ＝ kept inert: %s", byName.keySet()).isNotNull();
        assertThat(fullWidth.get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        List<String> hanako = byName.get("山田 花子");
        assertThat(hanako.get(7)).as("email").isEmpty();
        assertThat(hanako.get(8)).as("phone").isEmpty();
        assertThat(hanako.get(2)).isEqualTo("'@SUM(A1)");
        List<String> jiro = byName.get("鈴木 次郎");
        assertThat(jiro.get(8)).startsWith("+81");
        // A dash alone as the organisation is no organisation: stored empty, not printed (issue 13).
        assertThat(jiro.get(2)).isEmpty();
    }

    @Test
    void aCellLongerThanTheCapIsCutWithAWarning() throws Exception {
        Path csv = Files.writeString(
                folder.resolve("long.csv"),
                "氏名,メールアドレス,当日聞きたいこと\r\n山田 太郎,taro@example.jp," + "長".repeat(40_000) + "\r\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of(store, "import", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("10,000 文字");

        Map<String, List<String>> byName = exported();
        assertThat(byName.get("山田 太郎")).anySatisfy(cell -> assertThat(cell).hasSize(RowReader.MAX_CELL_CHARS));
    }

    private Map<String, List<String>> exported() throws Exception {
        Path out = folder.resolve("out.csv");
        assertThat(CliRun.of(store, "export", "registrants", "--out", out.toString())
                        .exitCode())
                .isZero();
        Map<String, List<String>> byName = new java.util.HashMap<>();
        try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            reader.read();
            for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
                byName.put(record.get(0), new ArrayList<>(record.toList()));
            }
        }
        return byName;
    }
}
