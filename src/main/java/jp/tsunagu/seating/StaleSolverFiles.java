package jp.tsunagu.seating;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * OR-Tools unpacks about 69 MB of native libraries into a new temp folder at every start and
 * leaves it behind when the app is killed. Folders of earlier runs are removed before loading.
 * Removing a folder that another running copy still uses is harmless: its libraries are loaded
 * already (and on Windows they are locked, so the removal just fails).
 */
final class StaleSolverFiles {
    private static final String PREFIX = "ortools-java";

    private StaleSolverFiles() {}

    /** Removes OR-Tools temp folders in {@code temp} last changed before {@code cutoff}; best effort. */
    static int remove(Path temp, Instant cutoff) {
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder)
                        && Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)
                        && delete(folder)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a folder we cannot read or remove stays.
        }
        return removed;
    }

    private static boolean delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
