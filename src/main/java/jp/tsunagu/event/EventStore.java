package jp.tsunagu.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL behind {@link EventService}; every method runs inside the caller's transaction. */
final class EventStore {
    private EventStore() {}

    static long insertEvent(Connection c, EventDetails details) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO event(name, event_date, venue) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, details.name());
            setDate(s, 2, details.date());
            s.setString(3, details.venue());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                try (PreparedStatement rules = c.prepareStatement("INSERT INTO seating_rules(event_id) VALUES (?)")) {
                    rules.setLong(1, id);
                    rules.executeUpdate();
                }
                return id;
            }
        }
    }

    static void updateEvent(Connection c, long id, EventDetails details) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE event SET name = ?, event_date = ?, venue = ? WHERE id = ?")) {
            s.setString(1, details.name());
            setDate(s, 2, details.date());
            s.setString(3, details.venue());
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    static void deleteEvent(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    static long insertTheme(Connection c, long eventId, int number, String name, String colour) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO theme(event_id, number, name, colour) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, eventId);
            s.setInt(2, number);
            s.setString(3, name);
            s.setString(4, colour);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void insertTable(Connection c, long eventId, int number, long themeId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO seating_table(event_id, number, theme_id) VALUES (?, ?, ?)")) {
            s.setLong(1, eventId);
            s.setInt(2, number);
            s.setLong(3, themeId);
            s.executeUpdate();
        }
    }

    static Optional<EventStatus> status(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM event WHERE id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(EventStatus.of(r.getString(1))) : Optional.empty();
            }
        }
    }

    static void setStatus(Connection c, long eventId, EventStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE event SET status = ? WHERE id = ?")) {
            s.setString(1, status.code());
            s.setLong(2, eventId);
            s.executeUpdate();
        }
    }

    static Optional<Event> event(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, event_date, venue FROM event WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(event(r)) : Optional.empty();
            }
        }
    }

    /** Newest first: the event created last heads the list. */
    static List<Event> events(Connection c) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement("SELECT id, name, event_date, venue FROM event ORDER BY id DESC");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                events.add(event(r));
            }
        }
        return events;
    }

    static List<Theme> themes(Connection c, long eventId) throws SQLException {
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT id, number, name, colour FROM theme WHERE event_id = ? ORDER BY number")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    themes.add(new Theme(r.getLong(1), r.getInt(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return themes;
    }

    static List<EventTable> tables(Connection c, long eventId, List<Theme> themes) throws SQLException {
        Map<Long, Theme> themeById = new HashMap<>();
        themes.forEach(t -> themeById.put(t.id(), t));
        Map<Long, Map<StaffRole, TableStaff>> staff = staff(c, eventId);
        List<EventTable> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, number, theme_id, capacity FROM seating_table WHERE event_id = ? ORDER BY number")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    int capacity = r.getInt(4);
                    Integer seats = r.wasNull() ? null : capacity;
                    Map<StaffRole, TableStaff> hosts = staff.getOrDefault(id, Map.of());
                    tables.add(new EventTable(
                            id,
                            r.getInt(2),
                            themeById.get(r.getLong(3)),
                            seats,
                            Optional.ofNullable(hosts.get(StaffRole.ADVISOR)),
                            Optional.ofNullable(hosts.get(StaffRole.FACILITATOR))));
                }
            }
        }
        return tables;
    }

    private static Map<Long, Map<StaffRole, TableStaff>> staff(Connection c, long eventId) throws SQLException {
        Map<Long, Map<StaffRole, TableStaff>> staff = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT st.id, st.table_id, st.role, st.name, st.organisation, st.email, st.reading, st.title FROM staff st"
                        + " JOIN seating_table t ON t.id = st.table_id WHERE t.event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StaffRole role = StaffRole.fromCode(r.getString(3));
                    staff.computeIfAbsent(r.getLong(2), k -> new HashMap<>())
                            .put(
                                    role,
                                    new TableStaff(
                                            r.getLong(1),
                                            role,
                                            r.getString(4),
                                            r.getString(5),
                                            r.getString(6),
                                            r.getString(7),
                                            r.getString(8)));
                }
            }
        }
        return staff;
    }

    static void putStaff(Connection c, long tableId, StaffRole role, StaffDetails details) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO staff(table_id, role, name, organisation, email, reading, title)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT(table_id, role) DO UPDATE SET name = excluded.name,"
                        + " organisation = excluded.organisation, email = excluded.email,"
                        + " reading = excluded.reading, title = excluded.title")) {
            s.setLong(1, tableId);
            s.setString(2, role.code());
            s.setString(3, details.name());
            s.setString(4, details.organisation());
            s.setString(5, details.email());
            s.setString(6, details.reading());
            s.setString(7, details.title());
            s.executeUpdate();
        }
    }

    static void removeStaff(Connection c, long tableId, StaffRole role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM staff WHERE table_id = ? AND role = ?")) {
            s.setLong(1, tableId);
            s.setString(2, role.code());
            s.executeUpdate();
        }
    }

    static void setCapacity(Connection c, long tableId, Integer seats) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE seating_table SET capacity = ? WHERE id = ?")) {
            if (seats == null) {
                s.setNull(1, Types.INTEGER);
            } else {
                s.setInt(1, seats);
            }
            s.setLong(2, tableId);
            s.executeUpdate();
        }
    }

    static void renameTheme(Connection c, long themeId, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE theme SET name = ? WHERE id = ?")) {
            s.setString(1, name);
            s.setLong(2, themeId);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, String table, long id) throws SQLException {
        // table is one of our own constants, never user input.
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /**
     * Numbers themes and tables 1..n again in their current order after one is dropped, so signs
     * and cards never skip a number. Two passes, as the numbers are unique per event.
     */
    static void renumber(Connection c, long eventId) throws SQLException {
        for (String table : List.of("theme", "seating_table")) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT id FROM " + table + " WHERE event_id = ? ORDER BY number")) {
                s.setLong(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement aside =
                            c.prepareStatement("UPDATE " + table + " SET number = number + 100000 WHERE event_id = ?");
                    PreparedStatement place = c.prepareStatement("UPDATE " + table + " SET number = ? WHERE id = ?")) {
                aside.setLong(1, eventId);
                aside.executeUpdate();
                for (int i = 0; i < ids.size(); i++) {
                    place.setInt(1, i + 1);
                    place.setLong(2, ids.get(i));
                    place.executeUpdate();
                }
            }
        }
    }

    static int maxNumber(Connection c, String table, long eventId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT coalesce(max(number), 0) FROM " + table + " WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Event event(ResultSet r) throws SQLException {
        String date = r.getString(3);
        return new Event(r.getLong(1), r.getString(2), date == null ? null : LocalDate.parse(date), r.getString(4));
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, date.toString());
        }
    }
}
