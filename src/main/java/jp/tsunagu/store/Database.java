package jp.tsunagu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import jp.tsunagu.i18n.UserError;
import org.sqlite.SQLiteConfig;

/**
 * The store: one SQLite file, WAL journal, foreign keys on, migrated to the current schema when
 * opened. One connection, used by one thread at a time; every change runs in
 * {@link #inTransaction}, so a failure leaves nothing half-written. Transactions compose: work that
 * calls {@code inTransaction} inside another joins it, so "add a walk-in, check them in, seat them"
 * is kept whole or not at all. What a transaction changed is told to {@link #changes()} subscribers
 * after it commits.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final StoreChanges changes = new StoreChanges();
    // Guarded by lock; what the open transaction changed, told to subscribers after commit.
    private final List<StoreChange> pending = new ArrayList<>();
    private int depth;

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
            // Temporary files follow the store in use; what dead runs left there goes now.
            ScratchFolder.useBeside(absolute);
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

    /**
     * Runs {@code work} as one transaction: all of it is kept, or none of it. Called inside another
     * transaction on the same thread, it joins that one: nothing is committed until the outermost
     * work returns, and a failure that reaches it rolls back everything (a nested failure that the
     * outer work catches undoes only the nested part). The first error is the one thrown;
     * a failing rollback is added to it as suppressed, never put in its place.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                return joined(work);
            }
            return outermost(work);
        } finally {
            lock.unlock();
        }
    }

    // A joined call runs under a savepoint: if it fails and the outer work catches that and goes on,
    // the failed part is undone and the rest of the transaction is not.
    private <T> T joined(SqlWork<T> work) {
        String savepoint = "nested_" + depth;
        int pendingBefore = pending.size();
        execute("SAVEPOINT " + savepoint);
        depth++;
        try {
            T result = work.run(connection);
            execute("RELEASE " + savepoint);
            return result;
        } catch (SQLException e) {
            undoSavepoint(savepoint, pendingBefore, e);
            throw new StoreException(e);
        } catch (RuntimeException | Error e) {
            undoSavepoint(savepoint, pendingBefore, e);
            throw e;
        } finally {
            depth--;
        }
    }

    private void undoSavepoint(String savepoint, int pendingBefore, Throwable first) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK TO " + savepoint);
            statement.execute("RELEASE " + savepoint);
        } catch (SQLException rollbackFailure) {
            first.addSuppressed(rollbackFailure);
        }
        while (pending.size() > pendingBefore) {
            pending.removeLast();
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private <T> T outermost(SqlWork<T> work) {
        T result;
        Set<StoreChange> committed;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        depth = 1;
        try {
            result = work.run(connection);
            connection.commit();
            committed = new LinkedHashSet<>(pending);
        } catch (SQLException e) {
            rollbackKeeping(e);
            throw new StoreException(e);
        } catch (RuntimeException | Error e) {
            rollbackKeeping(e);
            throw e;
        } finally {
            depth = 0;
            pending.clear();
            restoreAutoCommit();
        }
        changes.publish(committed);
        return result;
    }

    private void rollbackKeeping(Throwable first) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            first.addSuppressed(rollbackFailure);
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is unusable then; the next call reports that with its own error.
        }
    }

    /**
     * Says that the open transaction changed {@code topic} of event {@code eventId}. Subscribers of
     * {@link #changes()} hear of it once the outermost transaction commits, and never if it rolls back.
     */
    public void changed(long eventId, StoreChange.Topic topic) {
        lock.lock();
        try {
            if (depth == 0) {
                throw new IllegalStateException("changed() belongs inside inTransaction");
            }
            pending.add(new StoreChange(eventId, topic));
        } finally {
            lock.unlock();
        }
    }

    /** The store's change notifier: views subscribe to hear what others changed. */
    public StoreChanges changes() {
        return changes;
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
