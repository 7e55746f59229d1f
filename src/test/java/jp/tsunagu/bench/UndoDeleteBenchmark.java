package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RemovedPeople;
import jp.tsunagu.seating.Seat;

/**
 * What undo of a delete costs now that it puts back everything that hung on the people (issue 8):
 * an event of 1,000 checked-in, seated people with a seed and a next step per table; deleting 1, 50
 * and 500 of them at once and undoing it, each one transaction on a real store file. Medians of 7.
 */
public final class UndoDeleteBenchmark {
    private static final int PEOPLE = 1_000;
    private static final int RUNS = 7;

    private UndoDeleteBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("tsunagu-bench");
        try (Tsunagu app = Tsunagu.open(folder.resolve("store.db"))) {
            long event = app.events()
                    .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                    .event()
                    .id();
            List<Long> ids = new ArrayList<>();
            List<Seat> seats = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                long id = app.registrants()
                        .add(event, Registrant.byHand("参加者 " + i, "さんかしゃ " + i, "会社" + i, "p" + i + "@example.jp"))
                        .id();
                ids.add(id);
                seats.add(new Seat(id, 1 + i % 7, false));
            }
            app.seats().put(event, seats);
            for (long id : ids) {
                app.venue().checkIn(event, id);
            }
            for (int table = 1; table <= 7; table++) {
                long a = ids.get(table - 1);
                long b = ids.get(table - 1 + 7);
                app.outcomes().add(event, table, OutcomeDraft.seed("つながり " + table, List.of(a, b)));
                app.outcomes().add(event, table, OutcomeDraft.step("次の一歩 " + table, a, null));
            }
            System.out.printf("event: %d people, checked in and seated, 14 outcomes naming 14 of them%n", PEOPLE);
            for (int count : new int[] {1, 50, 500}) {
                List<Long> chosen = ids.subList(0, count);
                long[] delete = new long[RUNS];
                long[] undo = new long[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    RemovedPeople removed = app.registrants().remove(chosen);
                    delete[run] = System.nanoTime() - start;
                    start = System.nanoTime();
                    app.registrants().restore(event, removed);
                    undo[run] = System.nanoTime() - start;
                }
                System.out.printf(
                        "delete %d at once: median %.1f ms; undo: median %.1f ms%n",
                        count, median(delete) / 1e6, median(undo) / 1e6);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
