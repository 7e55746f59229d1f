package jp.tsunagu.store;

import java.util.List;

/** One numbered schema step: the SQL statements that take the store from version - 1 to version. */
public record Migration(int version, String name, List<String> statements) {
    public Migration {
        statements = List.copyOf(statements);
    }
}
