package jp.tsunagu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import jp.tsunagu.i18n.UserError;
import org.sqlite.SQLiteConfig;

/**
 * The store: one SQLite file, WAL journal, foreign keys on, migrated to the current schema when
 * opened. One connection, used by one thread at a time; every change runs in
 * {@link #inTransaction}, so a failure leaves nothing half-written.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if missing) and migrates the store at {@code file}. */
    public static Database open(Path file) {
        return open(file, Migrations.bundled());
    }

    static Database open(Path file, Migrations migrations) {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UserError(e, "store.error.folder", absolute.getParent());
        }
        if (Files.isDirectory(absolute)) {
            throw new UserError("store.error.isFolder", absolute);
        }
        Connection connection = connect(absolute);
        try {
            checkIsSqlite(connection, absolute);
            migrations.migrate(connection, absolute);
            return new Database(absolute, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5_000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_NOTADB) {
                throw new UserError(e, "store.error.notStore", file);
            }
            throw new UserError(e, "store.error.open", file, e.getMessage());
        }
    }

    // A file that is not SQLite fails on its first read; say so plainly instead of a driver message.
    private static void checkIsSqlite(Connection connection, Path file) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException e) {
            throw new UserError(e, "store.error.notStore", file);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} as one transaction: all of it is kept, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} for reading; it sees one consistent state of the store. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the WAL is checkpointed by SQLite on the next open anyway.
        }
    }
}
