package jp.tsunagu.seating;

import java.util.List;
import java.util.Set;

/** Short ways to write small seating problems in tests. */
final class People {
    private People() {}

    static Participant person(long id, Integer c1, Integer c2, Integer c3) {
        return new Participant(id, "人" + id, c1, c2, c3, "", "", false, null, null);
    }

    static Participant person(long id, Integer c1, String industry, String organisation, boolean yeg) {
        return new Participant(id, "人" + id, c1, null, null, industry, organisation, yeg, null, null);
    }

    static List<SeatingTable> tables(int count, Integer capacity) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> new SeatingTable(n, n, capacity))
                .toList();
    }

    static SeatingProblem problem(List<SeatingTable> tables, List<Participant> people) {
        return new SeatingProblem(tables, people, Set.of(), SeatingRules.DEFAULTS);
    }
}
