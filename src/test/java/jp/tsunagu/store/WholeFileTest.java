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
    void givesTheFileOrdinaryPermissionsNotOwnerOnly() throws IOException {
        Path file = folder.resolve("roster.pdf");
        WholeFile.write(file, out -> out.write(1));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ);
        }
    }
}
