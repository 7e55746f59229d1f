package jp.tsunagu.outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
                SELECT id, table_number, kind, position, text, owner_id, due, status FROM outcome
                WHERE event_id = ? AND (? IS NULL OR table_number = ?)
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
                            SeedStatus.of(r.getString(8))));
                }
            }
        }
        return outcomes;
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
