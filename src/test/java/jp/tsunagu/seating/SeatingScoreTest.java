package jp.tsunagu.seating;

import static jp.tsunagu.seating.People.person;
import static jp.tsunagu.seating.People.problem;
import static jp.tsunagu.seating.People.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeatingScoreTest {

    @Test
    void countsEachChoiceRankAndAddsItsWeight() {
        SeatingProblem problem = problem(
                tables(3, null),
                List.of(
                        person(1, 1, 2, 3), // table 1: 1st choice
                        person(2, 3, 2, 1), // table 2: 2nd choice
                        person(3, 2, null, 1), // table 1: 3rd choice although the 2nd is missing
                        person(4, null, null, null), // table 3: no choice
                        person(5, 2, 2, 3))); // table 2: given twice, counts as 1st
        ScoreBreakdown score = SeatingScore.of(problem, Map.of(1L, 1, 2L, 2, 3L, 1, 4L, 3, 5L, 2));

        assertThat(score.firstChoice()).isEqualTo(2);
        assertThat(score.secondChoice()).isEqualTo(1);
        assertThat(score.thirdChoice()).isEqualTo(1);
        assertThat(score.score()).isEqualTo(10 + 10 + 6 + 3);
        assertThat(score.points(ScoreTerm.SECOND_CHOICE)).isEqualTo(6);
    }

    @Test
    void sameIndustryCountsPairsPerTableAndIgnoresNoneAndOther() {
        SeatingProblem problem = problem(
                tables(2, null),
                List.of(
                        person(1, null, "製造業", "", false),
                        person(2, null, " 製造業", "", false),
                        person(3, null, "製造業", "", false), // three at table 1: C(3,2) = 3 pairs
                        person(4, null, "その他", "", false),
                        person(5, null, "その他", "", false), // "other" never pairs
                        person(6, null, "", "", false),
                        person(7, null, "", "", false), // nor does none
                        person(8, null, "ＩＴ", "", false),
                        person(9, null, "IT", "", false))); // full width is the same industry: 1 pair
        Map<Long, Integer> seats = Map.of(1L, 1, 2L, 1, 3L, 1, 4L, 1, 5L, 1, 6L, 2, 7L, 2, 8L, 2, 9L, 2);

        ScoreBreakdown score = SeatingScore.of(problem, seats);

        assertThat(score.sameIndustryPairs()).isEqualTo(4);
        assertThat(score.points(ScoreTerm.SAME_INDUSTRY_PAIRS)).isEqualTo(-8);
        assertThat(score.score()).isEqualTo(-8);
    }

    @Test
    void repeatPairsCountOnlyWhenBothSitTogetherAgain() {
        SeatingProblem problem = new SeatingProblem(
                tables(2, null),
                List.of(person(1, 1, null, null), person(2, 1, null, null), person(3, 2, null, null)),
                Set.of(new TablematePair(2, 1), new TablematePair(1, 3)),
                SeatingRules.DEFAULTS);

        ScoreBreakdown score = SeatingScore.of(problem, Map.of(1L, 1, 2L, 1, 3L, 2));

        assertThat(score.repeatPairs()).isEqualTo(1);
        assertThat(score.score()).isEqualTo(10 + 10 + 10 - 3);
    }

    @Test
    void yegOverflowIsWhatATableHoldsBeyondItsShare() {
        // Y = 5 YEG members at T = 2 tables: each table's share is ceil(5/2) = 3.
        List<Participant> people = List.of(
                person(1, null, "", "", true),
                person(2, null, "", "", true),
                person(3, null, "", "", true),
                person(4, null, "", "", true),
                person(5, null, "", "", true),
                person(6, null, "", "", false));
        SeatingProblem problem = problem(tables(2, null), people);

        ScoreBreakdown balanced = SeatingScore.of(problem, Map.of(1L, 1, 2L, 1, 3L, 1, 4L, 2, 5L, 2, 6L, 2));
        ScoreBreakdown crowded = SeatingScore.of(problem, Map.of(1L, 1, 2L, 1, 3L, 1, 4L, 1, 5L, 1, 6L, 2));

        assertThat(balanced.yegOverflow()).isZero();
        assertThat(crowded.yegOverflow()).isEqualTo(2);
        assertThat(crowded.score()).isEqualTo(-8);
    }

    @Test
    void scoreFollowsTheEventsWeights() {
        SeatingRules rules = new SeatingRules(5, 2, 1, 7, 3, 4, true);
        SeatingProblem problem = new SeatingProblem(
                tables(1, null),
                List.of(
                        new Participant(1, "a", 1, null, null, "農業", "", false, null, null),
                        new Participant(2, "b", 2, 1, null, "農業", "", false, null, null)),
                Set.of(),
                rules);

        ScoreBreakdown score = SeatingScore.of(problem, Map.of(1L, 1, 2L, 1));

        assertThat(score.score()).isEqualTo(5 + 2 - 7);
    }

    @Test
    void unseatedPeopleScoreNothing() {
        SeatingProblem problem = problem(tables(1, null), List.of(person(1, 1, null, null), person(2, 1, null, null)));

        assertThat(SeatingScore.of(problem, Map.of(1L, 1)).score()).isEqualTo(10);
    }
}
