package jp.tsunagu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** App-wide settings kept in the store (language, printer calibration, ...), by key. */
public final class Settings {
    private final Database database;

    public Settings(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
