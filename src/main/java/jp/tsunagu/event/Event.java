package jp.tsunagu.event;

import java.time.LocalDate;
import java.util.Optional;

/** A matching event (交流会). {@code date} may be unknown while it is being planned. */
public record Event(long id, String name, LocalDate date, String venue) {
    public Optional<LocalDate> eventDate() {
        return Optional.ofNullable(date);
    }
}
