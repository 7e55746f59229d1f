package jp.tsunagu.printing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What printing reads from the store that the event service does not give: the people and their seats. */
final class PrintStore {
    private PrintStore() {}

    /** Everyone registered for the event except those marked absent, with the number of the table they sit at. */
    static List<PrintablePerson> participants(Connection c, long eventId) throws SQLException {
        String sql = """
                SELECT p.name, p.reading, p.reading_guessed, p.organisation, p.title, t.number,
                       p.challenges, p.missing_resources, p.offers
                FROM person p
                LEFT JOIN seat s ON s.person_id = p.id
                LEFT JOIN seating_table t ON t.id = s.table_id
                WHERE p.event_id = ? AND p.attendance <> 'absent'
                ORDER BY p.id
                """;
        List<PrintablePerson> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int table = r.getInt(6);
                    Integer seat = r.wasNull() ? null : table; // read at once: wasNull speaks of the last column read
                    people.add(new PrintablePerson(
                            r.getString(1),
                            r.getString(2),
                            r.getInt(3) == 1,
                            r.getString(4),
                            r.getString(5),
                            seat,
                            PersonRole.PARTICIPANT,
                            r.getString(7),
                            r.getString(8),
                            r.getString(9)));
                }
            }
        }
        return people;
    }

    /** The names of the people (not absent) the import flagged as possible duplicates, in the order registered. */
    static List<String> possibleDuplicates(Connection c, long eventId) throws SQLException {
        String sql = """
                SELECT name FROM person
                WHERE event_id = ? AND attendance <> 'absent' AND warnings LIKE '%registrant.warn.duplicate%'
                ORDER BY id
                """;
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }
}
