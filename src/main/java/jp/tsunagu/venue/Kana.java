package jp.tsunagu.venue;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the desk's search compares it: width and case folded, katakana as hiragana, no spaces. */
final class Kana {
    private Kana() {}

    static String searchKey(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char ch = normal.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '・') {
                continue;
            }
            // Katakana ァ..ヶ sit 0x60 above their hiragana.
            key.append(ch >= '\u30A1' && ch <= '\u30F6' ? (char) (ch - 0x60) : ch);
        }
        return key.toString();
    }
}
