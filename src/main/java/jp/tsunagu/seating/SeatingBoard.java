package jp.tsunagu.seating;

import java.util.List;
import java.util.Optional;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;

/**
 * The seating of an event as it stands: its tables, its participants with their seats, and the
 * review of that seating (score, rules that do not hold, reasons).
 */
public record SeatingBoard(EventPlan plan, List<SeatedPerson> people, SeatingProblem problem, SeatingResult review) {
    public SeatingBoard {
        people = List.copyOf(people);
    }

    public Optional<SeatedPerson> person(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst();
    }

    public List<SeatedPerson> at(int tableNumber) {
        return people.stream()
                .filter(p -> p.table() != null && p.table() == tableNumber)
                .toList();
    }

    public List<SeatedPerson> unseated() {
        return people.stream().filter(p -> p.table() == null).toList();
    }

    /** The number of seats at a table: its own capacity, or the automatic one. */
    public int capacity(EventTable table) {
        return table.capacity() != null ? table.capacity() : automaticCapacity();
    }

    /** The seats of a table left automatic: what the hand-set tables leave, shared (ceil((P - S) / A)). */
    public int automaticCapacity() {
        return Capacities.automatic(people.size(), capacities());
    }

    /** How many participants find no seat at the tables as they are set (0 when all fit). */
    public int seatsShort() {
        return Math.max(0, people.size() - Capacities.seats(people.size(), capacities()));
    }

    /** Every seat at the tables. */
    public int seats() {
        return Capacities.seats(people.size(), capacities());
    }

    private List<Integer> capacities() {
        return plan.tables().stream().map(EventTable::capacity).toList();
    }

    /** The rank (1..3) of the theme of the person's table in their choices, 0 when none or not seated. */
    public int choiceRank(SeatedPerson person) {
        if (person.table() == null) {
            return 0;
        }
        return plan.table(person.table())
                .map(t -> person.rankOf(t.theme().number()))
                .orElse(0);
    }
}
