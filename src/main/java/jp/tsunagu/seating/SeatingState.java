package jp.tsunagu.seating;

import java.util.Arrays;

/**
 * A seating being changed one person at a time, with the counts that let a move or a swap be
 * valued without re-scoring everything. Values are in the model's scaled objective.
 */
final class SeatingState {
    final SeatingModel m;
    final int[] seat;
    final int[] count;
    private final int[][] industryAt;
    private final int[][] organisationAt;
    private final int[] yegAt;

    SeatingState(SeatingModel m) {
        this.m = m;
        seat = new int[m.people];
        Arrays.fill(seat, -1);
        count = new int[m.tableCount];
        industryAt = new int[m.tableCount][m.industryCount];
        organisationAt = new int[m.tableCount][m.organisationCount];
        yegAt = new int[m.tableCount];
    }

    SeatingState(SeatingModel m, int[] seats) {
        this(m);
        for (int p = 0; p < m.people; p++) {
            if (seats[p] >= 0) {
                place(p, seats[p]);
            }
        }
    }

    void place(int p, int t) {
        if (seat[p] >= 0) {
            remove(p);
        }
        seat[p] = t;
        count[t]++;
        if (m.industry[p] >= 0) {
            industryAt[t][m.industry[p]]++;
        }
        if (m.organisation[p] >= 0) {
            organisationAt[t][m.organisation[p]]++;
        }
        if (m.yeg[p]) {
            yegAt[t]++;
        }
    }

    void remove(int p) {
        int t = seat[p];
        if (t < 0) {
            return;
        }
        seat[p] = -1;
        count[t]--;
        if (m.industry[p] >= 0) {
            industryAt[t][m.industry[p]]--;
        }
        if (m.organisation[p] >= 0) {
            organisationAt[t][m.organisation[p]]--;
        }
        if (m.yeg[p]) {
            yegAt[t]--;
        }
    }

    /** Others (not p, not {@code absent}) of p's organisation at table t. */
    int colleaguesAt(int p, int t, int absent) {
        int o = m.organisation[p];
        if (o < 0) {
            return 0;
        }
        return organisationAt[t][o]
                - (seat[p] == t ? 1 : 0)
                - (absentAt(absent, t) && m.organisation[absent] == o ? 1 : 0);
    }

    /** Others of p's industry at table t, not counting p and {@code absent}. */
    int sameIndustryAt(int p, int t, int absent) {
        int i = m.industry[p];
        if (i < 0) {
            return 0;
        }
        return industryAt[t][i] - (seat[p] == t ? 1 : 0) - (absentAt(absent, t) && m.industry[absent] == i ? 1 : 0);
    }

    int earlierTablematesAt(int p, int t, int absent) {
        int n = 0;
        for (int q : m.mates[p]) {
            if (q != absent && seat[q] == t) {
                n++;
            }
        }
        return n;
    }

    /** Other YEG members at table t besides p and {@code absent}. */
    int yegAt(int p, int t, int absent) {
        return yegAt[t] - (seat[p] == t && m.yeg[p] ? 1 : 0) - (absentAt(absent, t) && m.yeg[absent] ? 1 : 0);
    }

    private boolean absentAt(int absent, int t) {
        return absent >= 0 && seat[absent] == t;
    }

    /**
     * What person p sitting at table t adds to the objective, the others staying as they are
     * except {@code absent} (a swap partner leaving t; -1 for none).
     */
    long value(int p, int t, int absent) {
        SeatingRules r = m.rules;
        long score = m.points[p][t]
                - (long) r.sameIndustryPair() * sameIndustryAt(p, t, absent)
                - (long) r.repeatPair() * earlierTablematesAt(p, t, absent)
                - (m.yeg[p] && yegAt(p, t, absent) >= m.yegShare ? r.yegOverflow() : 0);
        return m.seatBonus + m.scale * score + (m.current[p] == t ? 1 : 0);
    }

    /** Whether p could sit at t by the hard rules, with {@code absent} gone from t. */
    boolean fits(int p, int t, int absent) {
        if (!m.allowed(p, t) || colleaguesAt(p, t, absent) > 0) {
            return false;
        }
        int others = count[t] - (seat[p] == t ? 1 : 0) - (absentAt(absent, t) ? 1 : 0);
        return others < m.capacity[t];
    }

    /** Gain of moving p (seated or not) to table t; Long.MIN_VALUE when it breaks a rule. */
    long moveGain(int p, int t) {
        if (seat[p] == t || !fits(p, t, -1)) {
            return Long.MIN_VALUE;
        }
        return value(p, t, -1) - (seat[p] >= 0 ? value(p, seat[p], -1) : 0);
    }

    /** Gain of swapping two people seated at different tables; Long.MIN_VALUE when it breaks a rule. */
    long swapGain(int p, int q) {
        int a = seat[p];
        int b = seat[q];
        if (a < 0 || b < 0 || a == b || !fits(p, b, q) || !fits(q, a, p)) {
            return Long.MIN_VALUE;
        }
        // p leaves a before q arrives and q leaves b before p arrives: they never sit together.
        long before = value(p, a, -1) + value(q, b, -1);
        long after = value(p, b, q) + value(q, a, p);
        return after - before;
    }

    int[] seats() {
        return seat.clone();
    }
}
