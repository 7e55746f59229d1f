package jp.tsunagu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import jp.tsunagu.i18n.UserError;

/**
 * Tells the app's own stores from other programs' SQLite files by the application id in the file's
 * header ({@code PRAGMA application_id}), so that {@code --data} on a foreign database refuses it
 * instead of adding tables, switching its journal and stamping a version on it (issue 14). Stores
 * made before the id existed are recognised by their tables and stamped on first open.
 */
final class StoreIdentity {
    /** "TSNG". */
    static final int APPLICATION_ID = 0x54534E47;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreIdentity() {}

    /** Refuses a file that is not a Tsunagu store; {@code created} says the app just made it empty. */
    static void check(Connection connection, Path file, boolean created) {
        try (Statement statement = connection.createStatement()) {
            int id = intOf(statement, "PRAGMA application_id");
            if (id == APPLICATION_ID || created) {
                return;
            }
            if (id == 0 && Migrations.userVersion(connection) > 0 && hasOwnTables(statement)) {
                return;
            }
            throw new UserError("store.error.foreign", file);
        } catch (SQLException e) {
            throw Failures.inWords(e, file);
        }
    }

    private static boolean hasOwnTables(Statement statement) throws SQLException {
        return intOf(
                        statement,
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('event', 'theme', 'person')")
                == 3;
    }

    /** Writes the app's id into the header of a store that lacks it. */
    static void stamp(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            if (intOf(statement, "PRAGMA application_id") != APPLICATION_ID) {
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static int intOf(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Whether the file starts like an SQLite database (then an unreadable one is damaged, not foreign). */
    static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
