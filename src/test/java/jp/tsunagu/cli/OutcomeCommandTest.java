package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void tableOne() {
        store = folder.resolve("tsunagu.db");
        try (Database database = Database.open(store)) {
            StoreFixture fixture = new StoreFixture(database);
            EventPlan plan = fixture.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
            long a = fixture.person(plan, "鈴木一郎", "鈴木製作所", "製造業", false, "ichiro@example.jp", 1, null, null);
            long b = fixture.person(plan, "佐藤花子", "佐藤商店", "小売業", false, "", 1, null, null);
            long c = fixture.person(plan, "高橋", "", "", false, "takahashi@example.jp", 2, null, null);
            database.inTransaction(connection -> {
                try (Statement s = connection.createStatement()) {
                    long t1 = plan.table(1).orElseThrow().id();
                    long t2 = plan.table(2).orElseThrow().id();
                    s.execute("INSERT INTO seat(person_id, table_id) VALUES (" + a + "," + t1 + "), (" + b + "," + t1
                            + "), (" + c + "," + t2 + ")");
                    s.execute("UPDATE person SET attendance = 'checked_in'");
                }
                return null;
            });
        }
    }

    @Test
    void addsAndListsTheThreeKindsWithPeopleByEmailOrName() throws Exception {
        CliRun interest =
                CliRun.of(store, "--json", "outcome", "add", "--table", "1", "--kind", "interest", "--text", "人手不足");
        assertThat(interest.exitCode()).isZero();
        assertThat(JSON.readTree(interest.out()).get("id").asLong()).isPositive();

        CliRun seed = CliRun.of(
                store,
                "--json",
                "outcome",
                "add",
                "--table",
                "1",
                "--kind",
                "seed",
                "--text",
                "共同販売",
                "--people",
                "ICHIRO@example.jp,佐藤花子");
        assertThat(seed.exitCode()).as(seed.err()).isZero();
        long seedId = JSON.readTree(seed.out()).get("id").asLong();

        CliRun step = CliRun.of(
                store,
                "outcome",
                "add",
                "--table",
                "1",
                "--kind",
                "step",
                "--text",
                "見学日を決める",
                "--owner",
                "ichiro@example.jp",
                "--due",
                "2026-12-20");
        assertThat(step.exitCode()).isZero();
        assertThat(step.out()).contains("テーブル 1 に記録しました");

        JsonNode list = JSON.readTree(
                CliRun.of(store, "--json", "outcome", "list", "--table", "1").out());
        JsonNode outcomes = list.get("outcomes");
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(1).get("id").asLong()).isEqualTo(seedId);
        assertThat(outcomes.get(1).get("kind").asText()).isEqualTo("seed");
        assertThat(outcomes.get(1).get("table").asInt()).isEqualTo(1);
        assertThat(outcomes.get(1).get("people").toString()).isEqualTo("[\"ichiro@example.jp\",\"佐藤花子\"]");
        assertThat(outcomes.get(1).get("owner").isNull()).isTrue();
        assertThat(outcomes.get(2).get("owner").asText()).isEqualTo("ichiro@example.jp");
        assertThat(outcomes.get(2).get("due").asText()).isEqualTo("2026-12-20");
    }

    @Test
    void refusesPeopleFromAnotherTableAndMissingTablesWithExitOne() {
        CliRun other = CliRun.of(
                store,
                "outcome",
                "add",
                "--table",
                "1",
                "--kind",
                "seed",
                "--text",
                "よそ",
                "--people",
                "ichiro@example.jp,takahashi@example.jp");
        assertThat(other.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(other.err()).contains("takahashi@example.jp").contains("テーブル 1");

        CliRun missing = CliRun.of(
                store, Locale.ENGLISH, "outcome", "add", "--table", "12", "--kind", "interest", "--text", "x");
        assertThat(missing.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("no table 12");

        CliRun kind = CliRun.of(store, "outcome", "add", "--table", "1", "--kind", "wish", "--text", "x");
        assertThat(kind.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of(store, "--json", "outcome", "list").out()).contains("\"outcomes\":[]");
    }

    @Test
    void followUpKeepsEveryDatedChangeAndTheReportPrintsItsFigures() throws Exception {
        long seed = JSON.readTree(CliRun.of(
                                store,
                                "--json",
                                "outcome",
                                "add",
                                "--table",
                                "1",
                                "--kind",
                                "seed",
                                "--text",
                                "共同販売",
                                "--people",
                                "ichiro@example.jp,佐藤花子")
                        .out())
                .get("id")
                .asLong();

        CliRun introduced = CliRun.of(
                store,
                "followup",
                "set",
                "--id",
                String.valueOf(seed),
                "--status",
                "introduced",
                "--note",
                "メールで紹介",
                "--date",
                "2026-12-10");
        assertThat(introduced.exitCode()).as(introduced.err()).isZero();
        assertThat(introduced.out()).contains("紹介済み");
        CliRun met = CliRun.of(
                store,
                "--json",
                "followup",
                "set",
                "--id",
                String.valueOf(seed),
                "--status",
                "met",
                "--date",
                "2026-12-18");
        assertThat(JSON.readTree(met.out()).get("status").asText()).isEqualTo("met");
        assertThat(CliRun.of(store, "followup", "set", "--id", "999", "--status", "met")
                        .exitCode())
                .isEqualTo(Cli.FAILED);
        assertThat(CliRun.of(store, "followup", "set", "--id", "1", "--status", "done")
                        .exitCode())
                .isEqualTo(Cli.USAGE);

        JsonNode followups = JSON.readTree(
                        CliRun.of(store, "--json", "followup", "list").out())
                .get("followups");
        assertThat(followups).hasSize(1);
        assertThat(followups.get(0).get("status").asText()).isEqualTo("met");
        assertThat(followups.get(0).get("table").asInt()).isEqualTo(1);
        assertThat(followups.get(0).get("history").toString())
                .isEqualTo("[{\"date\":\"2026-12-10\",\"status\":\"introduced\",\"note\":\"メールで紹介\"},"
                        + "{\"date\":\"2026-12-18\",\"status\":\"met\",\"note\":\"\"}]");

        Path xlsx = folder.resolve("報告.xlsx");
        CliRun report = CliRun.of(store, "--json", "export", "report", "--out", xlsx.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode json = JSON.readTree(report.out());
        assertThat(json.get("file").asText()).isEqualTo(xlsx.toString());
        JsonNode figures = json.get("figures");
        assertThat(figures.get("attended").asInt()).isEqualTo(3);
        assertThat(figures.get("pairs").asInt()).isEqualTo(1);
        assertThat(figures.get("seedsByStatus").get("met").asInt()).isEqualTo(1);
        assertThat(figures.get("attendanceRate").decimalValue()).isEqualByComparingTo("1.000");
        assertThat(figures.get("tables").get(0).get("themeName").asText()).isNotBlank();
        assertThat(Files.size(xlsx)).isPositive();

        Path pdf = folder.resolve("report.pdf");
        CliRun text = CliRun.of(store, "export", "report", "--out", pdf.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("出席率").contains("1.000");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        CliRun wrong = CliRun.of(
                store,
                "export",
                "report",
                "--out",
                folder.resolve("report.docx").toString());
        assertThat(wrong.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(wrong.err()).contains(".xlsx");
    }

    @Test
    void aRemovedTablesOutcomesSayTheTableWasRemovedInTheTextLines() throws Exception {
        assertThat(CliRun.of(
                                store,
                                "outcome",
                                "add",
                                "--table",
                                "1",
                                "--kind",
                                "seed",
                                "--text",
                                "共同販売",
                                "--people",
                                "ichiro@example.jp,佐藤花子")
                        .exitCode())
                .isZero();
        assertThat(CliRun.of(store, "outcome", "add", "--table", "2", "--kind", "interest", "--text", "茶の販路")
                        .exitCode())
                .isZero();
        // Table 1 goes; table 2 becomes table 1.
        try (Tsunagu app = Tsunagu.open(store)) {
            app.events().removeTable(app.events().list().getFirst().id(), 1, true);
        }

        String list = CliRun.of(store, "outcome", "list").out();
        assertThat(line(list, "共同販売")).contains("テーブル1（削除）");
        assertThat(line(list, "茶の販路")).contains("テーブル1　").doesNotContain("削除");
        String english = CliRun.of(store, Locale.ENGLISH, "outcome", "list").out();
        assertThat(line(english, "共同販売")).contains("table 1 (removed)");
        assertThat(line(english, "茶の販路")).contains("table 1 ").doesNotContain("removed");
        // Asked for table 1, only the table that has the number now answers.
        assertThat(CliRun.of(store, "outcome", "list", "--table", "1").out())
                .contains("茶の販路")
                .doesNotContain("共同販売");

        assertThat(line(CliRun.of(store, "followup", "list").out(), "共同販売")).contains("テーブル1（削除）");
        JsonNode followups = JSON.readTree(
                        CliRun.of(store, "--json", "followup", "list").out())
                .get("followups");
        assertThat(followups.get(0).get("table").asInt()).isEqualTo(1);
        assertThat(followups.get(0).get("tableRemoved").asBoolean()).isTrue();
    }

    private static String line(String out, String containing) {
        return out.lines()
                .filter(l -> l.contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + out));
    }
}
