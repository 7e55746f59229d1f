package jp.tsunagu.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Automatic tables share what the hand-set ones leave (seating-objective.md), so nobody is stranded. */
class CapacitiesTest {
    private static List<Integer> tables(Integer... capacities) {
        return Arrays.asList(capacities);
    }

    @Test
    void withNoneSetEveryTableTakesTheCeilingShare() {
        assertThat(Capacities.automatic(60, tables(null, null, null, null, null, null, null)))
                .isEqualTo(9);
    }

    @Test
    void oneTableSetByHandLeavesTheRestToTheOthers() {
        // 60 people, table 1 at 6: before, the others stayed at ceil(60 / 7) = 9 and 6 + 6 x 9 = 60 was luck;
        // with 59 people and table 1 at 2, ceil(59 / 7) = 9 gave 2 + 54 = 56 seats, 3 people stranded.
        List<Integer> capacities = tables(2, null, null, null, null, null, null);
        assertThat(Capacities.automatic(59, capacities)).isEqualTo(10);
        assertThat(Capacities.seats(59, capacities)).isGreaterThanOrEqualTo(59);
    }

    @Test
    void everyTableSetByHandCanRunShortAndSaysBy() {
        List<Integer> capacities = tables(5, 5, 5, 5, 5, 5, 5);
        assertThat(Capacities.automatic(59, capacities)).isZero();
        assertThat(Capacities.seats(59, capacities)).isEqualTo(35);
    }

    @Test
    void handSetSeatsThatHoldEveryoneLeaveTheAutomaticTablesEmpty() {
        assertThat(Capacities.automatic(10, tables(12, null))).isZero();
    }
}
