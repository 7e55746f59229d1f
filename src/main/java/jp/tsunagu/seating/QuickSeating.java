package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * A good seating fast: everyone placed greedily, then improved by moves and swaps until none
 * helps, then a few deterministic shake-ups. Its work is bounded by counts, not by the clock, so
 * the same data always gives the same seating; the deadline only cuts it short on a slow machine.
 */
final class QuickSeating {
    private final SeatingModel m;
    private final BooleanSupplier cancelled;
    private final long deadline;

    QuickSeating(SeatingModel m, BooleanSupplier cancelled, long deadlineNanos) {
        this.m = m;
        this.cancelled = cancelled;
        this.deadline = deadlineNanos;
    }

    /** The seating as a table index per person (-1 = not seated). */
    int[] seat() {
        SeatingState state = greedy();
        improve(state);
        int[] best = state.seats();
        long bestValue = m.objective(best);
        SplittableRandom random = new SplittableRandom(20260523L);
        // About the same work whatever the size: a round costs about people^2 swap looks.
        int rounds = (int) Math.max(2, Math.min(30, 600_000L / Math.max(1L, (long) m.people * m.people)));
        for (int round = 0; round < rounds && !stop(); round++) {
            shake(state, random);
            improve(state);
            long value = m.objective(state.seat);
            if (value > bestValue) {
                best = state.seats();
                bestValue = value;
            } else {
                state = new SeatingState(m, best);
            }
        }
        return best;
    }

    private boolean stop() {
        return cancelled.getAsBoolean() || System.nanoTime() > deadline;
    }

    private SeatingState greedy() {
        SeatingState state = new SeatingState(m);
        int[] organisationSize = new int[m.organisationCount];
        for (int p = 0; p < m.people; p++) {
            if (m.organisation[p] >= 0) {
                organisationSize[m.organisation[p]]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < m.people; p++) {
            order.add(p);
        }
        // Locked people first, then large organisations (they have the fewest tables left), then
        // people with choices (they lose most by waiting), then by id.
        order.sort(Comparator.<Integer>comparingInt(p -> m.pin[p] >= 0 ? 0 : 1)
                .thenComparingInt(p -> m.organisation[p] >= 0 ? -organisationSize[m.organisation[p]] : 0)
                .thenComparingInt(p -> m.person[p].hasChoices() ? 0 : 1)
                .thenComparingInt(p -> p));
        for (int p : order) {
            int bestTable = -1;
            long best = Long.MIN_VALUE;
            for (int t = 0; t < m.tableCount; t++) {
                long gain = state.moveGain(p, t);
                if (gain > best) {
                    best = gain;
                    bestTable = t;
                }
            }
            if (bestTable >= 0) {
                state.place(p, bestTable);
            }
        }
        return state;
    }

    /** Best move or swap per person, over and over, until no change helps. */
    private void improve(SeatingState state) {
        boolean improved = true;
        while (improved && !stop()) {
            improved = false;
            for (int p = 0; p < m.people && !stop(); p++) {
                if (m.pin[p] >= 0 && state.seat[p] == m.pin[p]) {
                    continue;
                }
                long best = 0;
                int toTable = -1;
                int partner = -1;
                for (int t = 0; t < m.tableCount; t++) {
                    long gain = state.moveGain(p, t);
                    if (gain > best) {
                        best = gain;
                        toTable = t;
                    }
                }
                if (state.seat[p] >= 0) {
                    for (int q = 0; q < m.people; q++) {
                        if (m.pin[q] >= 0 || state.seat[q] < 0 || state.seat[q] == state.seat[p]) {
                            continue;
                        }
                        long gain = state.swapGain(p, q);
                        if (gain > best) {
                            best = gain;
                            partner = q;
                        }
                    }
                }
                if (partner >= 0) {
                    int a = state.seat[p];
                    int b = state.seat[partner];
                    state.remove(p);
                    state.remove(partner);
                    state.place(p, b);
                    state.place(partner, a);
                    improved = true;
                } else if (toTable >= 0) {
                    state.place(p, toTable);
                    improved = true;
                }
            }
        }
    }

    /** A few random swaps that keep the hard rules, to leave a local optimum. */
    private void shake(SeatingState state, SplittableRandom random) {
        int swaps = Math.max(2, m.people / 25);
        for (int i = 0, tries = 0; i < swaps && tries < swaps * 20; tries++) {
            int p = random.nextInt(m.people);
            int q = random.nextInt(m.people);
            if (m.pin[p] >= 0 || m.pin[q] >= 0 || state.swapGain(p, q) == Long.MIN_VALUE) {
                continue;
            }
            int a = state.seat[p];
            int b = state.seat[q];
            state.remove(p);
            state.remove(q);
            state.place(p, b);
            state.place(q, a);
            i++;
        }
    }
}
