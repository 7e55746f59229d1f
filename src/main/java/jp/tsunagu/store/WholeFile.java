package jp.tsunagu.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes a file the user asked for (an export, a PDF) whole or not at all, readable by the user
 * only. It is written in the app's own scratch folder (so a kill half-way leaves personal data
 * only where the next start removes it, never as a hidden file beside the target) and then moved
 * into place; where the target is on another disk, the finished file is copied beside it first
 * and renamed, so a failure never replaces a good file with a broken one.
 */
public final class WholeFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {}

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder");
        }
        Path part = newPrivateFile(ScratchFolder.current(), absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            moveInto(part, absolute);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void moveInto(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (AtomicMoveNotSupportedException e) {
            // Another disk: copy beside the target, then rename there.
        }
        Path beside = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(part, beside);
            Private.restrict(beside);
            try {
                Files.move(beside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(beside, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(beside);
        }
    }

    /** Creates a new empty file readable by the user only (where the system has such permissions). */
    public static Path newPrivateFile(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        if (Private.posix(folder)) {
            return Files.createFile(
                    file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
