package jp.tsunagu.registrant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Optional;

/**
 * Whether the font the name cards are printed with can draw every character of a name: a
 * character it lacks (say 𠮷) would vanish from the card, so the import warns about it.
 *
 * <p>Reads the font's character map ({@code cmap}, format 12 or else 4) directly rather than through
 * java.awt: the same answer without starting the desktop font machinery in a command-line import.
 */
public final class FontCoverage {

    public static final String PRINT_FONT = "/jp/tsunagu/fonts/BIZUDPGothic_400Regular.ttf";

    /** What printing draws a character from when the print font lacks it (𠮷): read only when needed. */
    public static final String FALLBACK_FONT = "/jp/tsunagu/fonts/NotoSansJP_400Regular.ttf";

    private BitSet covered;
    private BitSet fallback;

    // Read on first use, so that commands that never import do not pay for it.
    private synchronized BitSet covered() {
        if (covered == null) {
            try (InputStream in = FontCoverage.class.getResourceAsStream(PRINT_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + PRINT_FONT);
                }
                covered = characterMap(ByteBuffer.wrap(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return covered;
    }

    private synchronized BitSet fallback() {
        if (fallback == null) {
            try (InputStream in = FontCoverage.class.getResourceAsStream(FALLBACK_FONT)) {
                fallback = in == null ? new BitSet() : characterMap(ByteBuffer.wrap(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    /** The first character no bundled font can draw, or empty when they draw them all. */
    public Optional<String> missing(String text) {
        BitSet map = covered();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // Spaces and controls are layout, not glyphs a card needs.
            if (!Character.isWhitespace(cp)
                    && !Character.isISOControl(cp)
                    && !map.get(cp)
                    && !fallback().get(cp)) {
                return Optional.of(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** The code points the font maps to a real glyph (not glyph 0, .notdef). */
    static BitSet characterMap(ByteBuffer font) {
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(
                    new byte[] {font.get(entry), font.get(entry + 1), font.get(entry + 2), font.get(entry + 3)},
                    java.nio.charset.StandardCharsets.US_ASCII);
            if (tag.equals("cmap")) {
                return cmap(font, font.getInt(entry + 8));
            }
        }
        throw new IllegalStateException("font without cmap");
    }

    private static BitSet cmap(ByteBuffer f, int cmap) {
        int subtables = f.getShort(cmap + 2) & 0xFFFF;
        int format4 = -1;
        for (int i = 0; i < subtables; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = f.getShort(rec) & 0xFFFF;
            int encoding = f.getShort(rec + 2) & 0xFFFF;
            int offset = cmap + f.getInt(rec + 4);
            int format = f.getShort(offset) & 0xFFFF;
            if (format == 12 && (platform == 3 && encoding == 10 || platform == 0)) {
                return format12(f, offset);
            }
            if (format == 4 && format4 < 0 && (platform == 3 && encoding == 1 || platform == 0)) {
                format4 = offset;
            }
        }
        if (format4 < 0) {
            throw new IllegalStateException("font without a Unicode cmap");
        }
        return format4(f, format4);
    }

    private static BitSet format12(ByteBuffer f, int at) {
        BitSet set = new BitSet(0x30000);
        long groups = f.getInt(at + 12) & 0xFFFFFFFFL;
        for (long g = 0; g < groups; g++) {
            int rec = (int) (at + 16 + 12 * g);
            int start = f.getInt(rec);
            int end = f.getInt(rec + 4);
            int glyph = f.getInt(rec + 8);
            for (int cp = start; cp <= end; cp++) {
                if (glyph + (cp - start) != 0) {
                    set.set(cp);
                }
            }
        }
        return set;
    }

    private static BitSet format4(ByteBuffer f, int at) {
        BitSet set = new BitSet(0x10000);
        int segments = (f.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int ranges = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = f.getShort(ends + 2 * s) & 0xFFFF;
            int start = f.getShort(starts + 2 * s) & 0xFFFF;
            int delta = f.getShort(deltas + 2 * s);
            int rangeAt = ranges + 2 * s;
            int range = f.getShort(rangeAt) & 0xFFFF;
            for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
                int glyph;
                if (range == 0) {
                    glyph = (cp + delta) & 0xFFFF;
                } else {
                    int index = f.getShort(rangeAt + range + 2 * (cp - start)) & 0xFFFF;
                    glyph = index == 0 ? 0 : (index + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    set.set(cp);
                }
            }
        }
        return set;
    }
}
