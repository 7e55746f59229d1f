package jp.tsunagu.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * NFKC, the one normal form for what people type: full-width letters, digits and spaces become
 * half-width, half-width katakana full-width, ㈱ becomes (株). Null reads as empty.
 */
public final class Nfkc {
    private Nfkc() {}

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Most text already is NFKC; the check is cheaper than the conversion.
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** NFKC and trimmed: a typed number, date or choice. */
    public static String stripped(String text) {
        return of(text).strip();
    }

    /** NFKC, lower case, without any white space: for comparing, never for showing. */
    public static String compact(String text) {
        String s = of(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
