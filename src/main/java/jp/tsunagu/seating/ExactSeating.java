package jp.tsunagu.seating;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The seating as an integer program solved by OR-Tools' CBC (docs/decisions/0010-seating-solver.md):
 * a binary variable per person and table they may sit at, capacity and organisation constraints,
 * the same-industry pairs as increasing per-pair steps per table and industry, earlier tablemates
 * as one pair variable per table, and the YEG overflow per table.
 *
 * <p>Every variable gets a unique name: CBC aborts the whole JVM on two with the same name.
 */
final class ExactSeating {
    /** What the exact solve found: a seating (table index per person) and whether it is proven best. */
    record Found(int[] seat, boolean optimal) {}

    /** How far past its time limit the wall clock may run before the solve is abandoned. */
    private static final long GRACE_MILLIS = 250;

    private static volatile boolean loaded;

    private final SeatingModel m;
    private final boolean everyoneSeated;

    /**
     * @param everyoneSeated true to demand a seat for everyone (a tighter model); false to let
     *     people go unseated when the rules leave no room, at a cost above any score
     */
    ExactSeating(SeatingModel m, boolean everyoneSeated) {
        this.m = m;
        this.everyoneSeated = everyoneSeated;
    }

    static synchronized void load() {
        if (!loaded && SolverLibrary.loadKept()) {
            loaded = true;
        }
        if (!loaded) {
            java.nio.file.Path temp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
            java.time.Instant started = java.time.Instant.now();
            StaleSolverFiles.remove(temp, started.minus(java.time.Duration.ofHours(6)));
            Loader.loadNativeLibraries();
            StaleSolverFiles.markOwn(temp, started);
            loaded = true;
        }
    }

