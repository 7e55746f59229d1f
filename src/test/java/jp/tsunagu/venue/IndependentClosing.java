package jp.tsunagu.venue;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.SeatingCategories;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.SeatingRules;
import jp.tsunagu.seating.SeatingTable;
import jp.tsunagu.seating.TablematePair;

/**
 * Closing reception solved apart from the app: the venue score written out directly (choices,
 * same-industry pairs as an integer count per table with tangent lines, earlier tablemates, YEG
 * overflow, minus the weight for each present person off the table they sat at), pins as fixed
 * variables, venue capacity worked out here from the seating-objective text, solved by SCIP.
 * Everyone must fit; it returns the optimum venue score.
 */
public final class IndependentClosing {
    private IndependentClosing() {}

    /**
     * @param problem the present participants at their tables before closing, tables with their
     *     capacity as the user set it (null = automatic)
     */
    public static int optimum(SeatingProblem problem, int moveWeight) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        List<Participant> people = problem.participants();
        List<SeatingTable> tables = problem.tables();
        SeatingRules rules = problem.rules();
        int n = people.size();
        int set = 0;
        int automatic = 0;
        for (SeatingTable t : tables) {
            if (t.capacity() == null) {
                automatic++;
            } else {
                set += t.capacity();
            }
        }
        int share = automatic == 0 ? 0 : (int) Math.ceil(Math.max(0, n - set) / (double) automatic) + 1;
        MPObjective objective = solver.objective();
        objective.setMaximization();
        double constant = 0;
        MPVariable[][] x = new MPVariable[n][tables.size()];
        for (int p = 0; p < n; p++) {
            Participant who = people.get(p);
            MPConstraint one = solver.makeConstraint(1, 1, "one" + p);
            if (who.currentTable() != null) {
                constant -= moveWeight; // counted back for staying below
            }
            for (int t = 0; t < tables.size(); t++) {
                SeatingTable table = tables.get(t);
                boolean pinnedElsewhere = who.pinnedTable() != null && who.pinnedTable() != table.number();
                x[p][t] = solver.makeIntVar(0, pinnedElsewhere ? 0 : 1, "x" + p + "_" + t);
                one.setCoefficient(x[p][t], 1);
                double value = rules.choicePoints(who.rankOf(table.theme()));
                if (who.currentTable() != null && who.currentTable() == table.number()) {
                    value += moveWeight;
                }
                objective.setCoefficient(x[p][t], value);
            }
        }
        Map<String, List<Integer>> industries = new HashMap<>();
        Map<String, List<Integer>> organisations = new HashMap<>();
        List<Integer> yeg = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int q = p;
            SeatingCategories.industry(people.get(p).industry()).ifPresent(i -> industries
                    .computeIfAbsent(i, k -> new ArrayList<>())
                    .add(q));
            if (rules.separateOrganisations()) {
                SeatingCategories.organisation(people.get(p).organisationKey()).ifPresent(o -> organisations
                        .computeIfAbsent(o, k -> new ArrayList<>())
                        .add(q));
            }
            if (people.get(p).yeg()) {
                yeg.add(p);
            }
        }
        int yegShare = (yeg.size() + tables.size() - 1) / tables.size();
        int name = 0;
        for (int t = 0; t < tables.size(); t++) {
            int table = t;
            Integer cap = tables.get(t).capacity();
            MPConstraint capacity = solver.makeConstraint(0, cap == null ? share : cap, "cap" + t);
            for (int p = 0; p < n; p++) {
                capacity.setCoefficient(x[p][t], 1);
            }
            for (List<Integer> members : organisations.values()) {
                MPConstraint apart = solver.makeConstraint(0, 1, "org" + name++);
                members.forEach(p -> apart.setCoefficient(x[p][table], 1));
            }
            for (List<Integer> members : industries.values()) {
                if (members.size() < 2) {
                    continue;
                }
                MPVariable count = solver.makeIntVar(0, members.size(), "n" + name++);
                MPConstraint counted = solver.makeConstraint(0, 0, "nc" + name++);
                members.forEach(p -> counted.setCoefficient(x[p][table], 1));
                counted.setCoefficient(count, -1);
                MPVariable pairs = solver.makeNumVar(0, MPSolver.infinity(), "pairs" + name++);
                objective.setCoefficient(pairs, -rules.sameIndustryPair());
                for (int k = 1; k < members.size(); k++) {
                    MPConstraint line = solver.makeConstraint(-k * (k + 1) / 2.0, MPSolver.infinity(), "l" + name++);
                    line.setCoefficient(pairs, 1);
                    line.setCoefficient(count, -k);
                }
            }
            MPVariable over = solver.makeNumVar(0, MPSolver.infinity(), "over" + name++);
            objective.setCoefficient(over, -rules.yegOverflow());
            MPConstraint overflow = solver.makeConstraint(-MPSolver.infinity(), yegShare, "yeg" + name++);
            yeg.forEach(p -> overflow.setCoefficient(x[p][table], 1));
            overflow.setCoefficient(over, -1);
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int p = 0; p < n; p++) {
            index.put(people.get(p).id(), p);
        }
        for (TablematePair pair : problem.earlierTablemates()) {
            Integer a = index.get(pair.first());
            Integer b = index.get(pair.second());
            if (a == null || b == null) {
                continue;
            }
            for (int t = 0; t < tables.size(); t++) {
                MPVariable both = solver.makeNumVar(0, 1, "both" + name++);
                MPConstraint c = solver.makeConstraint(-MPSolver.infinity(), 1, "bc" + name++);
                c.setCoefficient(x[a][t], 1);
                c.setCoefficient(x[b][t], 1);
                c.setCoefficient(both, -1);
                objective.setCoefficient(both, -rules.repeatPair());
            }
        }
        solver.setTimeLimit(120_000);
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the independent solve did not prove an optimum: " + status);
        }
        int value = (int) Math.round(objective.value() + constant);
        solver.delete();
        return value;
    }
}
