package jp.tsunagu.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled BIZ UDPGothic, regular and bold, embedded in every PDF as a subset (Identity-H). The font files are 4.5
 * MB each and parsing them takes a while, so they are read once per process and the parsed fonts shared: a BaseFont
 * only measures and names glyphs; which glyphs a document used is kept by that document's writer.
 */
final class PrintFonts {
    private static final String DIR = "/jp/tsunagu/fonts/";

    private final BaseFont regular;
    private final BaseFont bold;

    private PrintFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loaded on first use, by the class-holder idiom (thread-safe, no locking afterwards). */
    private static final class Loaded {
        static final PrintFonts FONTS = loadBoth();
    }

    /** The two fonts are parsed side by side: on a two-core laptop that halves the wait for the first print. */
    private static PrintFonts loadBoth() {
        CompletableFuture<BaseFont> bold =
                CompletableFuture.supplyAsync(() -> load("BIZUDPGothic-Bold.ttf", "BIZUDPGothic_700Bold.ttf"));
        BaseFont regular = load("BIZUDPGothic-Regular.ttf", "BIZUDPGothic_400Regular.ttf");
        return new PrintFonts(regular, bold.join());
    }

    static PrintFonts get() {
        return Loaded.FONTS;
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    private static BaseFont load(String name, String file) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + DIR + file);
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
