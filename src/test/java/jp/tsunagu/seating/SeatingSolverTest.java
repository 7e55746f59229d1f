package jp.tsunagu.seating;

import static jp.tsunagu.seating.People.person;
import static jp.tsunagu.seating.People.problem;
import static jp.tsunagu.seating.People.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.tsunagu.seating.SeatingInstances.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatingSolverTest {
    private final SeatingSolver solver = new SeatingSolver();
    private final SeatingProblem sixty = SeatingInstances.generate(new Shape("60", 60, 7, 1, null, 5, 0.3, 20, 11));

    @Test
    void seatsEveryoneOnceWithinTheAutomaticCapacity() {
        SeatingResult result = solver.solve(sixty);

        assertThat(result.seats()).hasSize(60);
        assertThat(result.unseated()).isEmpty();
        assertThat(result.violations()).isEmpty();
        // ceil(60 / 7) = 9 seats a table
        assertThat(perTable(result).values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(9));
        assertThat(result.optimal()).isTrue();
    }

    @Test
    void keepsToEachTablesCapacity() {
        List<SeatingTable> tables = List.of(new SeatingTable(1, 1, 2), new SeatingTable(2, 2, 4));
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            people.add(person(i, 1, null, null));
        }

        SeatingResult result = solver.solve(problem(tables, people));

        assertThat(perTable(result)).containsEntry(1, 2).containsEntry(2, 4);
        assertThat(result.score().firstChoice()).isEqualTo(2);
    }

    @Test
    void seatsLockedPeopleAtTheirTable() {
        List<Participant> people = new ArrayList<>(sixty.participants());
        // people 10 and 11 are of different organisations (the first five share one)
        people.set(10, people.get(10).withPinnedTable(7));
        people.set(11, people.get(11).withPinnedTable(7));

        SeatingResult result = solver.solve(sixty.withParticipants(people));

        assertThat(result.tableOf(people.get(10).id())).contains(7);
        assertThat(result.tableOf(people.get(11).id())).contains(7);
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void keepsColleaguesApartEvenAgainstTheirChoices() {
        List<Participant> people = List.of(
                person(1, 1, "", "株式会社A", false), person(2, 1, "", "株式会社A", false), person(3, 2, "", "B", false));

        SeatingResult result = solver.solve(problem(tables(2, 3), people));

        assertThat(result.tableOf(1)).isNotEqualTo(result.tableOf(2));
        assertThat(result.score().firstChoice()).isEqualTo(2); // one of the colleagues, and person 3
    }

    @Test
    void letsColleaguesSitTogetherWhenTheEventSwitchesTheRuleOff() {
        List<Participant> people = List.of(person(1, 1, "", "A", false), person(2, 1, "", "A", false));
        SeatingRules together = new SeatingRules(10, 6, 3, 2, 3, 4, false);

        SeatingResult result = solver.solve(new SeatingProblem(tables(2, 3), people, Set.of(), together));

        assertThat(result.tableOf(1)).contains(1);
        assertThat(result.tableOf(2)).contains(1);
    }

    @Test
    void anOrganisationLargerThanTheRoomIsReportedAndTheRestSeated() {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            people.add(person(i, 1, "", "掛川製茶", false));
        }
        people.add(person(5, 2, "", "", false));
        people.add(person(6, 3, "", "", false));

        SeatingResult result = solver.solve(problem(tables(3, null), people));

        assertThat(result.unseated()).hasSize(1);
        assertThat(result.seats()).hasSize(5).containsKeys(5L, 6L);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Violation.ORGANISATION);
            assertThat(v.people()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(v.message().key()).isEqualTo("seating.violation.organisationTooLarge");
        });
        assertColleaguesApart(result, List.of(1L, 2L, 3L, 4L));
    }

    @Test
    void tooFewSeatsAreReportedAndAsManyAsFitAreSeated() {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            people.add(person(i, 1 + i % 2, null, null));
        }

        SeatingResult result = solver.solve(problem(tables(2, 3), people));

        assertThat(result.seats()).hasSize(6);
        assertThat(result.unseated()).hasSize(1);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Violation.CAPACITY);
            assertThat(v.people()).isEqualTo(result.unseated());
            assertThat(v.message().args()).startsWith(6, 7);
        });
    }

    @Test
    void conflictingLocksAreReportedAndThosePeopleStillSeated() {
        List<Participant> people = List.of(
                person(1, 1, "", "A", false).withPinnedTable(1),
                person(2, 1, "", "A", false).withPinnedTable(1), // colleague locked to the same table
                person(3, 2, "", "", false).withPinnedTable(2),
                person(4, 2, "", "", false).withPinnedTable(2), // table 2 holds only one
                person(5, 2, "", "", false).withPinnedTable(9)); // no such table
        List<SeatingTable> tables =
                List.of(new SeatingTable(1, 1, 2), new SeatingTable(2, 2, 1), new SeatingTable(3, 3, 3));

        SeatingResult result = solver.solve(problem(tables, people));

        assertThat(result.seats()).hasSize(5);
        assertThat(result.tableOf(1)).contains(1);
        assertThat(result.tableOf(2)).isNotEqualTo(java.util.Optional.of(1));
        assertThat(result.tableOf(3)).contains(2);
        assertThat(result.tableOf(4)).isNotEqualTo(result.tableOf(3));
        assertThat(result.violations())
                .extracting(v -> v.message().key())
                .containsExactlyInAnyOrder(
                        "seating.violation.pinSameOrganisation",
                        "seating.violation.pinOverCapacity",
                        "seating.violation.pinUnknownTable");
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(Violation.PIN));
        assertThat(result.violations().stream().flatMap(v -> v.people().stream()))
                .contains(2L, 4L, 5L);
    }

    @Test
    void sameDataGivesTheSameSeatingWhateverTheOrder() {
        SeatingResult first = solver.solve(sixty);
        List<Participant> shuffled = new ArrayList<>(sixty.participants());
        Collections.shuffle(shuffled, new java.util.Random(3));
        List<SeatingTable> tables = new ArrayList<>(sixty.tables());
        Collections.reverse(tables);

        SeatingResult again =
                solver.solve(new SeatingProblem(tables, shuffled, sixty.earlierTablemates(), sixty.rules()));

        assertThat(again.seats()).isEqualTo(first.seats());
        assertThat(again.reasons()).containsExactlyInAnyOrderElementsOf(first.reasons());
    }

    @Test
    void reRunKeepsLocksAndMovesAsFewAsTheScoreAllows() {
        SeatingResult first = solver.solve(sixty);
        List<Participant> seated = sixty.participants().stream()
                .map(p -> p.withCurrentTable(first.seats().get(p.id())))
                .toList();

        SeatingResult unchanged = solver.solve(sixty.withParticipants(seated));
        assertThat(unchanged.seats()).isEqualTo(first.seats());

        // Lock two people somewhere else: they go there, and only a few others move.
        List<Participant> locked = new ArrayList<>(seated);
        Participant a = locked.get(10);
        Participant b = locked.get(11);
        int aTable = first.seats().get(a.id()) % 7 + 1;
        int bTable = first.seats().get(b.id()) % 7 + 1;
        locked.set(10, a.withPinnedTable(aTable));
        locked.set(11, b.withPinnedTable(bTable));
        SeatingResult rerun = solver.solve(sixty.withParticipants(locked));

        assertThat(rerun.tableOf(a.id())).contains(aTable);
        assertThat(rerun.tableOf(b.id())).contains(bTable);
        long moved = sixty.participants().stream()
                .filter(p -> !rerun.seats().get(p.id()).equals(first.seats().get(p.id())))
                .count();
        assertThat(moved).isBetween(2L, 8L);
        assertThat(rerun.optimal()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void reachesTheBestScoreThatExhaustiveSearchFinds(long seed) {
        SeatingProblem tiny = tiny(seed);

        SeatingResult result = solver.solve(tiny);

        assertThat(result.score().score()).isEqualTo(new Exhaustive(tiny).bestScore());
        assertThat(result.optimal()).isTrue();
    }

    @Test
    void hasAGoodSeatingToShowBeforeTheExactSearchEnds() {
        List<SeatingProgress> seen = new ArrayList<>();

        SeatingResult result = solver.solve(sixty, seen::add, () -> false);

        assertThat(seen.getFirst().bestSoFar()).isNotNull();
        assertThat(seen.getFirst().searching()).isTrue();
        assertThat(seen.getFirst().bestSoFar().seats()).hasSize(60);
        assertThat(seen.getLast().bestSoFar()).isEqualTo(result);
        assertThat(seen.getLast().searching()).isFalse();
    }

    @Test
    void cancelReturnsTheBestSeatingSoFar() {
        AtomicBoolean cancel = new AtomicBoolean();
        SeatingProblem big = SeatingInstances.generate(new Shape("400", 400, 7, 2, null, 5, 0.3, 50, 12));

        SeatingResult result = solver.solve(
                big,
                progress -> {
                    if (progress.bestSoFar() != null) {
                        cancel.set(true);
                    }
                },
                cancel::get);

        assertThat(result.seats()).hasSize(400);
        assertThat(result.optimal()).isFalse();
        assertThat(result.millis()).isLessThan(5_000);
    }

    @Test
    void keepsToItsTimeLimitAndStillSeatsEveryone() {
        SeatingProblem big = SeatingInstances.generate(new Shape("1000", 1000, 7, 10, null, 8, 0.2, 200, 7));
        SeatingSolver hurried = new SeatingSolver(
                new SeatingSolver.Limits(java.time.Duration.ofMillis(300), java.time.Duration.ofMillis(800)));

        SeatingResult result = hurried.solve(big);

        assertThat(result.seats()).hasSize(1000);
        assertThat(result.violations()).isEmpty();
        // Generous: the machine that runs the tests may be busy with other builds.
        assertThat(result.millis()).isLessThan(4_000);
    }

    /** Seven people at three tables with every kind of term in play. */
    private static SeatingProblem tiny(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] industries = {"製造業", "農業", "", "その他"};
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Integer c1 = random.nextInt(4) == 0 ? null : 1 + random.nextInt(3);
            Integer c2 = 1 + random.nextInt(3);
            people.add(new Participant(
                    i,
                    "人" + i,
                    c1,
                    c2,
                    null,
                    industries[random.nextInt(industries.length)],
                    i <= 2 ? "同じ会社" : "会社" + i,
                    random.nextInt(3) == 0,
                    null,
                    null));
        }
        Set<TablematePair> pairs = new HashSet<>();
        pairs.add(new TablematePair(3, 4));
        pairs.add(new TablematePair(5, 1 + random.nextInt(4)));
        return new SeatingProblem(
                List.of(new SeatingTable(1, 1, 3), new SeatingTable(2, 2, 3), new SeatingTable(3, 3, 2)),
                people,
                pairs,
                SeatingRules.DEFAULTS);
    }

    private static Map<Integer, Integer> perTable(SeatingResult result) {
        Map<Integer, Integer> count = new HashMap<>();
        result.seats().values().forEach(t -> count.merge(t, 1, Integer::sum));
        return count;
    }

    private static void assertColleaguesApart(SeatingResult result, List<Long> colleagues) {
        List<Integer> tables = colleagues.stream()
                .map(result.seats()::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(tables).doesNotHaveDuplicates();
    }
}
