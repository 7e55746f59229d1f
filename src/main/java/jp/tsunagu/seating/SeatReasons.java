package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.List;

/**
 * Says, from the seating itself, why a person is not at a table of their 1st choice: what moving
 * them there would run into (a colleague, a table full of people who chose it 1st too, the points
 * the mix would lose).
 */
final class SeatReasons {
    private final SeatingModel m;
    private final SeatingState state;

    SeatReasons(SeatingModel m, int[] seat) {
        this.m = m;
        this.state = new SeatingState(m, seat);
    }

    List<SeatReason> all() {
        List<SeatReason> reasons = new ArrayList<>();
        for (int p = 0; p < m.people; p++) {
            int at = state.seat[p];
            if (at >= 0 && m.rank[p][at] != 1) {
                reasons.add(new SeatReason(m.person[p].id(), reason(p)));
            }
        }
        return reasons;
    }

    private SeatingNote reason(int p) {
        Participant who = m.person[p];
        int at = state.seat[p];
        if (m.pin[p] == at) {
            return SeatingNote.of("seating.reason.locked", m.table[at].number());
        }
        if (who.choice1() == null) {
            return SeatingNote.of(who.hasChoices() ? "seating.reason.noFirstChoice" : "seating.reason.noChoices");
        }
        List<Integer> firstChoiceTables = new ArrayList<>();
        for (int t = 0; t < m.tableCount; t++) {
            if (m.rank[p][t] == 1) {
                firstChoiceTables.add(t);
            }
        }
        if (firstChoiceTables.isEmpty()) {
            return SeatingNote.of("seating.reason.noTable", who.choice1());
        }
        if (m.pin[p] >= 0) {
            return SeatingNote.of("seating.reason.locked", m.table[m.pin[p]].number());
        }
        // The cheapest way to a 1st-choice table decides what we tell.
        SeatingNote best = null;
        long bestCost = Long.MAX_VALUE;
        for (int t : firstChoiceTables) {
            int number = m.table[t].number();
            if (state.colleaguesAt(p, t, -1) > 0) {
                if (best == null) {
                    best = SeatingNote.of("seating.reason.colleague", number, colleagueAt(p, t));
                }
                continue;
            }
            if (state.count[t] >= m.capacity[t]) {
                long cost = cheapestSwapCost(p, t);
                if (cost == Long.MAX_VALUE) {
                    if (best == null || bestCost == Long.MAX_VALUE) {
                        // No one there can change places by the rules: say which rule, not that
                        // all there chose it first unless they did.
                        best = SeatingNote.of(
                                allFirstChoices(t) ? "seating.reason.fullOfFirstChoices" : "seating.reason.fullNoSwap",
                                number);
                    }
                } else if (cost < bestCost) {
                    bestCost = cost;
                    if (points(-cost) > 0) {
                        // A seating made or changed by hand: one swap would do better, say so.
                        best = SeatingNote.of("seating.reason.fullWouldGain", number, points(-cost));
                    } else if (allFirstChoices(t)) {
                        best = SeatingNote.of("seating.reason.fullOfFirstChoices", number);
                    } else if (points(cost) == 0) {
                        // A tie: another seating scores the same, and this one was kept.
                        best = SeatingNote.of("seating.reason.fullNoGain", number);
                    } else {
                        best = SeatingNote.of("seating.reason.fullWouldCost", number, points(cost));
                    }
                }
                continue;
            }
            long cost = -state.moveGain(p, t);
            if (cost < bestCost) {
                bestCost = cost;
                best = moveReason(p, t, cost);
            }
        }
        return best;
    }

    private SeatingNote moveReason(int p, int t, long cost) {
        int number = m.table[t].number();
        if (points(-cost) > 0) {
            // A seating made or changed by hand: the move would raise the score, and the card says so.
            return SeatingNote.of("seating.reason.wouldGain", number, points(-cost));
        }
        if (points(cost) == 0) {
            return SeatingNote.of("seating.reason.noGain", number);
        }
        int sameIndustry = state.sameIndustryAt(p, t, -1);
        if (sameIndustry > 0 && m.rules.sameIndustryPair() > 0) {
            return SeatingNote.of(
                    "seating.reason.sameIndustry", number, m.industryName[m.industry[p]], sameIndustry, points(cost));
        }
        int mates = state.earlierTablematesAt(p, t, -1);
        if (mates > 0 && m.rules.repeatPair() > 0) {
            return SeatingNote.of("seating.reason.earlierTablemates", number, mates, points(cost));
        }
        if (m.yeg[p] && state.yegAt(p, t, -1) >= m.yegShare && m.rules.yegOverflow() > 0) {
            return SeatingNote.of("seating.reason.yegFull", number, points(cost));
        }
        return SeatingNote.of("seating.reason.wouldCost", number, points(cost));
    }

    /** The least the score loses by swapping p with someone at full table t; MAX_VALUE when no swap keeps the rules. */
    private long cheapestSwapCost(int p, int t) {
        long best = Long.MAX_VALUE;
        for (int q = 0; q < m.people; q++) {
            if (state.seat[q] != t || m.pin[q] >= 0) {
                continue;
            }
            long gain = state.swapGain(p, q);
            if (gain != Long.MIN_VALUE) {
                best = Math.min(best, -gain);
            }
        }
        return best;
    }

    private boolean allFirstChoices(int t) {
        for (int q = 0; q < m.people; q++) {
            if (state.seat[q] == t && m.rank[q][t] != 1 && m.pin[q] != t) {
                return false;
            }
        }
        return true;
    }

    private String colleagueAt(int p, int t) {
        for (int q = 0; q < m.people; q++) {
            if (q != p && state.seat[q] == t && m.organisation[q] == m.organisation[p]) {
                return m.person[q].name();
            }
        }
        return "";
    }

    /** Whole score points of a cost in the scaled objective (never less than 0). */
    private long points(long cost) {
        return Math.max(0, Math.round((double) cost / m.scale));
    }
}
