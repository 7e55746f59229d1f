package jp.tsunagu.store;

import java.sql.SQLException;

/** A store failure that is not the user's doing (a bug, a full disk, a locked file). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
