package jp.tsunagu.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolverLibraryTest {
    @TempDir
    Path root;

    @Test
    void theLibrariesAreUnpackedOnceWholeAndReusedByTheNextRun() throws Exception {
        Path kept = SolverLibrary.keep(root).orElseThrow();
        Path jni = kept.resolve(System.mapLibraryName("jniortools"));
        assertThat(jni).exists();
        assertThat(Files.size(jni)).isGreaterThan(100_000);
        assertThat(kept.resolve(".complete")).exists();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).as("no half-unpacked folder is left").containsExactly(kept);
        }
        FileTime first = Files.getLastModifiedTime(jni);
        Thread.sleep(20);
        assertThat(SolverLibrary.keep(root)).contains(kept);
        assertThat(Files.getLastModifiedTime(jni)).as("not unpacked again").isEqualTo(first);
    }

    @Test
    void aFolderWithoutItsCompleteMarkIsNotTrusted() throws Exception {
        Path kept = SolverLibrary.keep(root).orElseThrow();
        Files.delete(kept.resolve(".complete"));
        Files.delete(kept.resolve(System.mapLibraryName("jniortools")));
        // A run killed half-way: the next one unpacks into a new folder and keeps the finished one.
        jp.tsunagu.store.ScratchFolder.delete(kept);
        Path again = SolverLibrary.keep(root).orElseThrow();
        assertThat(again.resolve(System.mapLibraryName("jniortools"))).exists();
    }
}
