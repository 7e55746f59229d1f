package jp.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.i18n.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyFileToTheLatestVersion() throws Exception {
        Path file = folder.resolve("new.db");
        try (Database database = Database.open(file)) {
            int version = database.read(Migrations::userVersion);
            List<String> tables = database.read(DatabaseTest::tables);
            assertThat(version).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(tables).contains("event", "theme", "seating_table", "staff", "person", "seat");
        }
        assertThat(Backups.of(file)).as("a new file needs no backup").isEmpty();
    }

    @Test
    void migratesAFileAtEveryEarlierVersionAndBacksItUpFirst() throws Exception {
        Migrations all = Migrations.bundled();
        for (int version = 1; version < all.latestVersion(); version++) {
            Path file = folder.resolve("v" + version + ".db");
            Database.open(file, all.upTo(version)).close();
            try (Database database = Database.open(file)) {
                int migrated = database.read(Migrations::userVersion);
                assertThat(migrated).isEqualTo(all.latestVersion());
            }
            assertThat(Backups.of(file)).hasSize(1);
            try (Connection backup = DriverManager.getConnection(
                    "jdbc:sqlite:" + Backups.of(file).getFirst())) {
                assertThat(Migrations.userVersion(backup)).isEqualTo(version);
            }
        }
    }

    @Test
    void backsUpBeforeAMigrationAndKeepsTheLastFive() throws Exception {
        Path file = folder.resolve("store.db");
        Migration one = new Migration(1, "one", List.of("CREATE TABLE a (x INTEGER)"));
        List<Migration> steps = new ArrayList<>(List.of(one));
        Database.open(file, new Migrations(steps)).close();
        for (int i = 2; i <= 8; i++) {
            steps.add(new Migration(i, "step" + i, List.of("CREATE TABLE t" + i + " (x INTEGER)")));
            Database.open(file, new Migrations(steps)).close();
        }
        List<Path> backups = Backups.of(file);
        assertThat(backups).hasSize(5);
        assertThat(backups.getLast().getFileName().toString()).startsWith("store.db.v7-");
        assertThat(backups.getFirst().getFileName().toString()).startsWith("store.db.v3-");
    }

    @Test
    void aFailedMigrationLeavesTheFileAsItWas() throws Exception {
        Path file = folder.resolve("store.db");
        Migration one = new Migration(1, "one", List.of("CREATE TABLE a (x INTEGER)", "INSERT INTO a VALUES (42)"));
        Database.open(file, new Migrations(List.of(one))).close();
        Migration broken = new Migration(
                2, "broken", List.of("CREATE TABLE b (y INTEGER)", "INSERT INTO a VALUES (43)", "THIS IS NOT SQL"));

        assertThatThrownBy(() -> Database.open(file, new Migrations(List.of(one, broken))))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.error.migration"));

        try (Database database = Database.open(file, new Migrations(List.of(one)))) {
            int version = database.read(Migrations::userVersion);
            List<String> tables = database.read(DatabaseTest::tables);
            int rows = database.read(c -> count(c, "SELECT count(*) FROM a"));
            assertThat(version).isEqualTo(1);
            assertThat(tables).contains("a").doesNotContain("b");
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void usesWriteAheadLoggingAndForeignKeys() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            String journal = database.read(c -> text(c, "PRAGMA journal_mode"));
            int foreignKeys = database.read(c -> count(c, "PRAGMA foreign_keys"));
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(foreignKeys).isEqualTo(1);
        }
    }

    @Test
    void refusesAForeignKeyViolationAndKeepsNothingOfTheTransaction() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            assertThatThrownBy(() -> database.inTransaction(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO event(name) VALUES ('kept?')");
                            s.execute(
                                    "INSERT INTO theme(event_id, number, name, colour) VALUES (999, 1, 'x', '#000000')");
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("FOREIGN KEY");
            int events = database.read(c -> count(c, "SELECT count(*) FROM event"));
            assertThat(events).isZero();
        }
    }

    @Test
    void refusesAFileThatIsNotAStore() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "これはデータベースではありません。".repeat(100));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.error.notStore"));
        assertThat(Files.readString(file)).startsWith("これはデータベース");
    }

    @Test
    void refusesAStoreFromANewerApp() throws Exception {
        Path file = folder.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            // A newer app's store carries the app's id like every store of ours.
            s.execute("PRAGMA application_id = " + StoreIdentity.APPLICATION_ID);
            s.execute("PRAGMA user_version = 999");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("store.error.newer"));
    }

    @Test
    void splitsScriptsIntoStatements() {
        assertThat(Migrations.splitStatements("-- note\nCREATE TABLE a (\n x INTEGER\n);\nCREATE INDEX i ON a(x);\n"))
                .containsExactly("CREATE TABLE a (\n x INTEGER\n);", "CREATE INDEX i ON a(x);");
    }

    @Test
    void findsTheDefaultDataFolderOfEachSystem() {
        Path home = Path.of("/home/k");
        assertThat(DataFolder.folder("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/k/.local/share/tsunagu"));
        assertThat(DataFolder.folder("Linux", java.util.Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/tsunagu"));
        assertThat(DataFolder.folder("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/k/Library/Application Support/Tsunagu"));
        assertThat(DataFolder.folder("Windows 11", java.util.Map.of("APPDATA", "C:\\Users\\k\\AppData\\Roaming"), home)
                        .toString())
                .endsWith("Tsunagu");
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
