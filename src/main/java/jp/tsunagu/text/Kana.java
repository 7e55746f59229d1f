package jp.tsunagu.text;

/** Katakana and hiragana as one: a reading is kept and compared in hiragana. */
public final class Kana {
    private Kana() {}

    /** Katakana ァ..ヶ as hiragana ぁ..ゖ (a fixed distance apart); ー and everything else unchanged. */
    public static String hiragana(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
