package jp.tsunagu.registrant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of import batches, their changes (with before-images for undo) and remembered mappings. */
final class BatchStore {

    /**
     * One change of a batch: a person added, or updated from {@code before}; {@code attendanceBefore}
     * their attendance before the file's attendance column changed it, or null.
     */
    record Change(long personId, boolean added, String before, Attendance attendanceBefore) {}

    private BatchStore() {}

    static long insertBatch(Connection c, long eventId, ImportPreview p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO import_batch(event_id, file_name, sheet, rows_read, added, updated, rejected, mapping)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, eventId);
            s.setString(2, p.fileName());
            s.setString(3, p.sheet());
            s.setInt(4, p.rowsRead());
            s.setLong(5, p.added());
            s.setLong(6, p.count(RowFate.UPDATED));
            s.setInt(7, p.rejections().size());
            s.setString(8, FlagsJson.writeColumns(p.mapping().columns()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static List<Change> changes(Connection c, long batchId) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT person_id, kind, before, attendance_before FROM import_change WHERE batch_id = ? ORDER BY id DESC")) {
            s.setLong(1, batchId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String attendance = r.getString(4);
                    changes.add(new Change(
                            r.getLong(1),
                            r.getString(2).equals("added"),
                            r.getString(3),
                            attendance == null ? null : Attendance.of(attendance)));
                }
            }
        }
        return changes;
    }

    static List<ImportBatch> batches(Connection c, long eventId) throws SQLException {
        List<ImportBatch> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, event_id, file_name, sheet, imported_at, rows_read,"
                + " added, updated, rejected, undone_at FROM import_batch WHERE event_id = ? ORDER BY id DESC")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new ImportBatch(
                            r.getLong(1),
                            r.getLong(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getInt(6),
                            r.getInt(7),
                            r.getInt(8),
                            r.getInt(9),
                            r.getString(10) != null));
                }
            }
        }
        return list;
    }

    static Optional<ImportBatch> batch(Connection c, long batchId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT event_id FROM import_batch WHERE id = ?")) {
            s.setLong(1, batchId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long eventId = r.getLong(1);
                return batches(c, eventId).stream()
                        .filter(b -> b.id() == batchId)
                        .findFirst();
            }
        }
    }

    static void markUndone(Connection c, long batchId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE import_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
            s.setLong(1, batchId);
            s.executeUpdate();
        }
    }

    static void rememberMapping(Connection c, ColumnMapping mapping) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO header_mapping(signature, mapping) VALUES (?, ?) ON CONFLICT(signature) DO UPDATE SET"
                        + " mapping = excluded.mapping, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
            s.setString(1, mapping.signature());
            s.setString(2, FlagsJson.writeColumns(mapping.columns()));
            s.executeUpdate();
        }
    }

    static Optional<ColumnMapping> rememberedMapping(Connection c, String signature) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT mapping FROM header_mapping WHERE signature = ?")) {
            s.setString(1, signature);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ColumnMapping(FlagsJson.readColumns(r.getString(1))));
            } catch (java.io.IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
