package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a seating made or changed by hand: its score, the hard rules it breaks (a hand-made
 * seating may break them, and the board says so in plain words) and the reasons.
 */
public final class SeatingReview {
    private SeatingReview() {}

    public static SeatingResult of(SeatingProblem problem, Map<Long, Integer> seats) {
        SeatingModel m = new SeatingModel(problem);
        int[] seat = new int[m.people];
        List<Long> unseated = new ArrayList<>();
        for (int p = 0; p < m.people; p++) {
            Integer number = seats.get(m.person[p].id());
            seat[p] = number == null ? -1 : m.tableIndex(number);
            if (seat[p] < 0) {
                unseated.add(m.person[p].id());
            }
        }
        List<Violation> violations = new ArrayList<>(new UnseatedReport(m, seat, true).violations());
        for (int t = 0; t < m.tableCount; t++) {
            List<Long> here = new ArrayList<>();
            Map<Integer, List<Long>> byOrganisation = new HashMap<>();
            for (int p = 0; p < m.people; p++) {
                if (seat[p] == t) {
                    here.add(m.person[p].id());
                    if (m.organisation[p] >= 0) {
                        byOrganisation
                                .computeIfAbsent(m.organisation[p], o -> new ArrayList<>())
                                .add(m.person[p].id());
                    }
                }
            }
            int number = m.table[t].number();
            if (here.size() > m.capacity[t]) {
                violations.add(new Violation(
                        Violation.CAPACITY,
                        here,
                        SeatingNote.of("seating.violation.overCapacity", number, here.size(), m.capacity[t])));
            }
            byOrganisation.values().stream()
                    .filter(colleagues -> colleagues.size() > 1)
                    .sorted((a, b) -> Long.compare(a.getFirst(), b.getFirst()))
                    .forEach(colleagues -> violations.add(new Violation(
                            Violation.ORGANISATION,
                            colleagues,
                            SeatingNote.of("seating.violation.colleaguesTogether", number, names(m, colleagues)))));
        }
        return new SeatingResult(
                m.seatsById(seat),
                unseated,
                violations,
                SeatingScore.of(problem, m.seatsById(seat)),
                new SeatReasons(m, seat).all(),
                0,
                false);
    }

    private static String names(SeatingModel m, List<Long> ids) {
        return String.join(
                "、", ids.stream().map(id -> m.person[m.personIndex(id)].name()).toList());
    }
}
