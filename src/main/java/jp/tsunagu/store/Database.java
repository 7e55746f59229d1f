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

    /** How long a command waits for another one writing to the same store before saying so. */
    static final int BUSY_WAIT_MILLIS = 10_000;

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
        boolean usual = absolute.equals(DataFolder.defaultStore().toAbsolutePath());
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // The usual data folder is made on first use; a folder the user named must exist, so a
            // mistyped --data makes nothing.
            if (!usual) {
                throw new UserError("store.error.noFolder", absolute, folder);
            }
            try {
                ScratchFolder.createPrivateFolders(folder);
            } catch (IOException e) {
                throw new UserError(e, "store.error.folder", folder);
            }
        }
        if (Files.isDirectory(absolute)) {
            throw new UserError("store.error.isFolder", absolute);
        }
        boolean created = createIfMissing(absolute, usual);
        // The driver's copy of its native library goes to a folder of this process, removed at a
        // later start once the process is gone (a kill used to leave a copy every time).
        ScratchFolder.keepSqliteLibraryApart();
        Connection connection = connect(absolute);
        try {
            checkIsSqlite(connection, absolute);
            StoreIdentity.check(connection, absolute, created);
            // Temporary files follow the store in use; what dead runs left there goes now.
            ScratchFolder.useBeside(absolute);
            useWal(connection);
            migrations.migrate(connection, absolute);
            StoreIdentity.stamp(connection);
            Private.restrictQuietly(absolute);
            return new Database(absolute, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            if (created) {
                deleteQuietly(absolute);
            }
            throw e;
        }
    }

    /**
     * Makes a new, empty store file readable by the user only; true when this call made it. An
     * existing empty file is another program's or a mistake, and is not silently made a store,
     * except the usual store, which only a kill during its very first start can leave empty.
     */
    private static boolean createIfMissing(Path file, boolean usual) {
        try {
            if (Files.exists(file)) {
                if (Files.size(file) > 0) {
                    return false;
                }
                if (!usual) {
                    throw new UserError("store.error.emptyFile", file);
                }
                Files.delete(file);
            }
            WholeFile.newPrivateFile(file.getParent(), file.getFileName().toString());
            return true;
        } catch (IOException e) {
            if (DiskFull.isCause(e)) {
                throw new UserError(e, "store.error.diskFull", file.getParent());
            }
            throw new UserError(e, "store.error.open", file, DiskFull.describe(e));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A store we just made and could not use; at worst an empty file stays.
        }
    }

    /**
     * Starts loading the SQLite driver's native library (copied out of the jar and linked, 0.1-0.3 s)
     * and its date formats on a daemon thread: a command line calls it first thing, so that this
     * overlaps parsing the command instead of following it. {@link #open} waits for what is not done.
     */
    public static void prepareInBackground() {
        Thread loading = new Thread(
                () -> {
                    try {
                        ScratchFolder.keepSqliteLibraryApart();
                        org.sqlite.SQLiteJDBCLoader.initialize();
                        new SQLiteConfig().toProperties();
                    } catch (Exception | LinkageError e) {
                        // Database.open loads again and says what fails, in words.
                    }
                },
                "store-library");
        loading.setDaemon(true);
        loading.start();
    }

    private static Connection connect(Path file) {
        // WAL is switched on only after the file is known to be ours: a foreign database is left as it was.
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_WAIT_MILLIS);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_NOTADB) {
                throw new UserError(e, "store.error.notStore", file);
            }
            throw Failures.inWords(e, file);
        }
    }

    private static void useWal(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    // A file that is not SQLite fails on its first read; say so plainly instead of a driver message.
    // One that is SQLite by its header but cannot be read is damaged: say where the backups are.
    private static void checkIsSqlite(Connection connection, Path file) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException e) {
            if (StoreIdentity.hasSqliteHeader(file)) {
                throw Failures.damaged(e, file);
            }
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
        return run(work, true);
    }

    private <T> T run(SqlWork<T> work, boolean writes) {
        lock.lock();
        try {
            if (depth > 0) {
                return joined(work);
            }
            return outermost(work, writes);
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

    /**
     * The outermost transaction. A change takes the store's write lock at its start (BEGIN
     * IMMEDIATE), waiting up to {@link #BUSY_WAIT_MILLIS} for another command that writes, so it
     * never reads first and fails later when it upgrades; a read takes a snapshot (BEGIN). The
     * transaction is driven by SQL rather than JDBC's auto-commit, whose driver begins the next
     * transaction right after a commit and could report a failure for work already committed.
     */
    private <T> T outermost(SqlWork<T> work, boolean writes) {
        T result;
        Set<StoreChange> committed;
        try (Statement statement = connection.createStatement()) {
            statement.execute(writes ? "BEGIN IMMEDIATE" : "BEGIN");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        depth = 1;
        try {
            result = work.run(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
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
        }
        changes.publish(committed);
        return result;
    }

    // The first error is the one the user hears of; a failing rollback is kept beside it. SQLite
    // ends a transaction by itself on some errors (a full disk): then there is nothing to roll back.
    private void rollbackKeeping(Throwable first) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            if (!String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active")) {
                first.addSuppressed(rollbackFailure);
            }
        } catch (RuntimeException rollbackFailure) {
            first.addSuppressed(rollbackFailure);
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
        return run(work, false);
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
