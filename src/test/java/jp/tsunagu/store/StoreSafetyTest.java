package jp.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Foreign files, empty files, mistyped folders, damaged stores, full disks, two writers (issue 14). */
class StoreSafetyTest {
    @TempDir
    Path folder;

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers(name) VALUES ('x')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key())
                .isEqualTo("store.error.foreign"));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(file.resolveSibling("other.sqlite-wal")).doesNotExist();
        assertThat(file.resolveSibling(ScratchFolder.NAME))
                .as("nothing made beside it")
                .doesNotExist();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("delete");
            assertThat(single(s, "SELECT count(*) FROM sqlite_schema")).isEqualTo("1");
            assertThat(single(s, "PRAGMA user_version")).isEqualTo("0");
        }
    }

    @Test
    void aMistypedFolderIsNotCreated() {
        Path file = folder.resolve("mistyped/tsunagu.db");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key())
                .isEqualTo("store.error.noFolder"));
        assertThat(folder.resolve("mistyped")).doesNotExist();
    }

    @Test
    void anEmptyFileIsNotSilentlyMadeAStore() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.db"));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key())
                .isEqualTo("store.error.emptyFile"));
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aNewStoreCarriesTheAppsIdAndIsTheUsersOnly() throws Exception {
        Path file = folder.resolve("new.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(Integer.parseInt(single(s, "PRAGMA application_id"))).isEqualTo(StoreIdentity.APPLICATION_ID);
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        // Opened again it is recognised, and a store from before the id existed is stamped.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 0");
        }
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(Integer.parseInt(single(s, "PRAGMA application_id"))).isEqualTo(StoreIdentity.APPLICATION_ID);
        }
    }

    @Test
    void aDamagedStoreSaysWhereItsBackupsAre() throws Exception {
        Path file = folder.resolve("tsunagu.db");
        Database.open(file).close();
        Files.copy(file, folder.resolve("tsunagu.db.v2-20261201-101010-000.bak"));
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(100);
            raw.write(new byte[8000]); // page 1's b-tree header and more, the file header kept
        }

        assertThatThrownBy(() -> Database.open(file).close()).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.key()).isEqualTo("store.error.damaged");
            String text = e.describe(Messages.forLocale(Locale.ENGLISH));
            assertThat(text).contains(folder.toString()).contains("tsunagu.db.v2-20261201-101010-000.bak");
            assertThat(text).doesNotContain("SQLITE").doesNotContain("Exception");
        });
    }

    @Test
    void aFullDiskIsSaidInWordsAndTheFirstErrorIsKept() throws Exception {
        Path file = folder.resolve("tsunagu.db");
        try (Database database = Database.open(file)) {
            // SQLite's own page limit gives the same SQLITE_FULL a full disk does.
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE filler(x BLOB)");
                }
                return null;
            });
            database.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + single(s, "PRAGMA page_count"));
                }
                return null;
            });
            RuntimeException failure = null;
            try {
                database.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO filler VALUES (zeroblob(1000000))");
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).isNotNull();
            assertThat(DiskFull.isCause(failure)).as(String.valueOf(failure)).isTrue();
            UserError words = Failures.inWords(failure, file);
            assertThat(words.key()).isEqualTo("store.error.diskFull");
            assertThat(words.describe(Messages.forLocale(Locale.JAPANESE))).contains("ディスクがいっぱい");
        }
    }

    @Test
    void aWriterWaitsForAnotherProcessWritingInsteadOfFailing() throws Exception {
        Path file = folder.resolve("tsunagu.db");
        Database.open(file).close();
        CountDownLatch locked = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO event(name) VALUES ('他のコマンド')");
                locked.countDown();
                Thread.sleep(1_500);
                s.execute("COMMIT");
            } catch (Exception e) {
                locked.countDown();
                throw new IllegalStateException(e);
            }
        });
        other.start();
        locked.await();
        try (Database database = Database.open(file)) {
            int events = database.inTransaction(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT count(*) FROM event")) {
                    r.next();
                    int before = r.getInt(1);
                    s.execute("INSERT INTO event(name) VALUES ('このコマンド')");
                    return before + 1;
                }
            });
            assertThat(events).isEqualTo(2);
        }
        other.join();
    }

    @Test
    void noDriverTextOrClassNameReachesTheUser() {
        var busy =
                new java.sql.SQLException("[SQLITE_BUSY_SNAPSHOT] Another connection (database is locked)", null, 517);
        UserError words = Failures.inWords(new StoreException(busy), folder.resolve("tsunagu.db"));
        assertThat(words.key()).isEqualTo("store.error.busy");
        UserError other = Failures.inWords(new IllegalStateException("java.lang.NullPointerException: x"), null);
        String text = other.describe(Messages.forLocale(Locale.ENGLISH));
        assertThat(text).doesNotContain("java.lang").doesNotContain("Exception");
    }

    @Test
    void theDriversLibraryCopyOfADeadProcessIsRemoved() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dead = Files.createDirectories(temp.resolve(ScratchFolder.NATIVE + "999999999"));
        Files.writeString(dead.resolve("libsqlitejdbc.so"), "x");
        String before = System.clearProperty("org.sqlite.tmpdir");
        try {
            ScratchFolder.keepSqliteLibraryApart();
            assertThat(dead).doesNotExist();
            assertThat(System.getProperty("org.sqlite.tmpdir"))
                    .endsWith(ScratchFolder.NATIVE + ProcessHandle.current().pid());
        } finally {
            if (before != null) {
                System.setProperty("org.sqlite.tmpdir", before);
            }
        }
    }

    private static String single(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
