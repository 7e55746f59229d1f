package jp.tsunagu.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tsunagu.i18n.UserError;

/**
 * Puts a failure the user did not cause into words: a full disk, another program holding the
 * store, a damaged store (with where its backups are), a read-only file. Raw driver text such as
 * {@code [SQLITE_BUSY]} and Java class names never reach the user; the details go to the log.
 */
public final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {}

    /** {@code failure} as a message for the user; {@code store} is the store in use (may be null). */
    public static UserError inWords(Throwable failure, Path store) {
        if (failure instanceof UserError userError) {
            return userError;
        }
        LOG.log(Level.WARNING, "Failure shown to the user in words", failure);
        Path folder = store == null ? null : store.toAbsolutePath().getParent();
        if (DiskFull.isCause(failure)) {
            return new UserError(failure, "store.error.diskFull", folder == null ? "" : folder);
        }
        int code = sqliteCode(failure);
        switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> {
                return new UserError(failure, "store.error.busy", store == null ? "" : store);
            }
            case SQLITE_CORRUPT, SQLITE_NOTADB -> {
                return damaged(failure, store);
            }
            case SQLITE_READONLY, SQLITE_CANTOPEN -> {
                return new UserError(failure, "store.error.readOnly", store == null ? "" : store);
            }
            case SQLITE_IOERR -> {
                return new UserError(failure, "store.error.io", store == null ? "" : store);
            }
            default -> {
                return new UserError(failure, "error.unexpected", summary(failure));
            }
        }
    }

    /** A damaged store: where the copies taken before each update are, or that there are none. */
    static UserError damaged(Throwable failure, Path store) {
        if (store == null) {
            return new UserError(failure, "store.error.damagedNoBackup", "");
        }
        List<Path> backups = Backups.of(store);
        if (backups.isEmpty()) {
            return new UserError(failure, "store.error.damagedNoBackup", store);
        }
        return new UserError(
                failure,
                "store.error.damaged",
                store,
                backups.size(),
                store.toAbsolutePath().getParent(),
                backups.getLast().getFileName());
    }

    /** The SQLite result code (the primary one) of the first SQL failure among the causes; 0 if none. */
    static int sqliteCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode() & 0xFF;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    /** A short reason without driver codes or class names, for "something unexpected". */
    static String summary(Throwable failure) {
        String text = DiskFull.describe(failure);
        text = text.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "")
                .replaceAll("\\s*\\(.*?SQLITE.*?\\)", "")
                .strip();
        return text.isEmpty() ? "-" : text;
    }
}
