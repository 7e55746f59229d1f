package jp.tsunagu.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.Seat;
import jp.tsunagu.seating.Seats;

/** The people of an event as the follow-up sees them, through their owners' APIs (people, seats, turnout). */
final class EventPeople {
    private final Registrants registrants;
    private final Seats seats;
    private final Turnout turnout;

    EventPeople(Registrants registrants, Seats seats, Turnout turnout) {
        this.registrants = registrants;
        this.seats = seats;
        this.turnout = turnout;
    }

    /** The event's participants, in 五十音順. */
    List<ReportPerson> of(long eventId) {
        Map<Long, Seat> seated = seats.of(eventId);
        Map<Long, Turnout.Entry> came = turnout.of(eventId);
        List<ReportPerson> people = new ArrayList<>();
        for (StoredPerson p : registrants.list(eventId, RegistrantFilter.ALL)) {
            Registrant r = p.registrant();
            Seat seat = seated.get(p.id());
            Turnout.Entry t = came.getOrDefault(p.id(), new Turnout.Entry(Attendance.EXPECTED, false));
            people.add(new ReportPerson(
                    p.id(),
                    eventId,
                    r.name(),
                    r.organisation(),
                    r.industry(),
                    r.category(),
                    r.yeg(),
                    r.consent(),
                    r.email(),
                    t.walkIn(),
                    t.attendance(),
                    seat == null ? null : seat.table(),
                    r.choice1()));
        }
        return people;
    }
}
