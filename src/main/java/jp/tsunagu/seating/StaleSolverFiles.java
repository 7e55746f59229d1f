package jp.tsunagu.seating;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import jp.tsunagu.store.ScratchFolder;

/**
 * OR-Tools unpacks about 69 MB of native libraries into a new folder of the system's temp folder
 * at every start and leaves it behind when the app is killed. After loading, the app puts a
 * marker with its process id into the folder it made; at the next load, folders whose marker
 * names a process no longer running are removed whatever their age, and unmarked ones (a kill
 * during unpacking) once older than the cutoff. Removing a folder that another running copy
 * still uses is harmless: its libraries are loaded already (and on Windows they are locked, so
 * the removal just fails).
 */
final class StaleSolverFiles {
    private static final String PREFIX = "ortools-java";
    static final String MARKER = ".tsunagu-pid";

    private StaleSolverFiles() {}

    /** Removes OR-Tools folders in {@code temp} of dead processes, or unmarked and older than {@code cutoff}. */
    static int remove(Path temp, Instant cutoff) {
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && isStale(folder, cutoff) && ScratchFolder.delete(folder)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a folder we cannot read or remove stays.
        }
        return removed;
    }

    private static boolean isStale(Path folder, Instant cutoff) throws IOException {
        Optional<Long> owner = owner(folder);
        if (owner.isPresent()) {
            long pid = owner.get();
            return pid != ProcessHandle.current().pid()
                    && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff);
    }

    private static Optional<Long> owner(Path folder) {
        try {
            return Optional.of(
                    Long.parseLong(Files.readString(folder.resolve(MARKER)).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Marks the OR-Tools folders this process unpacked (made since it started, unmarked) as its own,
     * so the next start can remove them once this process is gone.
     */
    static void markOwn(Path temp, Instant started) {
        String pid = Long.toString(ProcessHandle.current().pid());
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : folders) {
                BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
                if (attributes.isDirectory()
                        && !attributes.creationTime().toInstant().isBefore(started.minusSeconds(1))
                        && owner(folder).isEmpty()) {
                    Files.writeString(folder.resolve(MARKER), pid);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unmarked, the folder is removed by age instead.
        }
    }
}
