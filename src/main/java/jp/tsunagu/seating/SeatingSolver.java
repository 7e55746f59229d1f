package jp.tsunagu.seating;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Seats the participants of a {@link SeatingProblem}: first a quick seating (greedy, then moves
 * and swaps), handed out at once as the best so far, then the exact integer program; the better
 * of the two by our own score wins. The hard rules always hold; people the rules leave no room for
 * stay unseated and are reported with the rule.
 */
public final class SeatingSolver {
    /** How long the quick seating and the whole solve may take. */
    public record Limits(Duration quick, Duration total) {
        public static final Limits DEFAULT = new Limits(Duration.ofMillis(1500), Duration.ofSeconds(10));
    }

    private final Limits limits;

    public SeatingSolver() {
        this(Limits.DEFAULT);
    }

    public SeatingSolver(Limits limits) {
        this.limits = limits;
    }

    /**
     * Loads the exact solver's native library (about a second, once per run of the app); call it
     * early off the UI thread so the first seating does not wait for it.
     */
    public static void prepare() {
        ExactSeating.load();
    }

    /**
     * Starts loading the exact solver's native library on a daemon thread and returns at once: a
     * command-line {@code assign} calls it first thing, so the load (a quarter to half a second)
     * overlaps the JVM's class loading, reading the store and the quick seating on the other core
     * instead of following them. A load that fails here fails again, and is handled, in the solve.
     */
    public static void prepareInBackground() {
        Thread loading = new Thread(
                () -> {
                    try {
                        ExactSeating.load();
                    } catch (RuntimeException | LinkageError e) {
                        // The solve loads again and falls back to the quick seating if it still fails.
                    }
                    trace("solver library loaded");
                },
                "seating-library");
        loading.setDaemon(true);
        loading.start();
    }

    /** With {@code -Dtsunagu.seating.trace}: what happened, in ms since the JVM started, on stderr. */
    public static void trace(String what) {
        if (Boolean.getBoolean("tsunagu.seating.trace")) {
            long sinceStart = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("%s: %d ms after JVM start%n", what, sinceStart);
        }
    }

    public SeatingResult solve(SeatingProblem problem) {
        return solve(problem, progress -> {}, () -> false);
    }

    /**
     * @param progress told of the quick seating as soon as it is there, then of the search
     * @param cancelled polled while solving; when it turns true the best seating so far is returned
     */
    public SeatingResult solve(SeatingProblem problem, Consumer<SeatingProgress> progress, BooleanSupplier cancelled) {
        return solve(new SeatingModel(problem), progress, cancelled);
    }

    /**
     * Seats the participants keeping them where they sit: each one at their current table earns
     * {@code moveWeight} points, so the result maximises score - moveWeight x moves (closing
     * reception, seating-objective.md "At the venue"). The result's score leaves the moves out.
     */
    public SeatingResult solveKeeping(SeatingProblem problem, int moveWeight, BooleanSupplier cancelled) {
        return solve(new SeatingModel(problem, moveWeight), progress -> {}, cancelled);
    }

    private SeatingResult solve(SeatingModel model, Consumer<SeatingProgress> progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        int[] best = new QuickSeating(model, cancelled, start + limits.quick().toNanos()).seat();
        boolean optimal = false;
        double quickShare = 0.15;
        progress.accept(new SeatingProgress(quickShare, result(model, best, false, start), true));
        if (Boolean.getBoolean("tsunagu.seating.trace")) {
            System.err.printf("quick: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            trace("quick seating done");
        }
        if (!cancelled.getAsBoolean() && model.people > 0 && model.tableCount > 0) {
            boolean everyoneFits = countSeated(best) == model.people;
            long deadline = start + limits.total().toNanos();
            Optional<ExactSeating.Found> found = new ExactSeating(model, everyoneFits)
                    .solve(
                            deadline,
                            cancelled,
                            f -> progress.accept(new SeatingProgress(quickShare + (1 - quickShare) * f, null, true)));
            if (found.isPresent() && model.keepsRules(found.get().seat())) {
                long exact = model.objective(found.get().seat());
                long quick = model.objective(best);
                if (exact >= quick) {
                    best = found.get().seat();
                    optimal = found.get().optimal();
                }
            }
        }
        trace("solve done");
        SeatingResult result = result(model, best, optimal, start);
        progress.accept(new SeatingProgress(1.0, result, false));
        return result;
    }

    private static int countSeated(int[] seat) {
        int n = 0;
        for (int t : seat) {
            n += t >= 0 ? 1 : 0;
        }
        return n;
    }

    private static SeatingResult result(SeatingModel m, int[] seat, boolean optimal, long start) {
        List<Long> unseated = new ArrayList<>();
        for (int p = 0; p < m.people; p++) {
            if (seat[p] < 0) {
                unseated.add(m.person[p].id());
            }
        }
        List<Violation> violations = new ArrayList<>(m.pinViolations);
        violations.addAll(new UnseatedReport(m, seat, false).violations());
        return new SeatingResult(
                m.seatsById(seat),
                unseated,
                violations,
                SeatingScore.of(m.problem, m.seatsById(seat)),
                new SeatReasons(m, seat).all(),
                (System.nanoTime() - start) / 1_000_000,
                optimal);
    }
}
