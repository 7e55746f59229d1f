package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.SeatingRules;
import jp.tsunagu.seating.SeatingTable;
import jp.tsunagu.seating.Violation;
import org.junit.jupiter.api.Test;

/** Placing one person by the venue rule, on cases worked out by hand. */
class PlacementTest {
    private static final long NEW = 99;

    private static Participant at(long id, Integer table) {
        return new Participant(id, "人" + id, null, null, null, "", "", false, null, table);
    }

    private static Participant at(long id, Integer table, String industry, String org, boolean yeg) {
        return new Participant(id, "人" + id, null, null, null, industry, org, yeg, null, table);
    }

    private static Participant newcomer(Integer c1, Integer c2, String industry, String org, boolean yeg) {
        return new Participant(NEW, "新人", c1, c2, null, industry, org, yeg, null, null);
    }

    private static SeatingProblem problem(int tables, List<Participant> others, Participant newcomer) {
        List<SeatingTable> t = new ArrayList<>();
        for (int n = 1; n <= tables; n++) {
            t.add(new SeatingTable(n, n, null));
        }
        List<Participant> all = new ArrayList<>(others);
        all.add(newcomer);
        return new SeatingProblem(t, all, Set.of(), SeatingRules.DEFAULTS);
    }

    @Test
    void aTieGoesToTheTableWithFewerPeopleThenTheLowerNumber() {
        Participant nobody = newcomer(null, null, "", "", false);
        SeatingProblem problem = problem(3, List.of(at(1, 1), at(2, 1), at(3, 2), at(4, 3)), nobody);
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 5, 2, 5, 3, 5));
        assertThat(placed.table())
                .as("tables 2 and 3 have one person each; 2 is lower")
                .isEqualTo(2);
        assertThat(placed.gain()).isZero();
        assertThat(placed.violations()).isEmpty();
    }

    @Test
    void theFirstChoiceWinsOverAnEmptierTable() {
        SeatingProblem problem = problem(2, List.of(at(1, 1), at(2, 1)), newcomer(1, null, "", "", false));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 3, 2, 3));
        assertThat(placed.table()).isEqualTo(1);
        assertThat(placed.gain()).isEqualTo(10);
    }

    @Test
    void aFullFirstChoiceSendsThePersonToTheSecond() {
        SeatingProblem problem =
                problem(3, List.of(at(1, 1), at(2, 1), at(3, 1), at(4, 2), at(5, 3)), newcomer(1, 3, "", "", false));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 3, 2, 3, 3, 3));
        assertThat(placed.table()).isEqualTo(3);
        assertThat(placed.gain()).isEqualTo(6);
        assertThat(placed.violations()).isEmpty();
    }

    @Test
    void aColleagueAtTheBestTableSendsThePersonToTheNextBest() {
        SeatingProblem problem =
                problem(3, List.of(at(1, 1, "", "掛川製茶", false), at(2, 2), at(3, 3)), newcomer(1, 2, "", "掛川製茶", false));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 4, 2, 4, 3, 4));
        assertThat(placed.table()).isEqualTo(2);
        assertThat(placed.violations()).isEmpty();
    }

    @Test
    void theSameIndustryCostsTwoPointsAPair() {
        // No choices: table 1 has two of the same industry (-4), table 2 one (-2), table 3 one other.
        SeatingProblem problem = problem(
                3,
                List.of(
                        at(1, 1, "製造業", "", false),
                        at(2, 1, "製造業", "", false),
                        at(3, 2, "製造業", "", false),
                        at(4, 3, "飲食業", "", false),
                        at(5, 3, "小売業", "", false)),
                newcomer(null, null, "製造業", "", false));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 4, 2, 4, 3, 4));
        assertThat(placed.table()).isEqualTo(3);
        assertThat(placed.gain()).isZero();
    }

    @Test
    void yegOverflowIsCountedWithTheNewcomerInY() {
        // Y becomes 4 with the newcomer: a share of ceil(4/3) = 2 per table. Table 1 (1st choice)
        // would hold 3 YEG members: +10 - 4 = 6; table 2 (2nd choice) +6 with one person fewer.
        SeatingProblem problem = problem(
                3,
                List.of(
                        at(1, 1, "", "", true),
                        at(2, 1, "", "", true),
                        at(3, 1, "", "", false),
                        at(4, 2, "", "", false),
                        at(5, 3, "", "", true)),
                newcomer(1, 2, "", "", true));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 5, 2, 5, 3, 5));
        assertThat(placed.gain()).isEqualTo(6);
        assertThat(placed.table()).isEqualTo(2);
    }

    @Test
    void whenEveryTableBreaksARuleTheFewestBrokenWinsAndIsReported() {
        // Both tables full; table 2 also has a colleague. Table 1 breaks one rule, table 2 two.
        SeatingProblem problem =
                problem(2, List.of(at(1, 1), at(2, 2, "", "掛川製茶", false)), newcomer(2, null, "", "掛川製茶", false));
        Placement placed = Placement.choose(problem, NEW, Map.of(1, 1, 2, 1));
        assertThat(placed.table()).isEqualTo(1);
        assertThat(placed.violations()).extracting(Violation::rule).containsExactly(Violation.CAPACITY);
        assertThat(placed.violations().getFirst().message().key()).isEqualTo("venue.violation.full");
    }

    @Test
    void venueCapacityIsTheAutomaticSharePlusOne() {
        List<SeatingTable> tables =
                List.of(new SeatingTable(1, 1, null), new SeatingTable(2, 2, 4), new SeatingTable(3, 3, null));
        // 20 not absent, 4 seats set, 2 automatic tables: ceil(16 / 2) + 1 = 9.
        assertThat(VenueCapacity.of(tables, 20)).containsExactly(Map.entry(1, 9), Map.entry(2, 4), Map.entry(3, 9));
        assertThat(VenueCapacity.of(List.of(new SeatingTable(1, 1, null), new SeatingTable(2, 2, null)), 7))
                .containsEntry(1, 5);
    }
}