    /**
     * Solves by the deadline ({@link System#nanoTime()}), building the model included. Returns
     * empty when no seating was found (infeasible, out of time before the first one, cancelled).
     */
    Optional<Found> solve(long deadline, BooleanSupplier cancelled, DoubleConsumer progress) {
        load();
        MPSolver solver = MPSolver.createSolver("CBC");
        if (solver == null) {
            return Optional.empty();
        }
        MPVariable[][] x = build(solver);
        long millis = (deadline - System.nanoTime()) / 1_000_000;
        if (millis <= 0 || cancelled.getAsBoolean()) {
            solver.delete();
            return Optional.empty();
        }
        solver.setTimeLimit(millis);
        solver.setNumThreads(1);
        MPSolverParameters parameters = new MPSolverParameters();
        // Stop once the bound is within half a score point (scale / 2 >= people + 1, more than all
        // keep-your-table bonuses): then no seating scores higher, and proving more costs time.
        parameters.setDoubleParam(
                MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, (m.people + 1.0) / m.objectiveCeiling());
        CompletableFuture<MPSolver.ResultStatus> running =
                CompletableFuture.supplyAsync(() -> solver.solve(parameters), daemonThread());
        MPSolver.ResultStatus status;
        try {
            status = waitFor(running, solver, cancelled, progress, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (status == null) {
            // Cancelled or out of time, and CBC cannot be interrupted: leave it to finish within
            // its own limit on its own thread, and free it then.
            running.whenComplete((done, failed) -> {
                solver.delete();
                parameters.delete();
            });
            return Optional.empty();
        }
        if (Boolean.getBoolean("tsunagu.seating.trace")) {
            System.err.printf("cbc: %s in %d ms, %d nodes%n", status, solver.wallTime(), solver.nodes());
        }
        try {
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return Optional.empty();
            }
            int[] seat = new int[m.people];
            for (int p = 0; p < m.people; p++) {
                seat[p] = -1;
                for (int t = 0; t < m.tableCount; t++) {
                    if (x[p][t] != null && x[p][t].solutionValue() > 0.5) {
                        seat[p] = t;
                    }
                }
            }
            return Optional.of(new Found(seat, status == MPSolver.ResultStatus.OPTIMAL && !cancelled.getAsBoolean()));
        } finally {
            solver.delete();
            parameters.delete();
        }
    }

    private static java.util.concurrent.Executor daemonThread() {
        return task -> {
            Thread thread = new Thread(task, "seating-exact");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static MPSolver.ResultStatus waitFor(
            CompletableFuture<MPSolver.ResultStatus> running,
            MPSolver solver,
            BooleanSupplier cancelled,
            DoubleConsumer progress,
            long millis)
            throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            try {
                return running.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                double used = (System.nanoTime() - start) / 1e6 / millis;
                progress.accept(Math.min(1.0, used));
                // CBC counts its limit in CPU time; on a busy machine the wall clock runs ahead of
                // it, and the user was promised a seating within the wall-clock time.
                if (cancelled.getAsBoolean() || used > 1.0 + GRACE_MILLIS / (double) millis) {
                    if (solver.interruptSolve()) {
                        try {
                            return running.get();
                        } catch (ExecutionException failed) {
                            return null;
                        }
                    }
                    return null;
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("the seating solver failed", e.getCause());
            }
        }
    }

    private MPVariable[][] build(MPSolver solver) {
        SeatingRules r = m.rules;
        MPObjective objective = solver.objective();
        objective.setMaximization();
        MPVariable[][] x = new MPVariable[m.people][m.tableCount];
        for (int p = 0; p < m.people; p++) {
            MPConstraint once = everyoneSeated
                    ? solver.makeConstraint(1, 1, "seated_" + p)
                    : solver.makeConstraint(0, 1, "seated_" + p);
            for (int t = 0; t < m.tableCount; t++) {
                if (!m.allowed(p, t)) {
                    continue;
                }
                x[p][t] = solver.makeBoolVar("x_" + p + "_" + t);
                once.setCoefficient(x[p][t], 1);
                double value = m.scale * m.points[p][t] + (m.current[p] == t ? 1 : 0);
                if (!everyoneSeated) {
                    value += m.seatBonus;
                }
                objective.setCoefficient(x[p][t], value);
            }
        }
        for (int t = 0; t < m.tableCount; t++) {
            MPConstraint capacity = solver.makeConstraint(0, m.capacity[t], "capacity_" + t);
            for (int p = 0; p < m.people; p++) {
                if (x[p][t] != null) {
                    capacity.setCoefficient(x[p][t], 1);
                }
            }
        }
        groupLimits(solver, x, m.organisation, m.organisationCount, "organisation_", true);
        if (r.sameIndustryPair() > 0) {
            groupLimits(solver, x, m.industry, m.industryCount, "industry_", false);
        }
        if (r.repeatPair() > 0) {
            earlierTablemates(solver, x);
        }
        if (r.yegOverflow() > 0) {
            yegOverflow(solver, x);
        }
        return x;
    }

    /**
     * At most one of a group per table (organisations), or one free and each further one costing
     * one more pair than the last (industries: 0 + 1 + 2 + ... = C(n, 2) pairs for n people).
     */
    private void groupLimits(MPSolver solver, MPVariable[][] x, int[] groupOf, int groups, String name, boolean hard) {
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int p = 0; p < m.people; p++) {
            if (groupOf[p] >= 0) {
                members.get(groupOf[p]).add(p);
            }
        }
        MPObjective objective = solver.objective();
        for (int g = 0; g < groups; g++) {
            for (int t = 0; t < m.tableCount; t++) {
                List<Integer> here = new ArrayList<>();
                for (int p : members.get(g)) {
                    if (x[p][t] != null) {
                        here.add(p);
                    }
                }
                if (here.size() < 2) {
                    continue;
                }
                MPConstraint limit = solver.makeConstraint(-MPSolver.infinity(), 1, name + g + "_" + t);
                for (int p : here) {
                    limit.setCoefficient(x[p][t], 1);
                }
                if (hard) {
                    continue;
                }
                int most = Math.min(here.size(), m.capacity[t]);
                for (int k = 2; k <= most; k++) {
                    MPVariable step = solver.makeNumVar(0, 1, name + g + "_" + t + "_" + k);
                    limit.setCoefficient(step, -1);
                    objective.setCoefficient(step, -(double) m.scale * m.rules.sameIndustryPair() * (k - 1));
                }
            }
        }
    }

    private void earlierTablemates(MPSolver solver, MPVariable[][] x) {
        MPObjective objective = solver.objective();
        for (int a = 0; a < m.people; a++) {
            for (int b : m.mates[a]) {
                if (b <= a) {
                    continue;
                }
                for (int t = 0; t < m.tableCount; t++) {
                    if (x[a][t] == null || x[b][t] == null) {
                        continue;
                    }
                    MPVariable together = solver.makeNumVar(0, 1, "again_" + a + "_" + b + "_" + t);
                    MPConstraint c = solver.makeConstraint(-MPSolver.infinity(), 1, "againc_" + a + "_" + b + "_" + t);
                    c.setCoefficient(x[a][t], 1);
                    c.setCoefficient(x[b][t], 1);
                    c.setCoefficient(together, -1);
                    objective.setCoefficient(together, -(double) m.scale * m.rules.repeatPair());
                }
            }
        }
    }

    private void yegOverflow(MPSolver solver, MPVariable[][] x) {
        MPObjective objective = solver.objective();
        for (int t = 0; t < m.tableCount; t++) {
            List<Integer> here = new ArrayList<>();
            for (int p = 0; p < m.people; p++) {
                if (m.yeg[p] && x[p][t] != null) {
                    here.add(p);
                }
            }
            if (here.size() <= m.yegShare) {
                continue;
            }
            MPVariable overflow = solver.makeNumVar(0, MPSolver.infinity(), "yeg_over_" + t);
            MPConstraint c = solver.makeConstraint(-MPSolver.infinity(), m.yegShare, "yeg_" + t);
            for (int p : here) {
                c.setCoefficient(x[p][t], 1);
            }
            c.setCoefficient(overflow, -1);
            objective.setCoefficient(overflow, -(double) m.scale * m.rules.yegOverflow());
        }
    }
}
