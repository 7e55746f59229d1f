package jp.tsunagu.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.registrant.Attendance;

/** Reads the people of events for the follow-up (read only: the registrant and venue packages write them). */
final class EventPeople {
    private static final String SELECT = """
            SELECT p.id, p.event_id, p.name, p.organisation, p.industry, p.category, p.yeg, p.consent, p.email,
                   p.walk_in, p.attendance, t.number, th.number, p.org_key
            FROM person p
            LEFT JOIN seat s ON s.person_id = p.id
            LEFT JOIN seating_table t ON t.id = s.table_id
            LEFT JOIN theme th ON th.id = p.choice1_theme_id
            """;

    private EventPeople() {}

    /** The event's participants, by reading. */
    static List<ReportPerson> of(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE p.event_id = ? ORDER BY p.reading, p.id")) {
            s.setLong(1, eventId);
            return read(s);
        }
    }

    /** Every participant of every event, oldest event first: to find one person across events. */
    static List<ReportPerson> everyone(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY p.event_id, p.reading, p.id")) {
            return read(s);
        }
    }

    private static List<ReportPerson> read(PreparedStatement s) throws SQLException {
        List<ReportPerson> people = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                people.add(new ReportPerson(
                        r.getLong(1),
                        r.getLong(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getInt(7) == 1,
                        r.getInt(8) == 1,
                        r.getString(9),
                        r.getInt(10) == 1,
                        Attendance.of(r.getString(11)),
                        r.getObject(12) == null ? null : r.getInt(12),
                        r.getObject(13) == null ? null : r.getInt(13)));
            }
        }
        return people;
    }
}
