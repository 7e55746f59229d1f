package jp.tsunagu.venue;

import java.util.List;
import jp.tsunagu.seating.Violation;

/**
 * What a check-in (or its undo) did.
 *
 * @param person the person as they are now
 * @param already true when they were checked in before (nothing changed)
 * @param placed true when they had no seat and were placed now
 * @param violations rules the placement had to break (empty as a rule)
 */
public record CheckIn(VenuePerson person, boolean already, boolean placed, List<Violation> violations) {
    public CheckIn {
        violations = List.copyOf(violations);
    }

    public Integer table() {
        return person.table();
    }
}
