package jp.tsunagu.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The bundled BIZ UDPGothic, loaded once at start-up so Japanese renders the same on any machine,
 * even one with no Japanese fonts. The stylesheet names the family for the whole window.
 */
public final class Fonts {
    public static final String FAMILY = "BIZ UDPGothic";
    private static volatile boolean loaded;

    private Fonts() {}

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"BIZUDPGothic_400Regular.ttf", "BIZUDPGothic_700Bold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/jp/tsunagu/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("The bundled font " + file + " could not be loaded");
                }
            } catch (IOException e) {
                throw new IllegalStateException("The bundled font " + file + " could not be read", e);
            }
        }
        loaded = true;
    }
}
