package jp.tsunagu.seating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;

/** The SQL behind {@link SeatingService}; every method runs inside the caller's transaction. */
final class SeatingStore {
    private SeatingStore() {}

    /**
     * The event's participants (everyone registered and not marked absent, from the participant
     * list's owner) with their seats (from the seats' owner), in the order they were stored.
     */
    static List<SeatedPerson> participants(Registrants registrants, Seats seats, long eventId) {
        Map<Long, Seat> seated = seats.of(eventId);
        List<SeatedPerson> people = new ArrayList<>();
        for (StoredPerson p : registrants.present(eventId)) {
            Seat seat = seated.get(p.id());
            people.add(new SeatedPerson(
                    p.id(), p.registrant(), seat == null ? null : seat.table(), seat != null && seat.locked()));
        }
        return people;
    }

    static SeatingRules rules(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT first_choice, second_choice, third_choice, same_industry_pair, repeat_pair,
                       yeg_overflow, separate_organisations
                FROM seating_rules WHERE event_id = ?""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return SeatingRules.DEFAULTS;
                }
                return new SeatingRules(
                        r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7) == 1);
            }
        }
    }
}
