package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names the rule that left each unseated person without a seat, in words the user reads. */
final class UnseatedReport {
    private final SeatingModel m;
    private final int[] seat;
    private final boolean byHand;

    /**
     * @param byHand true for a seating changed by hand: people no rule keeps from a seat are
     *     simply "not seated yet" rather than "no room"
     */
    UnseatedReport(SeatingModel m, int[] seat, boolean byHand) {
        this.m = m;
        this.seat = seat;
        this.byHand = byHand;
    }

    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Set<Integer> explained = new LinkedHashSet<>();
        if (m.tableCount == 0 && m.people > 0) {
            violations.add(new Violation(
                    Violation.CAPACITY, allIds(), SeatingNote.of("seating.violation.noTables", m.people)));
            return violations;
        }
        for (int o = 0; o < m.organisationCount; o++) {
            List<Integer> members = new ArrayList<>();
            boolean anyUnseated = false;
            for (int p = 0; p < m.people; p++) {
                if (m.organisation[p] == o) {
                    members.add(p);
                    anyUnseated |= seat[p] < 0;
                }
            }
            if (anyUnseated && members.size() > m.tableCount) {
                List<Long> ids = members.stream().map(p -> m.person[p].id()).toList();
                violations.add(new Violation(
                        Violation.ORGANISATION,
                        ids,
                        SeatingNote.of(
                                "seating.violation.organisationTooLarge",
                                m.person[members.get(0)].organisationKey(),
                                members.size(),
                                m.tableCount,
                                names(members.stream().filter(p -> seat[p] < 0).toList()))));
                members.stream().filter(p -> seat[p] < 0).forEach(explained::add);
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int p = 0; p < m.people; p++) {
            if (seat[p] < 0 && !explained.contains(p)) {
                rest.add(p);
            }
        }
        if (rest.isEmpty()) {
            return violations;
        }
        int seats = 0;
        for (int c : m.capacity) {
            seats += c;
        }
        List<Long> ids = rest.stream().map(p -> m.person[p].id()).toList();
        if (seats < m.people) {
            violations.add(new Violation(
                    Violation.CAPACITY,
                    ids,
                    SeatingNote.of("seating.violation.notEnoughSeats", seats, m.people, names(rest))));
        } else if (byHand) {
            violations.add(new Violation(
                    Violation.SEATED, ids, SeatingNote.of("seating.violation.notSeated", rest.size(), names(rest))));
        } else {
            violations.add(
                    new Violation(Violation.SEATED, ids, SeatingNote.of("seating.violation.noRoom", names(rest))));
        }
        return violations;
    }

    private List<Long> allIds() {
        List<Long> ids = new ArrayList<>();
        for (Participant p : m.person) {
            ids.add(p.id());
        }
        return ids;
    }

    private String names(List<Integer> people) {
        return String.join("、", people.stream().map(p -> m.person[p].name()).toList());
    }
}
