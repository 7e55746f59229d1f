package jp.tsunagu.seating;

import static jp.tsunagu.seating.People.person;
import static jp.tsunagu.seating.People.problem;
import static jp.tsunagu.seating.People.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeatReasonsTest {
    private final SeatingSolver solver = new SeatingSolver();

    @Test
    void aColleagueAtTheFirstChoiceTableIsNamed() {
        List<Participant> people = List.of(person(1, 1, "", "A", false), person(2, 1, "", "A", false));

        SeatingResult result = solver.solve(problem(tables(2, 2), people));

        long away = result.tableOf(1).orElseThrow() == 1 ? 2 : 1;
        assertThat(result.reasonFor(away)).contains(SeatingNote.of("seating.reason.colleague", 1, "人" + (3 - away)));
        assertThat(result.reasonFor(3 - away)).isEmpty();
    }

    @Test
    void aTableFullOfPeopleWhoChoseItFirstIsTheReason() {
        List<Participant> people =
                List.of(person(1, 1, null, null), person(2, 1, null, null), person(3, 1, null, null));

        SeatingResult result =
                solver.solve(problem(List.of(new SeatingTable(1, 1, 2), new SeatingTable(2, 2, 2)), people));

        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(result.tableOf(r.personId())).contains(2);
            assertThat(r.reason()).isEqualTo(SeatingNote.of("seating.reason.fullOfFirstChoices", 1));
        });
    }

    @Test
    void theIndustryMixSaysWhatMovingWouldCost() {
        // Four manufacturers want theme 1 first, theme 2 second. All four at table 1 make 6 pairs
        // (-12); three there (-6) and one at 2nd choice (6 instead of 10) is 2 points better.
        List<Participant> people = List.of(manufacturer(1), manufacturer(2), manufacturer(3), manufacturer(4));

        SeatingResult result = solver.solve(problem(tables(2, 5), people));

        assertThat(result.score().score()).isEqualTo(30 + 6 - 6);
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo(SeatingNote.of("seating.reason.sameIndustry", 1, "製造業", 3, 2L)));
    }

    @Test
    void lockedPeopleAndPeopleWithoutChoicesAreSaidSo() {
        List<Participant> people = List.of(
                person(1, 1, null, null).withPinnedTable(2), person(2, null, null, null), person(3, null, 2, null));

        SeatingResult result = solver.solve(problem(tables(2, 3), people));

        assertThat(result.reasonFor(1)).contains(SeatingNote.of("seating.reason.locked", 2));
        assertThat(result.reasonFor(2)).contains(SeatingNote.of("seating.reason.noChoices"));
        assertThat(result.reasonFor(3)).contains(SeatingNote.of("seating.reason.noFirstChoice"));
    }

    private static Participant manufacturer(long id) {
        return new Participant(id, "人" + id, 1, 2, null, "製造業", "", false, null, null);
    }
}
