package jp.tsunagu.seating;

import java.util.HashMap;
import java.util.Map;

/**
 * The score of a seating, counted straight from the records. The solvers' own objectives are only
 * a guide: every result's score comes from here.
 */
public final class SeatingScore {
    private SeatingScore() {}

    /**
     * Scores a seating.
     *
     * @param seats table number by participant id; people missing from it are not seated
     */
    public static ScoreBreakdown of(SeatingProblem problem, Map<Long, Integer> seats) {
        Map<Integer, Integer> themeOfTable = new HashMap<>();
        for (SeatingTable table : problem.tables()) {
            themeOfTable.put(table.number(), table.theme());
        }
        int[] byRank = new int[4];
        Map<Integer, Map<String, Integer>> industriesAtTable = new HashMap<>();
        Map<Integer, Integer> yegAtTable = new HashMap<>();
        int yegTotal = 0;
        for (Participant p : problem.participants()) {
            if (p.yeg()) {
                yegTotal++;
            }
            Integer table = seats.get(p.id());
            if (table == null || !themeOfTable.containsKey(table)) {
                continue;
            }
            byRank[p.rankOf(themeOfTable.get(table))]++;
            SeatingCategories.industry(p.industry()).ifPresent(i -> industriesAtTable
                    .computeIfAbsent(table, t -> new HashMap<>())
                    .merge(i, 1, Integer::sum));
            if (p.yeg()) {
                yegAtTable.merge(table, 1, Integer::sum);
            }
        }
        int industryPairs = 0;
        for (Map<String, Integer> counts : industriesAtTable.values()) {
            for (int n : counts.values()) {
                industryPairs += n * (n - 1) / 2;
            }
        }
        int repeatPairs = 0;
        for (TablematePair pair : problem.earlierTablemates()) {
            Integer a = seats.get(pair.first());
            if (a != null && a.equals(seats.get(pair.second()))) {
                repeatPairs++;
            }
        }
        int yegShare = yegShare(yegTotal, problem.tables().size());
        int overflow = 0;
        for (int n : yegAtTable.values()) {
            overflow += Math.max(0, n - yegShare);
        }
        return new ScoreBreakdown(
                byRank[1], byRank[2], byRank[3], industryPairs, repeatPairs, overflow, problem.rules());
    }

    /** ceil(Y / T): how many YEG members a table holds before it counts as overflow. */
    static int yegShare(int yegTotal, int tables) {
        return tables == 0 ? 0 : (yegTotal + tables - 1) / tables;
    }
}
