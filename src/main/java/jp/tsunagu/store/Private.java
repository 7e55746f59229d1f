package jp.tsunagu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold personal data (the store, exports, PDFs, the log) are readable by the user
 * only. On Windows and macOS the user's own folders already keep others out; where the file
 * system has POSIX permissions they are set explicitly (docs/decisions/0030).
 */
public final class Private {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Private() {}

    static boolean posix(Path near) {
        Path probe = near;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        return probe != null && Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
    }

    /** Makes an existing file readable and writable by its owner only, where the system has such permissions. */
    public static void restrict(Path file) throws IOException {
        if (Files.exists(file) && posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Like {@link #restrict} but never fails: for files whose owner may be someone else. */
    public static void restrictQuietly(Path file) {
        try {
            restrict(file);
        } catch (IOException | RuntimeException e) {
            // A file we cannot change (another owner, a read-only medium) keeps its permissions.
        }
    }
}
