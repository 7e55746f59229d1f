package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The venue day from the command line: cli.md's commands and JSON shapes. */
class VenueCommandTest {
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
            for (int i = 0; i < 21; i++) {
                fixture.person(
                        plan,
                        "参加者" + i,
                        "会社" + i,
                        i % 3 == 0 ? "製造業" : "",
                        i % 5 == 0,
                        "p" + i + "@example.jp",
                        1 + i % 7,
                        1 + (i + 1) % 7,
                        null);
            }
        }
        assertThat(run("assign").exitCode()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.of(store, args);
    }

    private JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.of(store, all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void checkinPrintsTheTableAndTakesItBack() throws Exception {
        JsonNode in = json("checkin", "--email", "P3@example.jp");

        assertThat(in.get("name").asText()).isEqualTo("参加者3");
        assertThat(in.get("status").asText()).isEqualTo("checked_in");
        assertThat(in.get("table").isInt()).isTrue();
        assertThat(in.get("already").asBoolean()).isFalse();
        assertThat(in.get("placed").asBoolean()).isFalse();

        JsonNode again = json("checkin", "--id", in.get("id").asText());
        assertThat(again.get("already").asBoolean()).isTrue();

        JsonNode back = json("checkin", "--id", in.get("id").asText(), "--undo");
        assertThat(back.get("status").asText()).isEqualTo("expected");
        assertThat(back.get("table").asInt()).isEqualTo(in.get("table").asInt());

        CliRun text = run("checkin", "--email", "p4@example.jp");
        assertThat(text.out()).contains("参加者4さんを受付しました");
    }

    @Test
    void unknownPeopleAndMissingOptionsAreRefused() {
        CliRun unknown = run("checkin", "--email", "nobody@example.jp");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("nobody@example.jp");

        assertThat(run("checkin").exitCode()).isEqualTo(2);
        assertThat(run("checkin", "--id", "1", "--email", "p1@example.jp").exitCode())
                .isEqualTo(2);
    }

    @Test
    void absentFreesTheSeatAndALateCheckInPlacesThePerson() throws Exception {
        JsonNode absent = json("absent", "--email", "p5@example.jp");
        assertThat(absent.get("status").asText()).isEqualTo("absent");
        assertThat(absent.get("freedTable").isInt()).isTrue();

        JsonNode late = json("checkin", "--email", "p5@example.jp");
        assertThat(late.get("placed").asBoolean()).isTrue();
        assertThat(late.get("table").isInt()).isTrue();

        JsonNode back = json("checkin", "--email", "p5@example.jp", "--undo");
        assertThat(back.get("table").isNull()).isTrue();
        assertThat(back.get("status").asText()).isEqualTo("absent");
    }

    @Test
    void aWalkInIsPlacedAndReseatClosesReception() throws Exception {
        for (int i = 0; i < 15; i++) {
            json("checkin", "--email", "p" + i + "@example.jp");
        }
        JsonNode walkIn = json(
                "walkin",
                "--name",
                "当日 太郎",
                "--reading",
                "とうじつ たろう",
                "--org",
                "飛込商店",
                "--industry",
                "小売業",
                "--choice1",
                "3",
                "--email",
                "walk@example.jp",
                "--consent");
        assertThat(walkIn.get("table").isInt()).isTrue();
        assertThat(walkIn.get("violations").isArray()).isTrue();

        JsonNode closed = json("reseat");

        assertThat(closed.get("absent").asInt()).isEqualTo(6);
        assertThat(closed.get("terms").has("moves")).isTrue();
        assertThat(closed.get("terms").get("moves").asInt())
                .isEqualTo(closed.get("moved").size());
        JsonNode t = closed.get("terms");
        int score = 10 * t.get("firstChoice").asInt()
                + 6 * t.get("secondChoice").asInt()
                + 3 * t.get("thirdChoice").asInt()
                - 2 * t.get("sameIndustryPairs").asInt()
                - 3 * t.get("repeatPairs").asInt()
                - 4 * t.get("yegOverflow").asInt()
                - 20 * t.get("moves").asInt();
        assertThat(closed.get("score").asInt())
                .as("the venue score counts the moves")
                .isEqualTo(score);
        assertThat(closed.get("unseated").size()).isZero();
        assertThat(closed.has("millis")).isTrue();
        for (JsonNode move : closed.get("moved")) {
            assertThat(move.get("from").asInt()).isNotEqualTo(move.get("to").asInt());
        }

        Path csv = folder.resolve("attendance.csv");
        assertThat(run("export", "attendance", "--out", csv.toString()).exitCode())
                .isZero();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("BOM").isEqualTo('\uFEFF');
            rows = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        assertThat(rows.getFirst().values())
                .containsExactly(
                        "name", "reading", "organisation", "email", "table", "status", "checked_in_at", "walk_in");
        assertThat(rows).hasSize(23);
        CSVRecord walker =
                rows.stream().filter(r -> r.get(0).equals("当日 太郎")).findFirst().orElseThrow();
        assertThat(walker.get(5)).isEqualTo("checked_in");
        assertThat(walker.get(7)).isEqualTo("true");
        assertThat(walker.get(6)).isNotEmpty();
        assertThat(rows.stream().filter(r -> r.get(5).equals("absent"))).hasSize(6);
        assertThat(rows.stream().filter(r -> r.get(5).equals("absent")).map(r -> r.get(4)))
                .allMatch(String::isEmpty);

        CliRun english = CliRun.of(store, Locale.ENGLISH, "reseat");
        assertThat(english.out()).contains("Nobody moves.");
    }

    @Test
    void cardsForAFewPeopleStartAtTheNextFreeLabel() throws Exception {
        Path first = folder.resolve("first.pdf");
        JsonNode one = json(
                "print",
                "namecards",
                "--only",
                "p1@example.jp,p2@example.jp",
                "--start-at",
                "4",
                "--out",
                first.toString());
        assertThat(one.get("people").asInt()).isEqualTo(2);
        assertThat(one.get("startAt").asInt()).isEqualTo(4);
        assertThat(one.get("nextLabel").asInt()).isEqualTo(6);
        String text = text(first);
        assertThat(text).contains("参加者1").contains("参加者2").doesNotContain("参加者3");

        JsonNode two = json(
                "print",
                "namecards",
                "--only",
                "p3@example.jp",
                "--out",
                folder.resolve("second.pdf").toString());
        assertThat(two.get("startAt").asInt()).as("remembered").isEqualTo(6);
        assertThat(two.get("nextLabel").asInt()).isEqualTo(7);

        CliRun wrongKind = run(
                "print",
                "tents",
                "--only",
                "p3@example.jp",
                "--out",
                folder.resolve("x.pdf").toString());
        assertThat(wrongKind.exitCode()).isEqualTo(1);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace(" ", "");
        }
    }

    @Test
    void afterTheCardsArePrintedAssignWarnsAndCanPlaceOnlyTheUnseated() throws Exception {
        assertThat(run("print", "namecards", "--out", folder.resolve("all.pdf").toString())
                        .exitCode())
                .isZero();
        JsonNode before =
                json("export", "seating", "--out", folder.resolve("before.csv").toString());
        assertThat(before.get("rows").asInt()).isEqualTo(21);
        try (Database database = Database.open(store)) {
            StoreFixture fixture = new StoreFixture(database);
            EventPlan plan = new jp.tsunagu.event.EventService(database).plan(1);
            fixture.person(plan, "遅れて登録", "新会社", "", false, "late@example.jp", 2, null, null);
        }

        JsonNode placed = json("assign", "--unseated-only");

        assertThat(placed.get("placed")).hasSize(1);
        assertThat(placed.get("placed").get(0).get("name").asText()).isEqualTo("遅れて登録");
        assertThat(placed.get("placed").get(0).get("table").isInt()).isTrue();
        String seatsBefore = Files.readString(folder.resolve("before.csv"));
        json("export", "seating", "--out", folder.resolve("after.csv").toString());
        List<String> after = Files.readAllLines(folder.resolve("after.csv"));
        for (String line : seatsBefore.lines().skip(1).toList()) {
            assertThat(after).as("nobody seated moved").contains(line);
        }

        CliRun again = run("assign");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("名札は印刷済み");
    }
}
