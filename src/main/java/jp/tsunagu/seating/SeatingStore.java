package jp.tsunagu.seating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.Theme;
import jp.tsunagu.text.Nfkc;

/** The SQL behind {@link SeatingService}; every method runs inside the caller's transaction. */
final class SeatingStore {
    private SeatingStore() {}

    /** The event's participants (everyone registered and not marked absent) with their seats. */
    static List<SeatedPerson> participants(Connection c, EventPlan plan) throws SQLException {
        Map<Long, Integer> themeNumber = new HashMap<>();
        for (Theme theme : plan.themes()) {
            themeNumber.put(theme.id(), theme.number());
        }
        Map<Long, Integer> tableNumber = new HashMap<>();
        for (EventTable table : plan.tables()) {
            tableNumber.put(table.id(), table.number());
        }
        List<SeatedPerson> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT p.id, p.name, p.reading, p.organisation, p.org_key, p.industry, p.yeg, p.email,
                       p.choice1_theme_id, p.choice2_theme_id, p.choice3_theme_id, s.table_id, s.locked
                FROM person p LEFT JOIN seat s ON s.person_id = p.id
                WHERE p.event_id = ? AND p.attendance <> 'absent'
                ORDER BY p.id""")) {
            s.setLong(1, plan.event().id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Integer table = tableNumber.get(r.getObject(12) == null ? null : r.getLong(12));
                    people.add(new SeatedPerson(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            organisationKey(r.getString(5), r.getString(4)),
                            r.getString(6),
                            r.getInt(7) == 1,
                            r.getString(8),
                            theme(r, 9, themeNumber),
                            theme(r, 10, themeNumber),
                            theme(r, 11, themeNumber),
                            table,
                            table != null && r.getInt(13) == 1));
                }
            }
        }
        return people;
    }

    private static Integer theme(ResultSet r, int column, Map<Long, Integer> themeNumber) throws SQLException {
        Object id = r.getObject(column);
        return id == null ? null : themeNumber.get(r.getLong(column));
    }

    /** The import's key; a person stored without one is keyed by the organisation as written. */
    private static String organisationKey(String key, String organisation) {
        if (key != null && !key.isBlank()) {
            return key;
        }
        return Nfkc.compact(organisation);
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

    /**
     * Pairs of this event's participants who sat at one table at an earlier event of the store
     * (dated before this one; when this one has no date, created before it). People are the
     * same when their email matches, else when name and organisation key both do.
     */
    static Set<TablematePair> earlierTablemates(Connection c, long eventId, List<SeatedPerson> people)
            throws SQLException {
        Map<String, Long> byEmail = new HashMap<>();
        Map<String, Long> byNameAndOrganisation = new HashMap<>();
        for (SeatedPerson p : people) {
            if (!p.email().isBlank()) {
                byEmail.putIfAbsent(p.email().strip().toLowerCase(Locale.ROOT), p.id());
            }
            byNameAndOrganisation.putIfAbsent(nameKey(p.name(), p.organisationKey()), p.id());
        }
        Map<Long, List<Long>> tables = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.table_id, p.email, p.name, p.org_key, p.organisation
                FROM seat s JOIN person p ON p.id = s.person_id
                JOIN event e ON e.id = p.event_id, event now
                WHERE now.id = ? AND e.id <> now.id
                  AND (CASE WHEN now.event_date IS NOT NULL
                            THEN e.event_date IS NOT NULL AND e.event_date < now.event_date
                            ELSE e.created_at < now.created_at OR (e.created_at = now.created_at AND e.id < now.id) END)
                ORDER BY s.table_id, p.id""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String email = r.getString(2).strip().toLowerCase(Locale.ROOT);
                    Long now = email.isEmpty() ? null : byEmail.get(email);
                    if (now == null) {
                        now = byNameAndOrganisation.get(
                                nameKey(r.getString(3), organisationKey(r.getString(4), r.getString(5))));
                    }
                    if (now != null) {
                        tables.computeIfAbsent(r.getLong(1), t -> new ArrayList<>())
                                .add(now);
                    }
                }
            }
        }
        Set<TablematePair> pairs = new HashSet<>();
        for (List<Long> together : tables.values()) {
            for (int i = 0; i < together.size(); i++) {
                for (int j = i + 1; j < together.size(); j++) {
                    if (!together.get(i).equals(together.get(j))) {
                        pairs.add(new TablematePair(together.get(i), together.get(j)));
                    }
                }
            }
        }
        return pairs;
    }

    private static String nameKey(String name, String organisationKey) {
        String normal = Nfkc.compact(name);
        return normal + "\u0000" + organisationKey;
    }

    /** Puts these seats (null table: no seat) for people of the event; all or nothing with the caller. */
    static void put(Connection c, EventPlan plan, List<Seat> seats) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM seat WHERE person_id = ?");
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO seat(person_id, table_id, locked) VALUES (?, ?, ?)")) {
            for (Seat seat : seats) {
                delete.setLong(1, seat.personId());
                delete.addBatch();
                if (seat.table() != null) {
                    insert.setLong(1, seat.personId());
                    insert.setLong(2, plan.table(seat.table()).orElseThrow().id());
                    insert.setInt(3, seat.locked() ? 1 : 0);
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Removes the seats of people now marked absent, so they free their places. */
    static void freeAbsentSeats(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM seat WHERE person_id IN (SELECT id FROM person WHERE event_id = ? AND attendance = 'absent')")) {
            s.setLong(1, eventId);
            s.executeUpdate();
        }
    }
}
