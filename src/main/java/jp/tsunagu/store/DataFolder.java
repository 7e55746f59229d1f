package jp.tsunagu.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the store lives unless {@code --data} says otherwise (cli.md). */
public final class DataFolder {
    public static final String STORE_FILE = "tsunagu.db";

    private DataFolder() {}

    public static Path defaultStore() {
        return folder(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(STORE_FILE);
    }

    static Path folder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Tsunagu");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Tsunagu");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : home.resolve(".local").resolve("share"))
                .resolve("tsunagu");
    }
}
