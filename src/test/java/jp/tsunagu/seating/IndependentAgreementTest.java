package jp.tsunagu.seating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app's seating, as {@code assign} runs it (the native library loaded in the background first, issue 12),
 * scores what the independent exact solve (another formulation, SCIP) proves optimal.
 */
class IndependentAgreementTest {

    @ParameterizedTest
    @ValueSource(ints = {60, 140})
    void theAppsSeatingIsTheIndependentOptimum(int people) throws Exception {
        SeatingSolver.prepareInBackground();
        SeatingProblem problem = SeatingInstances.generate(
                new SeatingInstances.Shape(people + " at 7", people, 7, 1, null, 4, 0.2, people / 3, people));
        SeatingResult app = new SeatingSolver().solve(problem);
        IndependentExactSeating.Solution exact = new IndependentExactSeating(problem).solve(60);

        assertThat(exact.optimal()).isTrue();
        assertThat(app.optimal()).isTrue();
        assertThat(app.score().score()).isEqualTo(exact.score());
        assertThat(SeatingScore.of(problem, app.seats()).score())
                .isEqualTo(app.score().score());
    }
}
