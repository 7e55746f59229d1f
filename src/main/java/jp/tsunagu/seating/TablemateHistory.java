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
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.store.Database;
import jp.tsunagu.text.Nfkc;

/**
 * Who sat with whom at closed events: the one owner of {@code tablemate_history}. Written once, when
 * an event is closed, from its seats then; read by a later event's seating ("new faces"). It names
 * people by email, else name and organisation key, and tables by number, so a later re-run, a
 * deleted table or a dropped theme cannot rewrite it.
 */
public final class TablemateHistory {
    private final Database database;
    private final Registrants registrants;
    private final Seats seats;

    public TablemateHistory(Database database, Registrants registrants, Seats seats) {
        this.database = database;
        this.registrants = registrants;
        this.seats = seats;
    }

    /** Keeps who sits where at the event now (people not marked absent and seated); the event's closing step. */
    public void record(long eventId) {
        Map<Long, Seat> seated = seats.of(eventId);
        List<StoredPerson> present = registrants.present(eventId);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO tablemate_history(event_id, table_number, email, name_key, org_key) VALUES (?, ?, ?, ?, ?)")) {
                for (StoredPerson p : present) {
                    Seat seat = seated.get(p.id());
                    if (seat == null || seat.table() == null) {
                        continue;
                    }
                    s.setLong(1, eventId);
                    s.setInt(2, seat.table());
                    s.setString(3, email(p.registrant().email()));
                    s.setString(4, Nfkc.compact(p.registrant().name()));
                    s.setString(
                            5, orgKey(p.registrant().orgKey(), p.registrant().organisation()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** How many people the history of event {@code eventId} keeps at table {@code number}. */
    public int count(long eventId, int number) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM tablemate_history WHERE event_id = ? AND table_number = ?")) {
                s.setLong(1, eventId);
                s.setInt(2, number);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    /**
     * Pairs of this event's participants who sat at one table at an earlier closed event of the
     * store (dated before this one; when this one has no date, created before it). People are the
     * same when their email matches, else when name and organisation key both do.
     */
    Set<TablematePair> earlierTablemates(Connection c, long eventId, List<SeatedPerson> people) throws SQLException {
        Map<String, Long> byEmail = new HashMap<>();
        Map<String, Long> byNameAndOrganisation = new HashMap<>();
        for (SeatedPerson p : people) {
            if (!p.email().isBlank()) {
                byEmail.putIfAbsent(email(p.email()), p.id());
            }
            byNameAndOrganisation.putIfAbsent(nameKey(Nfkc.compact(p.name()), p.organisationKey()), p.id());
        }
        Map<String, List<Long>> tables = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT h.event_id, h.table_number, h.email, h.name_key, h.org_key
                FROM tablemate_history h JOIN event e ON e.id = h.event_id, event now
                WHERE now.id = ? AND e.id <> now.id
                  AND (CASE WHEN now.event_date IS NOT NULL
                            THEN e.event_date IS NOT NULL AND e.event_date < now.event_date
                            ELSE e.created_at < now.created_at OR (e.created_at = now.created_at AND e.id < now.id) END)
                ORDER BY h.event_id, h.table_number""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String email = r.getString(3);
                    Long now = email.isEmpty() ? null : byEmail.get(email);
                    if (now == null) {
                        now = byNameAndOrganisation.get(nameKey(r.getString(4), r.getString(5)));
                    }
                    if (now != null) {
                        tables.computeIfAbsent(r.getLong(1) + ":" + r.getInt(2), t -> new ArrayList<>())
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

    private static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String orgKey(String key, String organisation) {
        return key != null && !key.isBlank() ? key : Nfkc.compact(organisation);
    }

    private static String nameKey(String compactName, String organisationKey) {
        return compactName + "\u0000" + organisationKey;
    }
}
