package jp.tsunagu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import jp.tsunagu.i18n.UserError;

/**
 * Copies of the store taken before a migration, next to it, named
 * {@code tsunagu.db.v1-20261123-151200.bak}. The last {@value #KEEP} are kept.
 */
public final class Backups {
    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {}

    static Path beforeMigration(Connection connection, Path file, int version) {
        Path backup = file.resolveSibling(
                file.getFileName() + ".v" + version + "-" + LocalDateTime.now().format(STAMP) + ".bak");
        // VACUUM INTO writes a consistent, compact copy even with a WAL beside the file.
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new UserError(e, "store.error.backup", backup, e.getMessage());
        }
        pruneOld(file);
        return backup;
    }

    /** The backups of {@code file}, oldest first. */
    public static List<Path> of(Path file) {
        String prefix = file.getFileName() + ".v";
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(".bak");
                    })
                    .sorted(java.util.Comparator.comparing((Path p) -> stamp(p, prefix))
                            .thenComparingInt(p -> version(p, prefix)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    // "tsunagu.db.v3-20261123-151200-123.bak" sorts by what follows the version.
    private static String stamp(Path backup, String prefix) {
        String rest = backup.getFileName().toString().substring(prefix.length());
        return rest.substring(rest.indexOf('-') + 1);
    }

    private static int version(Path backup, String prefix) {
        String rest = backup.getFileName().toString().substring(prefix.length());
        try {
            return Integer.parseInt(rest.substring(0, rest.indexOf('-')));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static void pruneOld(Path file) {
        List<Path> backups = of(file);
        for (Path old : backups.subList(0, Math.max(0, backups.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // An old backup we cannot delete does no harm; the next migration tries again.
            }
        }
    }
}
