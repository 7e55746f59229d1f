package jp.tsunagu.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The bundled BIZ UDPGothic, loaded once at start-up so Japanese renders the same on any machine,
 * even one with no Japanese fonts. The stylesheet names the family for the whole window.
 *
 * <p>Noto Sans JP (bundled for print, decision 0031) is loaded too, and only loaded: JavaFX draws a
 * character the window's font lacks (𠮷 of 𠮷田, some variants used in names) from the fonts the
 * application loaded before it asks the system's, so such a name shows whole on every page instead
 * of as a box, with no other change (decision 0021). Its bold is not loaded: a bold label draws
 * such a character in the regular weight, which saves a second file at start-up.
 */
public final class Fonts {
    public static final String FAMILY = "BIZ UDPGothic";
    /** The family drawn where BIZ UDPGothic has no glyph. */
    public static final String FALLBACK_FAMILY = "Noto Sans JP";

    private static volatile boolean loaded;

    private Fonts() {}

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file :
                new String[] {"BIZUDPGothic_400Regular.ttf", "BIZUDPGothic_700Bold.ttf", "NotoSansJP_400Regular.ttf"}) {
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
