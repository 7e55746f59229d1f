package jp.tsunagu.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One line a table recorded. {@code people} are person ids in the order given (seeds of connection
 * only); {@code ownerId} and {@code due} belong to next steps and may be null; {@code status} is the
 * follow-up status of a seed ({@code NEW} for the other kinds). The outcome belongs to its table,
 * not to a number: {@code tableNumber} is the number that table has now; once the table is removed
 * the outcome stays with {@code tableRemoved} set, and {@code tableNumber} is the number it last had
 * (which another table may carry by now).
 */
public record Outcome(
        long id,
        long eventId,
        int tableNumber,
        OutcomeKind kind,
        int position,
        String text,
        List<Long> people,
        Long ownerId,
        LocalDate due,
        SeedStatus status,
        boolean tableRemoved) {
    public Outcome {
        people = List.copyOf(people);
    }

    /** Whether this was recorded at the table that has number {@code number} now. */
    public boolean isAt(int number) {
        return !tableRemoved && tableNumber == number;
    }
}
