package jp.tsunagu.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.i18n.UserError;

/**
 * The schema's history: numbered SQL files listed in {@code migrations/index.txt}. The store's
 * {@code PRAGMA user_version} says how many have run. Each step runs in its own transaction
 * together with the new version number, so a failed step leaves the file as it was; an existing
 * file is first copied next to itself ({@link Backups}).
 */
public final class Migrations {
    private static final String FOLDER = "/jp/tsunagu/store/migrations/";

    private final List<Migration> steps;

    public Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must be numbered 1.." + steps.size());
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The migrations shipped with the app. */
    public static Migrations bundled() {
        List<Migration> steps = new ArrayList<>();
        for (String name : readResource("index.txt").lines().map(String::strip).toList()) {
            if (!name.isEmpty() && !name.startsWith("#")) {
                steps.add(new Migration(steps.size() + 1, name, splitStatements(readResource(name))));
            }
        }
        return new Migrations(steps);
    }

    public List<Migration> steps() {
        return steps;
    }

    public int latestVersion() {
        return steps.size();
    }

    /** The first {@code version} steps only: a store as an older app left it (for tests). */
    public Migrations upTo(int version) {
        return new Migrations(steps.subList(0, version));
    }

    void migrate(Connection connection, Path file) {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new UserError("store.error.newer", file, current, latestVersion());
        }
        if (current == latestVersion()) {
            return;
        }
        if (current > 0 || hasTables(connection)) {
            Backups.beforeMigration(connection, file, current);
        }
        for (Migration step : steps.subList(current, steps.size())) {
            apply(connection, step, file);
        }
    }

    private static void apply(Connection connection, Migration step, Path file) {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : step.statements()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + step.version());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new UserError(e, "store.error.migration", file, step.version(), e.getMessage());
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static int userVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static boolean hasTables(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Splits a script at semicolons that end a line; our scripts keep one statement per such end.
     * A trigger's body holds statements of its own, so a trigger ends only at its {@code END;}.
     */
    static List<String> splitStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.lines().toList()) {
            String code = line.strip();
            if (code.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean trigger = current.toString()
                    .strip()
                    .toUpperCase(java.util.Locale.ROOT)
                    .startsWith("CREATE TRIGGER");
            if (trigger ? code.equalsIgnoreCase("END;") : code.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String readResource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
