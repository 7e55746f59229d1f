package jp.tsunagu.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import jp.tsunagu.store.DataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log goes beside the store in use, readable by the user only; a mistyped folder is not made. */
class LogPlaceTest {
    @TempDir
    Path folder;

    @AfterEach
    void quiet() {
        LogManager.getLogManager().reset();
    }

    @Test
    void theStoreGivenWithDataDecidesWhereTheLogGoes() {
        assertThat(Launcher.storeNamed(new String[] {"--data", "/x/y.db", "event", "list"}))
                .isEqualTo(Path.of("/x/y.db"));
        assertThat(Launcher.storeNamed(new String[] {"--data=/x/z.db", "event", "list"}))
                .isEqualTo(Path.of("/x/z.db"));
        assertThat(Launcher.storeNamed(new String[] {"event", "list"})).isEqualTo(DataFolder.defaultStore());
    }

    @Test
    void logsBesideTheStoreUserOnly() throws Exception {
        QuietLogging.install(folder.resolve("kakegawa.db"));
        Logger.getLogger("jp.tsunagu.test").warning("テスト");
        LogManager.getLogManager().reset();

        try (var logs = Files.list(folder)) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("tsunagu.log"))
                    .filter(p -> !p.toString().endsWith(".lck"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readString(log)).contains("テスト");
            if (log.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(log))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
        }
    }

    @Test
    void aMistypedFolderGetsNoLogAndIsNotMade() {
        QuietLogging.install(folder.resolve("mistyped/kakegawa.db"));
        assertThat(folder.resolve("mistyped")).doesNotExist();
    }
}
