package jp.tsunagu.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;

/** A person's history across events: the same human is found by email, else name and organisation. */
public final class PersonHistory {
    private final Database database;
    private final EventService events;
    private final Outcomes outcomes;

    private final EventPeople people;

    public PersonHistory(Database database, EventService events, Outcomes outcomes) {
        this.database = database;
        this.events = events;
        this.outcomes = outcomes;
        this.people = new EventPeople(new Registrants(database), new Seats(database), new Turnout(database));
    }

    /** The page of the person registered as {@code personId}, with every event they came to, oldest first. */
    public PersonPage of(long personId) {
        return database.read(c -> {
            List<ReportPerson> everyone = new java.util.ArrayList<>();
            for (Event e : events.list()) {
                everyone.addAll(people.of(e.id()));
            }
            ReportPerson person = everyone.stream()
                    .filter(p -> p.id() == personId)
                    .findFirst()
                    .orElseThrow(() -> new UserError("followup.error.noPerson", personId));
            Map<Long, Event> byId = new HashMap<>();
            for (Event e : events.list()) {
                byId.put(e.id(), e);
            }
            List<ReportPerson> registrations = everyone.stream()
                    .filter(p -> PersonIdentity.same(p, person))
                    .sorted(Comparator.comparing(
                                    (ReportPerson p) -> byId.get(p.eventId()).date(),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(ReportPerson::eventId))
                    .toList();
            List<PersonPage.Visit> visits = new ArrayList<>();
            List<PersonPage.Connection> connections = new ArrayList<>();
            for (ReportPerson r : registrations) {
                Event event = byId.get(r.eventId());
                List<ReportPerson> mates = r.table() == null
                        ? List.of()
                        : everyone.stream()
                                .filter(p -> p.eventId() == r.eventId()
                                        && p.id() != r.id()
                                        && Objects.equals(p.table(), r.table()))
                                .toList();
                visits.add(new PersonPage.Visit(event, r, mates));
                Map<Long, ReportPerson> inEvent = new HashMap<>();
                everyone.stream().filter(p -> p.eventId() == r.eventId()).forEach(p -> inEvent.put(p.id(), p));
                for (Outcome o : outcomes.list(r.eventId())) {
                    if (o.kind() == OutcomeKind.SEED && o.people().contains(r.id())) {
                        connections.add(new PersonPage.Connection(
                                event,
                                o.tableNumber(),
                                o.tableRemoved(),
                                o.id(),
                                o.text(),
                                o.status(),
                                o.people().stream()
                                        .filter(id -> id != r.id())
                                        .map(inEvent::get)
                                        .filter(Objects::nonNull)
                                        .toList()));
                    }
                }
            }
            return new PersonPage(person, visits, connections);
        });
    }
}
