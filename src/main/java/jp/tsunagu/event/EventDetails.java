package jp.tsunagu.event;

import java.time.LocalDate;

/** What the user types for an event: its name (名称), date (開催日, may be null) and venue (会場). */
public record EventDetails(String name, LocalDate date, String venue) {
    public EventDetails {
        name = name == null ? "" : name.strip();
        venue = venue == null ? "" : venue.strip();
    }
}
