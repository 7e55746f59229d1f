package jp.tsunagu.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleSolverFilesTest {
    @TempDir
    Path temp;

    @Test
    void removesOnlyOldSolverFolders() throws Exception {
        Path old = Files.createDirectory(temp.resolve("ortools-java123"));
        Files.writeString(Files.createDirectory(old.resolve("linux-x86-64")).resolve("libjniortools.so"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = Files.createDirectory(temp.resolve("ortools-java456"));
        Path other = Files.createDirectory(temp.resolve("something-else"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        int removed = StaleSolverFiles.remove(temp, Instant.now().minus(Duration.ofHours(6)));

        assertThat(removed).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }
}
