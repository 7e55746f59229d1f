package jp.tsunagu.registrant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes the people of one import batch with statements prepared once: thousands of rows go in
 * without preparing (and parsing) the same SQL for each.
 */
final class ImportWriter implements AutoCloseable {
    private final long eventId;
    private final long batchId;
    private final RegistrantStore.Themes themes;
    private final PreparedStatement insert;
    private final PreparedStatement lastId;
    private final PreparedStatement answer;
    private final PreparedStatement change;

    ImportWriter(Connection c, long eventId, long batchId, RegistrantStore.Themes themes) throws SQLException {
        this.eventId = eventId;
        this.batchId = batchId;
        this.themes = themes;
        this.insert = c.prepareStatement("INSERT INTO person(event_id, " + RegistrantStore.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.lastId = c.prepareStatement("SELECT last_insert_rowid()");
        this.answer = c.prepareStatement(
                "INSERT INTO person_answer(person_id, position, question, answer) VALUES (?, ?, ?, ?)");
        this.change = c.prepareStatement(
                "INSERT INTO import_change(batch_id, person_id, kind, before, attendance_before) VALUES (?, ?, ?, ?, ?)");
    }

    /** Adds a person and records the addition in the batch. */
    long add(Registrant p) throws SQLException {
        insert.setLong(1, eventId);
        RegistrantStore.bind(insert, 2, p, themes);
        insert.executeUpdate();
        long id;
        try (ResultSet r = lastId.executeQuery()) {
            r.next();
            id = r.getLong(1);
        }
        int position = 0;
        for (Map.Entry<String, String> e : p.extras().entrySet()) {
            answer.setLong(1, id);
            answer.setInt(2, position++);
            answer.setString(3, e.getKey());
            answer.setString(4, e.getValue());
            answer.executeUpdate();
        }
        recordChange(id, null, null);
        return id;
    }

    /**
     * Records that the batch changed a person that looked like {@code before} (JSON) and, when the
     * file's attendance column changed theirs, had {@code attendanceBefore} (else null).
     */
    void recordChange(long personId, String before, Attendance attendanceBefore) throws SQLException {
        change.setLong(1, batchId);
        change.setLong(2, personId);
        change.setString(3, before == null ? "added" : "updated");
        change.setString(4, before);
        change.setString(5, attendanceBefore == null ? null : attendanceBefore.code());
        change.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        lastId.close();
        answer.close();
        change.close();
    }
}
