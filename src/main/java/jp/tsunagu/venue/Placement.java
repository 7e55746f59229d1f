package jp.tsunagu.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.SeatingCategories;
import jp.tsunagu.seating.SeatingNote;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.SeatingScore;
import jp.tsunagu.seating.SeatingTable;
import jp.tsunagu.seating.Violation;

/**
 * Placing one person at the venue (seating-objective.md, "At the venue"): nobody else moves; the
 * person goes to the table that adds most to the score over the participants not absent, keeping
 * the hard rules at venue capacity; ties go to the table with fewer participants, then the lower
 * number. When every table breaks a rule, the table breaking the fewest wins and the rules broken
 * are reported.
 *
 * @param table the chosen table number, or null when the event has no tables
 * @param gain what the person adds to the score there
 * @param violations the rules that seat breaks (empty when it breaks none)
 */
public record Placement(Integer table, int gain, List<Violation> violations) {
    public Placement {
        violations = List.copyOf(violations);
    }

    /**
     * @param problem the participants not absent, each at their current table (the person to
     *     place may be among them; their own current table is ignored)
     * @param personId who to place
     * @param capacity venue capacity by table number
     */
    public static Placement choose(SeatingProblem problem, long personId, Map<Integer, Integer> capacity) {
        Participant person = problem.participants().stream()
                .filter(p -> p.id() == personId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no participant " + personId));
        if (problem.tables().isEmpty()) {
            return new Placement(
                    null,
                    0,
                    List.of(new Violation(
                            Violation.CAPACITY,
                            List.of(personId),
                            SeatingNote.of("venue.violation.noTables", person.name()))));
        }
        Map<Long, Integer> seats = new HashMap<>();
        for (Participant p : problem.participants()) {
            if (p.id() != personId && p.currentTable() != null) {
                seats.put(p.id(), p.currentTable());
            }
        }
        int without = SeatingScore.of(problem, seats).score();
        Optional<String> organisation = problem.rules().separateOrganisations()
                ? SeatingCategories.organisation(person.organisationKey())
                : Optional.empty();
        List<Option> options = new ArrayList<>();
        for (SeatingTable table : problem.tables()) {
            int number = table.number();
            List<Participant> here = problem.participants().stream()
                    .filter(p -> p.id() != personId && Integer.valueOf(number).equals(p.currentTable()))
                    .toList();
            List<Violation> broken = new ArrayList<>();
            int seatsHere = capacity.getOrDefault(number, 0);
            if (here.size() >= seatsHere) {
                broken.add(new Violation(
                        Violation.CAPACITY,
                        List.of(personId),
                        SeatingNote.of("venue.violation.full", person.name(), number, here.size(), seatsHere)));
            }
            if (organisation.isPresent()) {
                List<Participant> colleagues = here.stream()
                        .filter(p -> SeatingCategories.organisation(p.organisationKey())
                                .equals(organisation))
                        .toList();
                if (!colleagues.isEmpty()) {
                    List<Long> ids = new ArrayList<>(List.of(personId));
                    colleagues.forEach(p -> ids.add(p.id()));
                    broken.add(new Violation(
                            Violation.ORGANISATION,
                            ids,
                            SeatingNote.of(
                                    "venue.violation.colleague",
                                    person.name(),
                                    number,
                                    String.join(
                                            "、",
                                            colleagues.stream()
                                                    .map(Participant::name)
                                                    .toList()))));
                }
            }
            Map<Long, Integer> with = new HashMap<>(seats);
            with.put(personId, number);
            int gain = SeatingScore.of(problem, with).score() - without;
            options.add(new Option(number, gain, here.size(), broken));
        }
        Option best = options.stream()
                .min(Comparator.comparingInt((Option o) -> o.broken().size())
                        .thenComparing(Comparator.comparingInt(Option::gain).reversed())
                        .thenComparingInt(Option::occupied)
                        .thenComparingInt(Option::table))
                .orElseThrow();
        return new Placement(best.table(), best.gain(), best.broken());
    }

    private record Option(int table, int gain, int occupied, List<Violation> broken) {}
}
