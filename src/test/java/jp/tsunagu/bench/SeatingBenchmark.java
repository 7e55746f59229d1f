package jp.tsunagu.bench;

import java.util.List;
import jp.tsunagu.seating.IndependentExactSeating;
import jp.tsunagu.seating.SeatingInstances;
import jp.tsunagu.seating.SeatingInstances.Shape;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.SeatingResult;
import jp.tsunagu.seating.SeatingSolver;

/**
 * The app's seating beside an independent exact solution (another formulation, solved by SCIP)
 * on generated instances: solve time, time to the first (quick) seating, score and gap in %.
 */
public final class SeatingBenchmark {
    /** How far below the best possible score, in % of it. */
    private static double gap(int score, int bound) {
        return bound == 0 ? 0 : 100.0 * (bound - score) / Math.abs(bound);
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(
                new Shape("60 at 7", 60, 7, 1, null, 3, 0.2, 20, 1),
                new Shape("60 at 7, tight, one org x7", 60, 7, 1, 9, 7, 0.3, 20, 2),
                new Shape("140 at 7", 140, 7, 1, null, 4, 0.2, 40, 3),
                new Shape("140 at 7, many manufacturers", 140, 7, 1, 20, 6, 0.5, 40, 4),
                new Shape("300 at 7", 300, 7, 1, null, 5, 0.2, 80, 5),
                new Shape("300 at 7, tight, one org x7, many manufacturers", 300, 7, 1, 43, 7, 0.4, 80, 6),
                new Shape("1000 at 70 (10 per theme)", 1000, 7, 10, null, 8, 0.2, 200, 7),
                new Shape("1000 at 70, many manufacturers", 1000, 7, 10, 15, 12, 0.4, 200, 8));
        long loading = System.nanoTime();
        SeatingSolver.prepare();
        System.out.printf(
                "native solver library loaded in %d ms (once per run, off the UI thread)%n",
                (System.nanoTime() - loading) / 1_000_000);
        String only = System.getenv().getOrDefault("SEATING_ONLY", "");
        System.out.printf(
                "%-48s %6s %8s %6s %7s %7s %6s %8s %6s %7s %s%n",
                "instance",
                "people",
                "quick ms",
                "quick",
                "gap %",
                "app ms",
                "app",
                "exact ms",
                "exact",
                "gap %",
                "proven");
        for (Shape shape : shapes) {
            if (!only.isEmpty() && !shape.name().contains(only)) {
                continue;
            }
            SeatingProblem problem = SeatingInstances.generate(shape);
            long[] quickMillis = {-1};
            int[] quickScore = {0};
            long start = System.nanoTime();
            SeatingResult app = new SeatingSolver()
                    .solve(
                            problem,
                            progress -> {
                                if (progress.bestSoFar() != null && quickMillis[0] < 0) {
                                    quickMillis[0] = (System.nanoTime() - start) / 1_000_000;
                                    quickScore[0] = progress.bestSoFar().score().score();
                                }
                            },
                            () -> false);
            IndependentExactSeating.Solution exact = new IndependentExactSeating(problem).solve(120);
            int appScore = app.score().score();
            System.out.printf(
                    "%-48s %6d %8d %6d %7.2f %7d %6d %8d %6d %7.2f %s%n",
                    shape.name(),
                    shape.people(),
                    quickMillis[0],
                    quickScore[0],
                    gap(quickScore[0], exact.bound()),
                    app.millis(),
                    appScore,
                    exact.millis(),
                    exact.score(),
                    gap(appScore, exact.bound()),
                    (app.optimal() ? "app " : "") + (exact.optimal() ? "exact" : ""));
        }
    }
}
