package jp.tsunagu.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One line a table recorded. {@code people} are person ids in the order given (seeds of connection
 * only); {@code ownerId} and {@code due} belong to next steps and may be null; {@code status} is the
 * follow-up status of a seed ({@code NEW} for the other kinds).
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
        SeedStatus status) {
    public Outcome {
        people = List.copyOf(people);
    }
}
