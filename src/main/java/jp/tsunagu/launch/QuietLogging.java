package jp.tsunagu.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import jp.tsunagu.store.DataFolder;
import jp.tsunagu.store.Private;

/**
 * Logging is quiet by default: nothing reaches the console (a secretariat member should see our
 * messages, not a library's), warnings and errors go to {@code tsunagu.log} beside the store in use,
 * and our own INFO lines too. All logging (SLF4J, Log4j API, JavaFX's System.Logger) ends up in
 * {@code java.util.logging}, configured here. The log holds no names, emails or phone numbers
 * ({@link PrivateLogFormat}). Also usable as {@code -Djava.util.logging.config.class}.
 */
public final class QuietLogging {
    public QuietLogging() {
        install(DataFolder.defaultStore());
    }

    /** Logs to {@code tsunagu.log} beside {@code store} (the store in use), readable by the user only. */
    public static void install(Path store) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        Logger.getLogger("jp.tsunagu").setLevel(Level.INFO);
        try {
            Path file = logFile(store).toAbsolutePath();
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                // Only the usual data folder is made here; a mistyped --data makes no folder.
                if (!store.toAbsolutePath().equals(DataFolder.defaultStore().toAbsolutePath())) {
                    return;
                }
                Files.createDirectories(folder);
            }
            Handler handler = new FileHandler(file.toString(), 1_000_000, 2, true);
            handler.setFormatter(new PrivateLogFormat());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            try (var logs = Files.newDirectoryStream(folder, file.getFileName() + "*")) {
                logs.forEach(Private::restrictQuietly);
            }
        } catch (IOException | RuntimeException e) {
            // No log file is better than a console full of noise; the app works the same.
        }
    }

    private static Path logFile(Path store) {
        String configured = System.getProperty("tsunagu.log");
        return configured != null ? Path.of(configured) : store.toAbsolutePath().resolveSibling("tsunagu.log");
    }
}
