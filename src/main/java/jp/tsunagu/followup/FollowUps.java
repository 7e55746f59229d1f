package jp.tsunagu.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventService;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;

/**
 * The bridging after the event (橋渡し / フォローアップ): every seed of connection with its people,
 * status and dated notes, and the status changes themselves.
 */
public final class FollowUps {
    /**
     * A seed that is still open (new, introduced or met) and has not moved for this many days is
     * overdue: a month is how long the secretariat lets an introduction wait (decision 0061).
     */
    public static final int STALE_AFTER_DAYS = 30;

    private final Database database;
    private final EventService events;
    private final Outcomes outcomes;

    private final EventPeople people;

    public FollowUps(Database database, EventService events, Outcomes outcomes) {
        this.database = database;
        this.events = events;
        this.outcomes = outcomes;
        this.people = new EventPeople(new Registrants(database), new Seats(database), new Turnout(database));
    }

    /** Every seed of connection of the event, by table and position, as it stands on {@code today}. */
    public List<SeedFollowUp> seeds(long eventId, LocalDate today) {
        Event event = events.resolve(eventId);
        return database.read(c -> {
            Map<Long, ReportPerson> people = new HashMap<>();
            for (ReportPerson p : this.people.of(eventId)) {
                people.put(p.id(), p);
            }
            Map<Long, List<FollowUpEntry>> history = outcomes.history(eventId);
            List<SeedFollowUp> seeds = new ArrayList<>();
            for (Outcome o : outcomes.list(eventId)) {
                if (o.kind() != OutcomeKind.SEED) {
                    continue;
                }
                List<FollowUpEntry> entries = history.getOrDefault(o.id(), List.of());
                // Until it moves, a seed waits from the event's day (an undated event: from today).
                LocalDate last = entries.isEmpty()
                        ? Objects.requireNonNullElse(event.date(), today)
                        : entries.getLast().date();
                seeds.add(new SeedFollowUp(
                        o,
                        o.people().stream()
                                .map(people::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        entries,
                        last,
                        overdue(o.status(), last, today)));
            }
            return seeds;
        });
    }

    static boolean overdue(SeedStatus status, LocalDate lastChange, LocalDate today) {
        boolean open = status == SeedStatus.NEW || status == SeedStatus.INTRODUCED || status == SeedStatus.MET;
        return open && lastChange.plusDays(STALE_AFTER_DAYS).isBefore(today);
    }

    /** Moves a seed along; the entry is kept with its date and note. Returns the entry's id (for undo). */
    public long set(long seedId, SeedStatus status, LocalDate date, String note) {
        return outcomes.changeStatus(seedId, status, date, note);
    }

    /** Takes back one status change (undo). */
    public void unset(long entryId) {
        outcomes.removeStatusChange(entryId);
    }
}
