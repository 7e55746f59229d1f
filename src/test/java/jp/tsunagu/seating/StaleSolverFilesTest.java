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

    @Test
    void aFreshFolderOfADeadProcessGoesAndOneOfALiveProcessStays() throws Exception {
        Path dead = Files.createDirectory(temp.resolve("ortools-java789"));
        Files.writeString(dead.resolve(StaleSolverFiles.MARKER), "999999999");
        Path mine = Files.createDirectory(temp.resolve("ortools-java790"));

        StaleSolverFiles.markOwn(temp, Instant.now().minusSeconds(60));
        int removed = StaleSolverFiles.remove(temp, Instant.now().minus(Duration.ofHours(6)));

        assertThat(removed).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(Files.readString(mine.resolve(StaleSolverFiles.MARKER)))
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }
}
