package jp.tsunagu.seating;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second exact seating, written apart from the app's: straight from the records, another
 * linearisation of the same-industry pairs (an integer count per table and industry with its
 * tangent lines) and another solver (SCIP). Used to check the app's score against the optimum.
 * It assumes everyone can be seated and no one is locked.
 */
public final class IndependentExactSeating {
    /** Its seating, its score (counted by {@link SeatingScore}), the proven upper bound, time. */
    public record Solution(Map<Long, Integer> seats, int score, int bound, long millis, boolean optimal) {}

    private final SeatingProblem problem;

    public IndependentExactSeating(SeatingProblem problem) {
        this.problem = problem;
    }

    public Solution solve(int seconds) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        MPSolver solver = MPSolver.createSolver("SCIP");
        List<Participant> people = problem.participants();
        List<SeatingTable> tables = problem.tables();
        SeatingRules rules = problem.rules();
        int n = people.size();
        int tableCount = tables.size();
        int automatic = (n + tableCount - 1) / tableCount;
        MPObjective objective = solver.objective();
        objective.setMaximization();
        MPVariable[][] x = new MPVariable[n][tableCount];
        for (int p = 0; p < n; p++) {
            MPConstraint one = solver.makeConstraint(1, 1, "one" + p);
            for (int t = 0; t < tableCount; t++) {
                x[p][t] = solver.makeIntVar(0, 1, "s" + p + "t" + t);
                one.setCoefficient(x[p][t], 1);
                objective.setCoefficient(
                        x[p][t],
                        rules.choicePoints(people.get(p).rankOf(tables.get(t).theme())));
            }
        }
        Map<String, List<Integer>> byIndustry = new HashMap<>();
        Map<String, List<Integer>> byOrganisation = new HashMap<>();
        List<Integer> yeg = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int q = p;
            SeatingCategories.industry(people.get(p).industry()).ifPresent(i -> byIndustry
                    .computeIfAbsent(i, k -> new ArrayList<>())
                    .add(q));
            if (rules.separateOrganisations()) {
                SeatingCategories.organisation(people.get(p).organisationKey()).ifPresent(o -> byOrganisation
                        .computeIfAbsent(o, k -> new ArrayList<>())
                        .add(q));
            }
            if (people.get(p).yeg()) {
                yeg.add(p);
            }
        }
        int yegShare = (yeg.size() + tableCount - 1) / tableCount;
        int name = 0;
        for (int table = 0; table < tableCount; table++) {
            int t = table;
            Integer cap = tables.get(t).capacity();
            MPConstraint c = solver.makeConstraint(0, cap == null ? automatic : cap, "cap" + t);
            for (int p = 0; p < n; p++) {
                c.setCoefficient(x[p][t], 1);
            }
            for (List<Integer> members : byOrganisation.values()) {
                MPConstraint apart = solver.makeConstraint(0, 1, "org" + name++);
                members.forEach(p -> apart.setCoefficient(x[p][t], 1));
            }
            for (List<Integer> members : byIndustry.values()) {
                if (members.size() < 2) {
                    continue;
                }
                MPVariable count = solver.makeIntVar(0, members.size(), "n" + name++);
                MPConstraint counted = solver.makeConstraint(0, 0, "nc" + name++);
                members.forEach(p -> counted.setCoefficient(x[p][t], 1));
                counted.setCoefficient(count, -1);
                MPVariable pairs = solver.makeNumVar(0, MPSolver.infinity(), "pairs" + name++);
                objective.setCoefficient(pairs, -rules.sameIndustryPair());
                for (int k = 1; k < members.size(); k++) {
                    // pairs >= k * count - k(k+1)/2, the line through C(k,2) and C(k+1,2)
                    MPConstraint line = solver.makeConstraint(-k * (k + 1) / 2.0, MPSolver.infinity(), "l" + name++);
                    line.setCoefficient(pairs, 1);
                    line.setCoefficient(count, -k);
                }
            }
            MPVariable over = solver.makeNumVar(0, MPSolver.infinity(), "over" + name++);
            objective.setCoefficient(over, -rules.yegOverflow());
            MPConstraint overflow = solver.makeConstraint(-MPSolver.infinity(), yegShare, "yeg" + name++);
            yeg.forEach(p -> overflow.setCoefficient(x[p][t], 1));
            overflow.setCoefficient(over, -1);
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int p = 0; p < n; p++) {
            index.put(people.get(p).id(), p);
        }
        for (TablematePair pair : problem.earlierTablemates()) {
            int a = index.get(pair.first());
            int b = index.get(pair.second());
            for (int t = 0; t < tableCount; t++) {
                MPVariable both = solver.makeNumVar(0, 1, "both" + name++);
                MPConstraint c = solver.makeConstraint(-MPSolver.infinity(), 1, "bc" + name++);
                c.setCoefficient(x[a][t], 1);
                c.setCoefficient(x[b][t], 1);
                c.setCoefficient(both, -1);
                objective.setCoefficient(both, -rules.repeatPair());
            }
        }
        solver.setTimeLimit(seconds * 1000L);
        MPSolver.ResultStatus status = solver.solve();
        Map<Long, Integer> seats = new HashMap<>();
        if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
            for (int p = 0; p < n; p++) {
                for (int t = 0; t < tableCount; t++) {
                    if (x[p][t].solutionValue() > 0.5) {
                        seats.put(people.get(p).id(), tables.get(t).number());
                    }
                }
            }
        }
        int score = SeatingScore.of(problem, seats).score();
        int bound = (int) Math.floor(objective.bestBound() + 1e-6);
        boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
        solver.delete();
        return new Solution(seats, score, optimal ? score : bound, (System.nanoTime() - start) / 1_000_000, optimal);
    }
}
