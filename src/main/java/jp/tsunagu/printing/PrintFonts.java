package jp.tsunagu.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled BIZ UDPGothic, regular and bold, with Noto Sans JP (regular and bold) as the fallback for the characters
 * BIZ UDPGothic lacks (𠮷 and other rarer kanji): a character is drawn from the fallback only where the main font has
 * no glyph for it, so the fallback is read, and its subset embedded, only when a document needs it.
 *
 * <p>BIZ UDPGothic, embedded in every PDF as a subset (Identity-H). The font files are 4.5
 * MB each and parsing them takes a while, so they are read once per process and the parsed fonts shared: a BaseFont
 * only measures and names glyphs; which glyphs a document used is kept by that document's writer.
 */
final class PrintFonts {
    private static final String DIR = "/jp/tsunagu/fonts/";

    private final BaseFont regular;
    private final BaseFont bold;
    private volatile BaseFont fallbackRegular;
    private volatile BaseFont fallbackBold;

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

    /** The fallback of the same weight as {@code font}, read on first use. */
    BaseFont fallbackFor(BaseFont font) {
        if (font == bold) {
            BaseFont f = fallbackBold;
            if (f == null) {
                synchronized (this) {
                    if (fallbackBold == null) {
                        fallbackBold = load("NotoSansJP-Bold.ttf", "NotoSansJP_700Bold.ttf");
                    }
                    f = fallbackBold;
                }
            }
            return f;
        }
        BaseFont f = fallbackRegular;
        if (f == null) {
            synchronized (this) {
                if (fallbackRegular == null) {
                    fallbackRegular = load("NotoSansJP-Regular.ttf", "NotoSansJP_400Regular.ttf");
                }
                f = fallbackRegular;
            }
        }
        return f;
    }

    /** Whether a character needs no glyph (a space, a line break) or the main font has one. */
    static boolean drawsItself(BaseFont font, int codePoint) {
        return codePoint < 0x21 || font.charExists(codePoint);
    }

    /**
     * The characters of {@code text} that no bundled font can draw, each once, in order; empty when all can be drawn.
     */
    String missing(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (!drawsItself(regular, cp) && !fallbackFor(regular).charExists(cp)) {
                String ch = new String(Character.toChars(cp));
                if (out.indexOf(ch) < 0 && !Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                    out.append(ch);
                }
            }
        });
        return out.toString();
    }

    /** A piece of text with the font it is drawn in. */
    record Run(String text, BaseFont font) {}

    /**
     * The text cut where the font changes: runs of what {@code font} draws, and runs of what only the fallback draws.
     * Most text is one run, found without allocating.
     */
    java.util.List<Run> runs(BaseFont font, String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!drawsItself(font, cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == text.length()) {
            return java.util.List.of(new Run(text, font));
        }
        BaseFont fallback = fallbackFor(font);
        java.util.List<Run> runs = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder(text.substring(0, i));
        BaseFont currentFont = font;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            BaseFont wanted = drawsItself(font, cp) || !fallback.charExists(cp) ? font : fallback;
            if (wanted != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = wanted;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
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
