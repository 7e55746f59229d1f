package jp.tsunagu.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work against the store's connection, run by {@link Database} inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
