package jp.tsunagu.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Finds what the window shows cut short: every visible {@link Labeled} whose drawn text is not its
 * whole text (JavaFX draws "…" in its place). Table cells are left out: a column can be widened,
 * and a row's whole text is one double-click away.
 */
public final class Truncations {
    private Truncations() {}

    /** One line per label cut short, in every window showing: its id or class, its text, what is drawn. */
    public static List<String> in(List<Window> windows) {
        List<String> found = new ArrayList<>();
        for (Window window : windows) {
            if (window.isShowing() && window.getScene() != null) {
                walk(window.getScene().getRoot(), found);
            }
        }
        return found;
    }

    public static List<String> everywhere() {
        return in(List.copyOf(Window.getWindows()));
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof TableCell<?, ?>)) {
            String whole = labeled.getText();
            if (whole != null && !whole.isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text drawn && drawn.isVisible() && !whole.equals(drawn.getText())) {
                        String shown = drawn.getText();
                        if (shown.contains("…") || shown.contains("...") || shown.isEmpty()) {
                            found.add(describe(labeled) + ": \"" + whole + "\" drawn as \"" + shown + "\"");
                        }
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static String describe(Labeled labeled) {
        return labeled.getId() != null
                ? "#" + labeled.getId()
                : labeled.getClass().getSimpleName() + labeled.getStyleClass();
    }

    /** Writes what the window shows to a PNG, to be looked at. */
    public static void screenshot(Window window, Path file) throws IOException {
        WritableImage image = window.getScene().snapshot(null);
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
