package jp.tsunagu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a delete is about to remove, with everything the schema's foreign keys take with them: the
 * rows that cascade (a person's seat, the seeds that name them, their check-ins, their answers)
 * and the references set to NULL (the next steps they owned). Captured in the deleting transaction
 * just before the delete, it puts all of it back in one later transaction (undo). It reads the
 * schema itself, so a capability that adds a table hanging on a person is covered without a line
 * here. A row whose other parent has gone meanwhile (a table removed since) is left out, or its
 * reference cleared, as the delete of that parent would have done.
 */
public final class RemovedRows {
    /** One row: its table, and its columns in the table's order. */
    private record Row(String table, Map<String, Object> values) {}

    /** A reference the delete sets to NULL: which row, which column, the value it had. */
    private record Cleared(String table, long rowid, String column, Object value) {}

    /** One foreign key of {@code child}: {@code from} refers to {@code parent}'s {@code to}. */
    private record Reference(String child, String from, String parent, String to, String onDelete) {}

    private final List<Row> rows;
    private final List<Cleared> cleared;

    private RemovedRows(List<Row> rows, List<Cleared> cleared) {
        this.rows = List.copyOf(rows);
        this.cleared = List.copyOf(cleared);
    }

    /**
     * Captures the rows of {@code table} whose {@code id} is one of {@code ids}, and what their
     * delete would take along. Call it inside the deleting transaction, before the delete.
     */
    public static RemovedRows capture(Connection c, String table, List<Long> ids) throws SQLException {
        List<Reference> references = references(c);
        List<Row> rows = new ArrayList<>();
        List<Cleared> cleared = new ArrayList<>();
        for (long id : ids) {
            collect(c, references, table, "id", id, rows, cleared);
        }
        return new RemovedRows(rows, cleared);
    }

    /** Whether nothing was captured (the ids named no row). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The tables that rows were captured from, for saying what changed. */
    public List<String> tables() {
        return rows.stream().map(Row::table).distinct().toList();
    }

    /** Puts every captured row back, parents first, inside the caller's transaction. */
    public void restore(Connection c) throws SQLException {
        List<Reference> references = references(c);
        for (Row row : rows) {
            Map<String, Object> values = new LinkedHashMap<>(row.values());
            if (parentsPresent(c, references, row.table(), values)) {
                insert(c, row.table(), values);
            }
        }
        for (Cleared ref : cleared) {
            // Only where the reference is still empty: a later edit that named someone else stays.
            try (PreparedStatement s = c.prepareStatement("UPDATE " + ref.table() + " SET " + ref.column() + " = ?"
                    + " WHERE rowid = ? AND " + ref.column() + " IS NULL")) {
                s.setObject(1, ref.value());
                s.setLong(2, ref.rowid());
                if (exists(c, ref.value(), references, ref.table(), ref.column())) {
                    s.executeUpdate();
                }
            }
        }
    }

    // Depth first, parent before its children, so that restoring in list order satisfies every key.
    private static void collect(
            Connection c,
            List<Reference> references,
            String table,
            String column,
            Object value,
            List<Row> rows,
            List<Cleared> cleared)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " = ?")) {
            s.setObject(1, value);
            List<Map<String, Object>> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.put(meta.getColumnName(i), r.getObject(i));
                    }
                    found.add(values);
                }
            }
            for (Map<String, Object> values : found) {
                rows.add(new Row(table, Collections.unmodifiableMap(values)));
                for (Reference ref : references) {
                    if (!ref.parent().equalsIgnoreCase(table) || values.get(ref.to()) == null) {
                        continue;
                    }
                    Object key = values.get(ref.to());
                    switch (ref.onDelete()) {
                        case "CASCADE" -> collect(c, references, ref.child(), ref.from(), key, rows, cleared);
                        case "SET NULL" -> clearedBy(c, ref, key, cleared);
                        default -> {
                            // NO ACTION / RESTRICT: the delete itself is refused while such a row exists.
                        }
                    }
                }
            }
        }
    }

    private static void clearedBy(Connection c, Reference ref, Object key, List<Cleared> cleared) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT rowid FROM " + ref.child() + " WHERE " + ref.from() + " = ?")) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cleared.add(new Cleared(ref.child(), r.getLong(1), ref.from(), key));
                }
            }
        }
    }

    // A reference to a parent that is gone is cleared (SET NULL) or the row left out, as that parent's delete did.
    private static boolean parentsPresent(
            Connection c, List<Reference> references, String table, Map<String, Object> values) throws SQLException {
        for (Reference ref : references) {
            if (!ref.child().equalsIgnoreCase(table) || values.get(ref.from()) == null) {
                continue;
            }
            if (!exists(c, values.get(ref.from()), references, table, ref.from())) {
                if (!ref.onDelete().equals("SET NULL")) {
                    return false;
                }
                values.put(ref.from(), null);
            }
        }
        return true;
    }

    private static boolean exists(Connection c, Object value, List<Reference> references, String table, String column)
            throws SQLException {
        for (Reference ref : references) {
            if (ref.child().equalsIgnoreCase(table) && ref.from().equalsIgnoreCase(column)) {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT 1 FROM " + ref.parent() + " WHERE " + ref.to() + " = ?")) {
                    s.setObject(1, value);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next();
                    }
                }
            }
        }
        return true;
    }

    private static void insert(Connection c, String table, Map<String, Object> values) throws SQLException {
        String columns = String.join(", ", values.keySet());
        String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : values.values()) {
                s.setObject(i++, value);
            }
            s.executeUpdate();
        }
    }

    // Table and column names come from the schema itself, never from input.
    private static List<Reference> references(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        List<Reference> references = new ArrayList<>();
        for (String child : tables) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA foreign_key_list(" + child + ")")) {
                while (r.next()) {
                    String to = r.getString("to");
                    references.add(new Reference(
                            child,
                            r.getString("from"),
                            r.getString("table"),
                            to == null ? "rowid" : to,
                            r.getString("on_delete").toUpperCase(java.util.Locale.ROOT)));
                }
            }
        }
        return references;
    }
}
