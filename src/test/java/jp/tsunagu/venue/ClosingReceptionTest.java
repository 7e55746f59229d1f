package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.SeatingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing reception on generated events, checked against an independent exact solve of the venue
 * score; and nobody moves when nothing needs to.
 */
class ClosingReceptionTest {
    @TempDir
    Path folder;

    private enum NoShows {
        NONE,
        SPREAD,
        BUNCHED
    }

    @Test
    void nobodyMovesWhenEveryoneCame() {
        try (VenueFixture f = new VenueFixture(folder.resolve("all.db")).seated(70, 11)) {
            Map<Long, Integer> before = tables(f);
            f.ids.forEach(id -> f.venue().checkIn(f.event(), id));

            ClosingPlan plan = f.venue().closeReception(f.event());

            assertThat(plan.becomingAbsent()).isEmpty();
            assertThat(plan.moves()).isEmpty();
            assertThat(plan.optimal()).isTrue();
            assertThat(tables(f)).isEqualTo(before);
        }
    }

    @Test
    void nobodyMovesForAFewNoShowsSpreadOut() {
        try (VenueFixture f = new VenueFixture(folder.resolve("few.db")).seated(70, 12)) {
            Map<Long, Integer> before = tables(f);
            Set<Long> noShows = Set.of(f.ids.get(5), f.ids.get(30), f.ids.get(61));
            f.ids.stream().filter(id -> !noShows.contains(id)).forEach(id -> f.venue()
                    .checkIn(f.event(), id));

            ClosingPlan plan = f.venue().closeReception(f.event());

            assertThat(plan.becomingAbsent()).extracting(VenuePerson::id).containsExactlyInAnyOrderElementsOf(noShows);
            assertThat(plan.moves()).isEmpty();
            before.keySet().removeAll(noShows);
            assertThat(tables(f)).isEqualTo(before);
        }
    }

    @Test
    void spreadNoShowsWalkInsAndPinsMatchTheIndependentOptimum() {
        check(90, 21, NoShows.SPREAD, 3, 3);
        check(140, 22, NoShows.SPREAD, 5, 4);
    }

    @Test
    void bunchedNoShowsMatchTheIndependentOptimum() {
        check(100, 31, NoShows.BUNCHED, 2, 2);
        check(140, 32, NoShows.BUNCHED, 6, 0);
    }

    private void check(int people, long seed, NoShows noShows, int walkIns, int pins) {
        try (VenueFixture f = new VenueFixture(folder.resolve("s" + seed + ".db")).seated(people, seed)) {
            long event = f.event();
            SplittableRandom random = new SplittableRandom(seed);
            Map<Long, Integer> planned = tables(f);
            Set<Long> absent = new HashSet<>();
            for (long id : f.ids) {
                Integer table = planned.get(id);
                boolean away =
                        switch (noShows) {
                            case NONE -> false;
                            case SPREAD -> random.nextDouble() < 0.15;
                            // Most of tables 1 and 2 stay away, hardly anyone else.
                            case BUNCHED ->
                                table != null && table <= 2 ? random.nextDouble() < 0.7 : random.nextDouble() < 0.03;
                        };
                if (away) {
                    absent.add(id);
                } else {
                    f.venue().checkIn(event, id);
                }
            }
            for (int w = 0; w < walkIns; w++) {
                CheckIn in = f.venue()
                        .walkIn(
                                event,
                                new WalkIn(
                                        "当日" + w,
                                        "とうじつ" + w,
                                        "飛込" + w,
                                        "",
                                        w % 2 == 0 ? "製造業" : "",
                                        "",
                                        w == 0,
                                        "",
                                        "",
                                        1 + w % 7,
                                        1 + (w + 3) % 7,
                                        null,
                                        true));
                assertThat(in.table()).isNotNull();
            }
            List<Long> present =
                    f.ids.stream().filter(id -> !absent.contains(id)).toList();
            for (int k = 0; k < pins; k++) {
                f.app.seating().lock(event, present.get(k * 7), true);
            }
            Map<Long, Integer> pinnedAt = new HashMap<>();
            for (int k = 0; k < pins; k++) {
                pinnedAt.put(present.get(k * 7), tables(f).get(present.get(k * 7)));
            }
            SeatingProblem before = presentProblem(f);
            int optimum = IndependentClosing.optimum(before, VenueRules.DEFAULT_MOVE_WEIGHT);

            ClosingPlan preview = f.venue().previewClosing(event);
            ClosingPlan plan = f.venue().closeReception(event);

            assertThat(plan.venueScore())
                    .as("venue score against the independent optimum")
                    .isEqualTo(optimum);
            assertThat(plan.optimal()).isTrue();
            assertThat(plan.moves()).as("the preview shows what closing does").isEqualTo(preview.moves());
            assertThat(plan.becomingAbsent()).extracting(VenuePerson::id).containsExactlyInAnyOrderElementsOf(absent);
            Map<Long, Integer> after = tables(f);
            for (VenuePerson p : f.venue().people(event)) {
                if (absent.contains(p.id())) {
                    assertThat(p.attendance()).isEqualTo(Attendance.ABSENT);
                    assertThat(p.table()).as("an absent person has no seat").isNull();
                } else {
                    assertThat(p.attendance()).isEqualTo(Attendance.CHECKED_IN);
                    assertThat(p.table()).as("everyone present sits").isNotNull();
                }
            }
            pinnedAt.forEach(
                    (id, table) -> assertThat(after.get(id)).as("pins hold").isEqualTo(table));
            Map<Integer, Long> counts = new HashMap<>();
            after.values().forEach(t -> counts.merge(t, 1L, Long::sum));
            int n = present.size() + walkIns;
            int capacity = (n + 6) / 7 + 1;
            assertThat(counts.values()).allMatch(c -> c <= capacity);
            long moved = before.participants().stream()
                    .filter(p -> p.currentTable() != null && !p.currentTable().equals(after.get(p.id())))
                    .count();
            assertThat(plan.moves()).hasSize((int) moved);
            if (noShows == NoShows.BUNCHED) {
                assertThat(plan.moves())
                        .as("the full tables give people to the emptied ones")
                        .isNotEmpty();
            }
        }
    }

    /** The present participants where they sit now, with the tables as the user set them. */
    private static SeatingProblem presentProblem(VenueFixture f) {
        SeatingProblem all = f.app.seating().problem(f.event());
        Set<Long> checkedIn = new HashSet<>();
        f.venue().people(f.event()).stream()
                .filter(p -> p.attendance() == Attendance.CHECKED_IN)
                .forEach(p -> checkedIn.add(p.id()));
        List<Participant> present = new ArrayList<>();
        all.participants().stream().filter(p -> checkedIn.contains(p.id())).forEach(present::add);
        return new SeatingProblem(all.tables(), present, all.earlierTablemates(), all.rules());
    }

    private static Map<Long, Integer> tables(VenueFixture f) {
        Map<Long, Integer> tables = new HashMap<>();
        f.venue().people(f.event()).stream().filter(p -> p.table() != null).forEach(p -> tables.put(p.id(), p.table()));
        return tables;
    }
}
