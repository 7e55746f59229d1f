package jp.tsunagu.outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL of outcomes: the one owner of the {@code outcome} and {@code outcome_person} tables. */
final class OutcomeStore {
    private OutcomeStore() {}

    /** The event's outcomes by table, kind (interest, seed, step) and position; one table if {@code table} is set. */
    static List<Outcome> list(Connection c, long eventId, Integer table) throws SQLException {
        Map<Long, List<Long>> people = people(c, eventId);
        List<Outcome> outcomes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, table_number, kind, position, text, owner_id, due, status, table_removed FROM outcome
                WHERE event_id = ? AND (? IS NULL OR (table_number = ? AND table_removed = 0))
                ORDER BY table_number, CASE kind WHEN 'interest' THEN 0 WHEN 'seed' THEN 1 ELSE 2 END,
                         position, id""")) {
            s.setLong(1, eventId);
            s.setObject(2, table);
            s.setObject(3, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String due = r.getString(7);
                    outcomes.add(new Outcome(
                            id,
                            eventId,
                            r.getInt(2),
                            OutcomeKind.of(r.getString(3)),
                            r.getInt(4),
                            r.getString(5),
                            people.getOrDefault(id, List.of()),
                            nullableLong(r, 6),
                            due == null ? null : LocalDate.parse(due),
                            SeedStatus.of(r.getString(8)),
                            r.getInt(9) == 1));
                }
            }
        }
        return outcomes;
    }

    /** One outcome by id, or null. */
    static Outcome get(Connection c, long id) throws SQLException {
        Long eventId = eventOf(c, id);
        if (eventId == null) {
            return null;
        }
        for (Outcome o : list(c, eventId, null)) {
            if (o.id() == id) {
                return o;
            }
        }
        return null;
    }

    private static Long eventOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT event_id FROM outcome WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    // An event without any table is one written by hand (tests, an old file): nothing was removed.
    private static boolean tableExistsAnywhere(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM seating_table WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static boolean tableExists(Connection c, long eventId, int tableNumber) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM seating_table WHERE event_id = ? AND number = ?")) {
            s.setLong(1, eventId);
            s.setInt(2, tableNumber);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** The id of the event's table that has number {@code tableNumber} now, or null. */
    static Long tableId(Connection c, long eventId, int tableNumber) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT id FROM seating_table WHERE event_id = ? AND number = ?")) {
            s.setLong(1, eventId);
            s.setInt(2, tableNumber);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /** Adds an outcome at the end of its list; returns its id. */
    static long insert(Connection c, long eventId, int tableNumber, OutcomeDraft d) throws SQLException {
        int position;
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM outcome"
                + " WHERE event_id = ? AND table_number = ? AND kind = ? AND table_removed = 0")) {
            s.setLong(1, eventId);
            s.setInt(2, tableNumber);
            s.setString(3, d.kind().code());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                position = r.getInt(1);
            }
        }
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO outcome(event_id, table_number, kind, position, text, owner_id, due, table_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, eventId);
            s.setInt(2, tableNumber);
            s.setString(3, d.kind().code());
            s.setInt(4, position);
            s.setString(5, d.text());
            s.setObject(6, d.kind() == OutcomeKind.STEP ? d.ownerId() : null);
            s.setString(
                    7, d.kind() == OutcomeKind.STEP && d.due() != null ? d.due().toString() : null);
            // The table itself, not its number: a later renumbering keeps the outcome with it.
            s.setObject(8, tableId(c, eventId, tableNumber));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        putPeople(c, id, d.kind() == OutcomeKind.SEED ? d.people() : List.of());
        return id;
    }

    static void update(Connection c, long id, OutcomeDraft d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE outcome SET text = ?, owner_id = ?, due = ?,
                       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?""")) {
            s.setString(1, d.text());
            s.setObject(2, d.kind() == OutcomeKind.STEP ? d.ownerId() : null);
            s.setString(
                    3, d.kind() == OutcomeKind.STEP && d.due() != null ? d.due().toString() : null);
            s.setLong(4, id);
            s.executeUpdate();
        }
        putPeople(c, id, d.kind() == OutcomeKind.SEED ? d.people() : List.of());
    }

    private static void putPeople(Connection c, long id, List<Long> people) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM outcome_person WHERE outcome_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO outcome_person(outcome_id, person_id, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < people.size(); i++) {
                s.setLong(1, id);
                s.setLong(2, people.get(i));
                s.setInt(3, i);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM outcome WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Puts a deleted outcome back as it was: same id, place, people, status and history. */
    static void restore(Connection c, RemovedOutcome removed) throws SQLException {
        Outcome o = removed.outcome();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO outcome(id, event_id, table_number, kind, position, text, owner_id, due, status,
                                    table_id, table_removed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            // Back with the table that has its number now; if there is none, without a table.
            Long table = o.tableRemoved() ? null : tableId(c, o.eventId(), o.tableNumber());
            s.setLong(1, o.id());
            s.setLong(2, o.eventId());
            s.setInt(3, o.tableNumber());
            s.setString(4, o.kind().code());
            s.setInt(5, o.position());
            s.setString(6, o.text());
            s.setObject(7, o.ownerId());
            s.setString(8, o.due() == null ? null : o.due().toString());
            s.setString(9, o.status().code());
            s.setObject(10, table);
            s.setInt(11, table == null && (o.tableRemoved() || tableExistsAnywhere(c, o.eventId())) ? 1 : 0);
            s.executeUpdate();
        }
        putPeople(c, o.id(), o.people());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO followup_entry(id, outcome_id, on_date, status, note) VALUES (?, ?, ?, ?, ?)")) {
            for (FollowUpEntry e : removed.history()) {
                s.setLong(1, e.id());
                s.setLong(2, e.outcomeId());
                s.setString(3, e.date().toString());
                s.setString(4, e.status().code());
                s.setString(5, e.note());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Numbers the list's outcomes 0, 1, 2... in the order given. */
    static void order(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outcome SET position = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setInt(1, i);
                s.setLong(2, ids.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every follow-up entry of the event's seeds, by seed, oldest first (date, then entry order). */
    static Map<Long, List<FollowUpEntry>> history(Connection c, long eventId) throws SQLException {
        Map<Long, List<FollowUpEntry>> bySeed = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT f.id, f.outcome_id, f.on_date, f.status, f.note FROM followup_entry f
                JOIN outcome o ON o.id = f.outcome_id
                WHERE o.event_id = ? ORDER BY f.outcome_id, f.on_date, f.id""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bySeed.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                            .add(new FollowUpEntry(
                                    r.getLong(1),
                                    r.getLong(2),
                                    LocalDate.parse(r.getString(3)),
                                    SeedStatus.of(r.getString(4)),
                                    r.getString(5)));
                }
            }
        }
        return bySeed;
    }

    static long addEntry(Connection c, long outcomeId, LocalDate date, SeedStatus status, String note)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO followup_entry(outcome_id, on_date, status, note) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, outcomeId);
            s.setString(2, date.toString());
            s.setString(3, status.code());
            s.setString(4, note);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        settleStatus(c, outcomeId);
        return id;
    }

    /** Removes one entry (undo of a status change); returns the seed it belonged to, or null. */
    static Long removeEntry(Connection c, long entryId) throws SQLException {
        Long seed = null;
        try (PreparedStatement s = c.prepareStatement("SELECT outcome_id FROM followup_entry WHERE id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    seed = r.getLong(1);
                }
            }
        }
        if (seed == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM followup_entry WHERE id = ?")) {
            s.setLong(1, entryId);
            s.executeUpdate();
        }
        settleStatus(c, seed);
        return seed;
    }

    // A seed stands where its latest-dated entry put it, so a note entered late for an earlier date
    // does not move the seed back.
    private static void settleStatus(Connection c, long outcomeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE outcome SET status = COALESCE((SELECT status FROM followup_entry WHERE outcome_id = ?
                                                      ORDER BY on_date DESC, id DESC LIMIT 1), 'new'),
                       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                WHERE id = ?""")) {
            s.setLong(1, outcomeId);
            s.setLong(2, outcomeId);
            s.executeUpdate();
        }
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static Map<Long, List<Long>> people(Connection c, long eventId) throws SQLException {
        Map<Long, List<Long>> byOutcome = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT op.outcome_id, op.person_id FROM outcome_person op
                JOIN outcome o ON o.id = op.outcome_id
                WHERE o.event_id = ? ORDER BY op.outcome_id, op.position""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byOutcome
                            .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(r.getLong(2));
                }
            }
        }
        return byOutcome;
    }
}
