package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store() {
        return folder.resolve("tsunagu.db");
    }

    @Test
    void createsAnEventAndPrintsItsTablesAsJson() throws Exception {
        CliRun run = CliRun.of(
                store(),
                "event",
                "new",
                "--name",
                "掛川マッチング交流会",
                "--date",
                "2026-12-05",
                "--venue",
                "掛川商工会議所",
                "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("id").asLong()).isPositive();
        assertThat(json.get("name").asText()).isEqualTo("掛川マッチング交流会");
        assertThat(json.get("tables")).hasSize(7);
        JsonNode first = json.get("tables").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("theme").asInt()).isEqualTo(1);
        assertThat(first.get("themeName").asText()).isEqualTo("空き家・跡地の新しい活用");
        assertThat(first.has("capacity")).isTrue();
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void saysInJapaneseWhatItCreated() {
        CliRun run = CliRun.of(store(), "event", "new", "--name", "交流会");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("交流会「交流会」を作成しました").contains("テーブル7");
    }

    @Test
    void listsEventsNewestFirst() throws Exception {
        CliRun.of(store(), "event", "new", "--name", "第1回", "--date", "2026-06-01");
        CliRun.of(store(), "event", "new", "--name", "第2回", "--date", "2026-12-05", "--venue", "掛川");

        CliRun run = CliRun.of(store(), "--json", "event", "list");

        assertThat(run.exitCode()).isZero();
        JsonNode events = JSON.readTree(run.out()).get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("name").asText()).isEqualTo("第2回");
        assertThat(events.get(0).get("date").asText()).isEqualTo("2026-12-05");
        assertThat(events.get(0).get("venue").asText()).isEqualTo("掛川");
        assertThat(CliRun.of(store(), "event", "list").out()).contains("第1回").contains("第2回");
    }

    @Test
    void setsATableAndPutsStaffOnIt() throws Exception {
        CliRun.of(store(), "event", "new", "--name", "交流会");

        CliRun table = CliRun.of(
                store(), "table", "set", "--table", "2", "--capacity", "8", "--theme-name", "お茶の未来", "--json");
        CliRun staff = CliRun.of(
                store(),
                "staff",
                "add",
                "--table",
                "2",
                "--role",
                "advisor",
                "--name",
                "山田 太郎",
                "--org",
                "静岡大学",
                "--email",
                "yamada@example.jp",
                "--json");

        assertThat(table.exitCode()).isZero();
        assertThat(JSON.readTree(table.out()).get("capacity").asInt()).isEqualTo(8);
        assertThat(JSON.readTree(table.out()).get("themeName").asText()).isEqualTo("お茶の未来");
        assertThat(staff.exitCode()).isZero();
        assertThat(JSON.readTree(staff.out()).get("advisor").get("name").asText())
                .isEqualTo("山田 太郎");
        assertThat(CliRun.of(store(), "event", "show").out()).contains("山田 太郎").contains("定員：8");
    }

    @Test
    void failsWithExitOneAndAClearMessageWhenTheWorkCannotBeDone() {
        CliRun noEvent = CliRun.of(store(), "table", "set", "--table", "1", "--capacity", "5");
        assertThat(noEvent.exitCode()).isEqualTo(1);
        assertThat(noEvent.err()).contains("交流会がまだありません");

        CliRun.of(store(), "event", "new", "--name", "交流会");
        CliRun badTable = CliRun.of(store(), "staff", "add", "--table", "9", "--role", "facilitator", "--name", "佐藤");
        assertThat(badTable.exitCode()).isEqualTo(1);
        assertThat(badTable.err()).contains("テーブル 9 はありません");

        CliRun badDate = CliRun.of(store(), "event", "new", "--name", "x", "--date", "2026-02-30");
        assertThat(badDate.exitCode()).isEqualTo(1);
        assertThat(badDate.err()).contains("2026-02-30");
        assertThat(CliRun.of(store(), "event", "list").out()).doesNotContain(" x");

        CliRun badCapacity = CliRun.of(store(), Locale.ENGLISH, "table", "set", "--table", "1", "--capacity", "0");
        assertThat(badCapacity.exitCode()).isEqualTo(1);
        assertThat(badCapacity.err()).contains("Capacity must be between 1 and 500");
    }

    @Test
    void failsWithExitTwoOnWrongUsage() {
        assertThat(CliRun.of(store(), "event", "new").exitCode()).isEqualTo(2);
        assertThat(CliRun.of(store(), "nonsense").exitCode()).isEqualTo(2);
        assertThat(CliRun.of(store(), "staff", "add", "--table", "x", "--role", "advisor", "--name", "a")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void printsOnlyJsonWithJson() throws Exception {
        CliRun run = CliRun.of(store(), "event", "new", "--name", "交流会", "--json");
        assertThat(JSON.readTree(run.out()).isObject()).isTrue();
        assertThat(run.out()).doesNotContain("作成しました");
    }

    @Test
    void closesAnEventOnceSoItsSeatingBecomesHistory() throws Exception {
        CliRun.of(store(), "event", "new", "--name", "前回", "--date", "2025-12-06");

        CliRun run = CliRun.of(store(), "--json", "event", "close");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("status").asText()).isEqualTo("closed");
        CliRun again = CliRun.of(store(), "event", "close");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("終了しています");
    }
}
