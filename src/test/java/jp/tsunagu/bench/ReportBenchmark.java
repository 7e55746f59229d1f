package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.outcome.TableMember;

/**
 * The follow-up report for an event of 300 participants at 7 tables (280 came, 20 of them walk-ins),
 * with an earlier event of 200 in the store and 15 outcomes per table: the figures, the workbook and
 * the PDF with its charts, first (fonts and chart classes loading) and warm.
 */
public final class ReportBenchmark {
    private static final String[] INDUSTRIES = {"製造業", "小売業", "建設業", "農業", "サービス業", "IT", "金融", "個人・市民", "その他", ""};
    private static final String[] CATEGORIES = {"プラットフォーム企業", "団体", "市民", "掛川YEG会員"};

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("tsunagu-report-bench");
        try (Tsunagu app = Tsunagu.open(folder.resolve("tsunagu.db"))) {
            EventPlan earlier = app.events().create(new EventDetails("春の交流会", LocalDate.of(2026, 6, 1), "掛川"));
            people(app, earlier, 200, 1);
            EventPlan event = app.events().create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川"));
            people(app, event, 300, 2);
            long id = event.event().id();
            Random random = new Random(3);
            for (int table = 1; table <= 7; table++) {
                List<TableMember> members = app.outcomes().members(id, table);
                for (int i = 0; i < 5; i++) {
                    app.outcomes().add(id, table, OutcomeDraft.interest("共通の関心点 " + table + "-" + i));
                }
                for (int i = 0; i < 6; i++) {
                    long seed = app.outcomes()
                            .add(
                                    id,
                                    table,
                                    OutcomeDraft.seed(
                                            "つながりの芽 " + table + "-" + i,
                                            List.of(
                                                    members.get(2 * i).id(),
                                                    members.get(2 * i + 1).id())));
                    app.followUps().set(seed, SeedStatus.values()[random.nextInt(5)], LocalDate.of(2026, 12, 20), "メモ");
                }
                for (int i = 0; i < 4; i++) {
                    app.outcomes()
                            .add(
                                    id,
                                    table,
                                    OutcomeDraft.step(
                                            "次の一歩 " + table + "-" + i,
                                            members.get(i).id(),
                                            LocalDate.of(2027, 1, 10)));
                }
            }
            Messages messages = Messages.forLocale(Locale.JAPANESE);
            System.out.printf("%-34s %8s %8s%n", "300 participants, 7 tables", "first ms", "warm ms");
            measure("figures (incl. earlier tablemates)", () -> app.followUpReport()
                    .figures(id));
            measure("workbook .xlsx", () -> app.followUpReport().write(id, folder.resolve("report.xlsx"), messages));
            measure("PDF with 3 charts", () -> app.followUpReport().write(id, folder.resolve("report.pdf"), messages));
            measure("follow-up list", () -> app.followUps().seeds(id, LocalDate.of(2027, 1, 10)));
            System.out.printf(
                    "PDF size %d KB, workbook size %d KB%n",
                    Files.size(folder.resolve("report.pdf")) / 1024, Files.size(folder.resolve("report.xlsx")) / 1024);
        }
    }

    private static void measure(String what, Runnable work) {
        long start = System.nanoTime();
        work.run();
        long first = (System.nanoTime() - start) / 1_000_000;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("%-34s %8d %8d%n", what, first, best);
    }

    /** n people, seated round-robin at the 7 tables; everyone checked in but 20, and 20 walk-ins. */
    private static void people(Tsunagu app, EventPlan plan, int n, int seed) {
        Random random = new Random(seed);
        app.database().inTransaction(c -> {
            try (PreparedStatement person = c.prepareStatement("""
                    INSERT INTO person(event_id, name, reading, organisation, org_key, industry, category, yeg, email,
                                       consent, attendance, walk_in, choice1_theme_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement seat =
                            c.prepareStatement("INSERT INTO seat(person_id, table_id) VALUES (?, ?)")) {
                List<Long> tables = new ArrayList<>();
                plan.tables().forEach(t -> tables.add(t.id()));
                for (int i = 0; i < n; i++) {
                    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    person.setLong(1, plan.event().id());
                    person.setString(2, "参加者" + i);
                    person.setString(3, "さんかしゃ" + i);
                    person.setString(4, "会社" + (i % 150));
                    person.setString(5, "会社" + (i % 150));
                    person.setString(6, INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
                    person.setString(7, category);
                    person.setInt(8, category.contains("YEG") ? 1 : 0);
                    person.setString(9, "p" + i + "@example.jp");
                    person.setInt(10, random.nextInt(3) == 0 ? 0 : 1);
                    person.setString(11, i % 15 == 7 ? "absent" : "checked_in");
                    person.setInt(12, i >= n - 20 ? 1 : 0);
                    person.setLong(
                            13,
                            plan.themes()
                                    .get(random.nextInt(plan.themes().size()))
                                    .id());
                    person.executeUpdate();
                    long id;
                    try (var keys = person.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    if (i % 15 != 7) {
                        seat.setLong(1, id);
                        seat.setLong(2, tables.get(i % tables.size()));
                        seat.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
