package jp.tsunagu.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises "the disk is full" in whatever form it arrives (an {@link IOException} from the file
 * system, SQLite's SQLITE_FULL), so that it is said in words instead of a system message.
 */
public final class DiskFull {
    private static final int SQLITE_FULL = 13;

    private DiskFull() {}

    /** Whether {@code error} or one of its causes says that the disk (or the user's quota) is full. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xFF) == SQLITE_FULL) {
                return true;
            }
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left")
                        || lower.contains("disk quota exceeded")
                        || lower.contains("not enough space")
                        || lower.contains("database or disk is full")
                        || lower.contains("sqlite_full")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A short description of a file-system error for a message: its reason without Java class
     * names (an {@link java.nio.file.AccessDeniedException} names only the file, for instance).
     */
    public static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = t.getMessage();
        return message == null
                ? ""
                : message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error):?\\s*", "");
    }
}
