package jp.tsunagu.seating;

import com.google.ortools.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import jp.tsunagu.store.DataFolder;
import jp.tsunagu.store.ScratchFolder;

/**
 * Loads OR-Tools' native libraries from a folder kept between runs. {@link Loader#loadNativeLibraries()} unpacks
 * about 69 MB into a new temp folder at every start, which was most of a command-line {@code assign} (issue 12's
 * 1 s budget). Here they are unpacked once per OR-Tools version into {@code solver/<platform>-<version>} of the
 * user's data folder (never the shared temp folder, where another user could plant a library), marked complete only
 * after every file is written, and loaded from there afterwards. Windows, or anything unexpected, falls back to
 * OR-Tools' own loader.
 */
final class SolverLibrary {
    private static final String COMPLETE = ".complete";

    private SolverLibrary() {}

    /** Loads the libraries; false when they must be loaded by OR-Tools' own loader instead. */
    static boolean loadKept() {
        try {
            return loadKept(DataFolder.defaultStore().getParent().resolve("solver"));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            return false;
        }
    }

    static boolean loadKept(Path root) throws IOException {
        Optional<Path> kept = keep(root);
        if (kept.isEmpty()) {
            return false;
        }
        System.load(kept.get()
                .resolve(System.mapLibraryName("jniortools"))
                .toAbsolutePath()
                .toString());
        return true;
    }

    /** The folder holding the libraries, unpacked into {@code root} if not there yet; empty where not kept. */
    static Optional<Path> keep(Path root) throws IOException {
        if (com.sun.jna.Platform.isWindows()) {
            return Optional.empty(); // several DLLs in an order only OR-Tools' loader knows
        }
        String resource = "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX;
        Optional<String> version = version(resource);
        URL url = Loader.class.getClassLoader().getResource(resource);
        if (version.isEmpty() || url == null) {
            return Optional.empty();
        }
        Path kept = root.resolve(resource + "-" + version.get());
        if (!Files.exists(kept.resolve(COMPLETE))) {
            unpack(url, root, kept);
        }
        return Optional.of(kept);
    }

    private static Optional<String> version(String resource) throws IOException {
        String path = "META-INF/maven/com.google.ortools/" + resource + "/pom.properties";
        try (InputStream in = Loader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version")).filter(v -> v.matches("[0-9A-Za-z.\\-]+"));
        }
    }

    /** Unpacks into a folder of its own, then moves it into place whole: a run killed half-way leaves no half. */
    private static void unpack(URL url, Path root, Path kept) throws IOException {
        Files.createDirectories(root);
        Path part = Files.createTempDirectory(root, kept.getFileName() + ".part");
        try {
            URI uri = URI.create(url.toString());
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    copy(jar.provider().getPath(uri), part);
                } finally {
                    if (opened) {
                        jar.close();
                    }
                }
            } else {
                copy(Path.of(uri), part);
            }
            Files.writeString(part.resolve(COMPLETE), "");
            try {
                Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another run put its copy in place first: use that one.
                if (!Files.exists(kept.resolve(COMPLETE))) {
                    throw e;
                }
            }
        } finally {
            if (Files.exists(part)) {
                ScratchFolder.delete(part);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isDirectory(file)) {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                }
            }
        }
    }
}
