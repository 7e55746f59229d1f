package jp.tsunagu.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the app's own temporary files go (export halves, spreadsheet parts): a folder per running
 * process inside the data folder, {@code tmp/<pid>}, readable by the user only. Files there may
 * hold names and emails, so they never go to the system's shared temp folder; the folder of a
 * process that is no longer running is removed at the next start, whatever its age
 * (docs/decisions/0030).
 */
public final class ScratchFolder {
    static final String NAME = "tmp";
    static final String NATIVE = "tsunagu-native-";

    private static volatile Path dataFolder;

    private ScratchFolder() {}

    /** Uses the folder of the store in use from now on, and removes what dead runs left there. */
    public static void useBeside(Path storeFile) {
        Path folder = storeFile.toAbsolutePath().getParent();
        if (folder != null && !folder.equals(dataFolder)) {
            dataFolder = folder;
            removeLeftovers(folder.resolve(NAME));
        }
    }

    /**
     * The SQLite driver copies its native library into a temp folder at its first use and leaves
     * it there when killed. It gets a folder of this process in the system's temp folder
     * ({@code tsunagu-native-<pid>}: no personal data, and no folder is made beside a file the
     * user named before it is known to be a store); those of processes no longer running are
     * removed here, whatever their age.
     */
    public static synchronized void keepSqliteLibraryApart() {
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        try {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, NATIVE + "*")) {
                for (Path folder : folders) {
                    if (!isRunning(folder.getFileName().toString().substring(NATIVE.length()))) {
                        delete(folder);
                    }
                }
            }
            Path mine = temp.resolve(NATIVE + ProcessHandle.current().pid());
            createPrivateFolders(mine);
            System.setProperty("org.sqlite.tmpdir", mine.toString());
        } catch (IOException | RuntimeException e) {
            // The driver then uses the system's temp folder itself, as before.
        }
    }

    /** This process's scratch folder, created (user only) when first asked for. */
    public static Path current() throws IOException {
        Path data = dataFolder;
        if (data == null) {
            data = DataFolder.defaultStore().getParent();
            dataFolder = data;
        }
        Path mine =
                data.resolve(NAME).resolve(Long.toString(ProcessHandle.current().pid()));
        createPrivateFolders(mine);
        return mine;
    }

    /** Creates {@code folder} and any missing parents, each readable by the user only where the system allows. */
    static void createPrivateFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createPrivateFolders(parent);
        }
        try {
            if (Private.posix(parent == null ? absolute : parent)) {
                Files.createDirectory(
                        absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** Removes the scratch folders of processes that are no longer running; best effort. */
    static int removeLeftovers(Path scratch) {
        if (!Files.isDirectory(scratch)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(scratch)) {
            for (Path folder : folders) {
                if (!isRunning(folder.getFileName().toString()) && delete(folder)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: what cannot be read or removed now is tried again at the next start.
        }
        return removed;
    }

    /** Whether a folder named after a process id belongs to a process still running (not this one's ancestors' reuse). */
    static boolean isRunning(String name) {
        try {
            long pid = Long.parseLong(name);
            return pid == ProcessHandle.current().pid()
                    || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes a file or a folder with everything in it; false if something stayed. */
    public static boolean delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
