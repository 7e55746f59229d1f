package jp.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {
    @TempDir
    Path folder;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path file = folder.resolve("sub/seating.csv");
        WholeFile.write(file, out -> out.write("一回目".getBytes(StandardCharsets.UTF_8)));
        WholeFile.write(file, out -> out.write("二回目".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("二回目");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path file = folder.resolve("namecards.pdf");
        Files.writeString(file, "the good one");

        assertThatThrownBy(() -> WholeFile.write(file, out -> {
                    out.write("half a ".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the good one");
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void makesTheFileReadableByTheUserOnly() throws IOException {
        Path file = folder.resolve("roster.pdf");
        WholeFile.write(file, out -> out.write(1));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void writesTheHalfFileInTheScratchFolderNotBesideTheTarget() throws IOException {
        ScratchFolder.useBeside(folder.resolve("data/tsunagu.db"));
        Path target = folder.resolve("out/registrants.csv");
        Path[] seen = new Path[1];
        WholeFile.write(target, out -> {
            try (var parts = Files.list(ScratchFolder.current())) {
                seen[0] = parts.findFirst().orElseThrow();
            }
            out.write(1);
        });
        assertThat(seen[0].getParent().getParent()).isEqualTo(folder.resolve("data/tmp"));
        assertThat(Files.list(target.getParent())).containsExactly(target);
        assertThat(Files.list(ScratchFolder.current())).isEmpty();
    }

    @Test
    void theScratchFolderOfADeadProcessIsRemovedAtTheNextStart() throws IOException {
        Path dead = folder.resolve("data2/tmp/999999999");
        Files.createDirectories(dead);
        Files.writeString(dead.resolve("poi-sxssf-sheet.xml"), "山田 太郎 taro@example.jp");
        Path alive = folder.resolve("data2/tmp/" + ProcessHandle.current().pid());
        Files.createDirectories(alive);

        ScratchFolder.useBeside(folder.resolve("data2/tsunagu.db"));

        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
    }
}
