package jp.tsunagu.registrant;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Whether the font the name cards are printed with can draw every character of a name: a
 * character it lacks (say 𠮷) would vanish from the card, so the import warns about it.
 */
public final class FontCoverage {

    public static final String PRINT_FONT = "/jp/tsunagu/fonts/BIZUDPGothic_400Regular.ttf";

    private Font font;

    // Loaded on first use, so that commands that never import do not pay for it.
    private synchronized Font font() {
        if (font != null) {
            return font;
        }
        try (InputStream in = FontCoverage.class.getResourceAsStream(PRINT_FONT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + PRINT_FONT);
            }
            font = Font.createFont(Font.TRUETYPE_FONT, in);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first character the font cannot draw, or empty when it draws them all. */
    public Optional<String> missing(String text) {
        int at = font().canDisplayUpTo(text);
        return at < 0 ? Optional.empty() : Optional.of(new String(Character.toChars(text.codePointAt(at))));
    }
}
