package jp.tsunagu.ui.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * For looking at a page: with {@code -Dui.shots=DIR} a window test saves PNG snapshots there, and
 * with {@code -Dui.size=WxH} it sizes the window first (1366x768, 1600x1000). Without them, nothing.
 */
public final class Shots {
    private Shots() {}

    /** With {@code -Dui.lang=en} (or {@code UI_LANG=en}) the window speaks English (as the ⚙ setting makes it); the messages it uses. */
    public static jp.tsunagu.i18n.Messages language(jp.tsunagu.Tsunagu app) {
        String lang = lang();
        if (lang != null) {
            jp.tsunagu.ui.Language.choose(app.settings(), java.util.Locale.forLanguageTag(lang));
        }
        return jp.tsunagu.ui.Language.chosen(app.settings());
    }

    /** From {@code -Dui.lang} or the environment's {@code UI_LANG} (which reaches a forked test JVM for sure). */
    private static String lang() {
        return System.getProperty("ui.lang", System.getenv("UI_LANG"));
    }

    public static void size(FxRobot robot, Stage stage) {
        String size = System.getProperty("ui.size");
        if (size != null) {
            String[] wh = size.split("x");
            robot.interact(() -> {
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
            });
        }
    }

    public static void take(FxRobot robot, Scene scene, String name) {
        String folder = System.getProperty("ui.shots");
        if (folder == null) {
            return;
        }
        robot.interact(() -> {
            try {
                Path dir = Files.createDirectories(Path.of(folder));
                String suffix = System.getProperty("ui.size", "default") + "-" + (lang() == null ? "default" : lang());
                ImageIO.write(
                        SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                        "png",
                        dir.resolve(name + "-" + suffix + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
