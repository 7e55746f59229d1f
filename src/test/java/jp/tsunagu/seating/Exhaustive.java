package jp.tsunagu.seating;

import java.util.HashMap;
import java.util.Map;

/** The best score of a tiny problem by trying every seating that keeps the hard rules. */
final class Exhaustive {
    private final SeatingProblem problem;
    private final SeatingModel m;
    private final int[] seat;
    private final int[] count;
    private int best = Integer.MIN_VALUE;

    Exhaustive(SeatingProblem problem) {
        this.problem = problem;
        this.m = new SeatingModel(problem);
        this.seat = new int[m.people];
        this.count = new int[m.tableCount];
    }

    int bestScore() {
        search(0);
        return best;
    }

    private void search(int p) {
        if (p == m.people) {
            Map<Long, Integer> seats = new HashMap<>();
            for (int q = 0; q < m.people; q++) {
                seats.put(m.person[q].id(), m.table[seat[q]].number());
            }
            best = Math.max(best, SeatingScore.of(problem, seats).score());
            return;
        }
        for (int t = 0; t < m.tableCount; t++) {
            if (count[t] >= m.capacity[t] || !m.allowed(p, t) || colleagueAt(p, t)) {
                continue;
            }
            seat[p] = t;
            count[t]++;
            search(p + 1);
            count[t]--;
        }
    }

    private boolean colleagueAt(int p, int t) {
        for (int q = 0; q < p; q++) {
            if (seat[q] == t && m.organisation[p] >= 0 && m.organisation[q] == m.organisation[p]) {
                return true;
            }
        }
        return false;
    }
}
