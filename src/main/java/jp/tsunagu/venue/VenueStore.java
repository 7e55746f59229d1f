package jp.tsunagu.venue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.registrant.Attendance;

/**
 * The SQL of the venue day. It writes only what the venue owns (attendance, check-in times,
 * walk-in marks, the change log, reception's closing); seats are read and written through the
 * seating package.
 */
final class VenueStore {
    // Seats are not read here: the seating package owns them (decision 0006).
    private static final String PEOPLE = """
            SELECT p.id, p.name, p.reading, p.organisation, p.email, p.industry, p.yeg, p.attendance,
                   p.checked_in_at, p.walk_in
            FROM person p
            """;

    private VenueStore() {}

    static List<VenuePerson> people(Connection c, long eventId) throws SQLException {
        List<VenuePerson> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PEOPLE + " WHERE p.event_id = ? ORDER BY p.id")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    people.add(read(r));
                }
            }
        }
        return people;
    }

    static Optional<VenuePerson> person(Connection c, long eventId, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(PEOPLE + " WHERE p.event_id = ? AND p.id = ?")) {
            s.setLong(1, eventId);
            s.setLong(2, personId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    static Optional<Long> idByEmail(Connection c, long eventId, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM person WHERE event_id = ? AND lower(email) = lower(?) AND email <> ''")) {
            s.setLong(1, eventId);
            s.setString(2, email.strip());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /** A person without their seat; the service puts it in from the seating's owner. */
    private static VenuePerson read(ResultSet r) throws SQLException {
        return new VenuePerson(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getInt(7) == 1,
                Attendance.of(r.getString(8)),
                r.getString(9),
                r.getInt(10) == 1,
                null,
                false);
    }

    static void setAttendance(Connection c, long personId, Attendance attendance, String checkedInAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE person SET attendance = ?, checked_in_at = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                        + " WHERE id = ?")) {
            s.setString(1, attendance.code());
            s.setString(2, checkedInAt);
            s.setLong(3, personId);
            s.executeUpdate();
        }
    }

    // Decided at the desk: checked in, or absent by the desk's own last change (not by an import).
    private static final String DECIDED_AT_DESK = """
            (p.attendance = 'checked_in'
             OR (p.attendance = 'absent'
                 AND (SELECT a.after FROM attendance_change a WHERE a.person_id = p.id ORDER BY a.id DESC LIMIT 1)
                     = 'absent'))""";

    /** The event's people whose attendance the desk decided; a registration file leaves theirs as it is. */
    static java.util.Set<Long> decidedAtDesk(Connection c, long eventId) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT p.id FROM person p WHERE p.event_id = ? AND " + DECIDED_AT_DESK)) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    static boolean decidedAtDesk(Connection c, long eventId, long personId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM person p WHERE p.event_id = ? AND p.id = ? AND " + DECIDED_AT_DESK)) {
            s.setLong(1, eventId);
            s.setLong(2, personId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void markWalkIn(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE person SET walk_in = 1 WHERE id = ?")) {
            s.setLong(1, personId);
            s.executeUpdate();
        }
    }

    static void log(Connection c, AttendanceChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO attendance_change(person_id, before, after, placed_table, freed_table, freed_locked,
                                              checked_in_at_before)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            s.setLong(1, change.personId());
            s.setString(2, change.before().code());
            s.setString(3, change.after().code());
            setInteger(s, 4, change.placedTable());
            setInteger(s, 5, change.freedTable());
            s.setInt(6, change.freedLocked() ? 1 : 0);
            s.setString(7, change.checkedInAtBefore());
            s.executeUpdate();
        }
    }

    /** The person's latest change that ended in {@code after}. */
    static Optional<AttendanceChange> lastChange(Connection c, long personId, Attendance after) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, person_id, before, after, placed_table, freed_table, freed_locked, checked_in_at_before
                FROM attendance_change WHERE person_id = ? AND after = ? ORDER BY id DESC LIMIT 1""")) {
            s.setLong(1, personId);
            s.setString(2, after.code());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                int placed = r.getInt(5);
                Integer placedTable = r.wasNull() ? null : placed;
                int freed = r.getInt(6);
                Integer freedTable = r.wasNull() ? null : freed;
                return Optional.of(new AttendanceChange(
                        r.getLong(1),
                        r.getLong(2),
                        Attendance.of(r.getString(3)),
                        Attendance.of(r.getString(4)),
                        placedTable,
                        freedTable,
                        r.getInt(7) == 1,
                        r.getString(8)));
            }
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    static int moveWeight(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT move_weight FROM seating_rules WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : VenueRules.DEFAULT_MOVE_WEIGHT;
            }
        }
    }

    /** The first check-in opens the event's day: prepared becomes held. */
    static void closeReception(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO venue_day(event_id, reception_closed_at)
                VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                ON CONFLICT(event_id) DO UPDATE SET reception_closed_at = excluded.reception_closed_at""")) {
            s.setLong(1, eventId);
            s.executeUpdate();
        }
    }

    static Optional<String> receptionClosedAt(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT reception_closed_at FROM venue_day WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }
}
