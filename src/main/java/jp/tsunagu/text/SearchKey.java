package jp.tsunagu.text;

/**
 * What a search compares: NFKC, lower case, no spaces, katakana as hiragana. So "ﾔﾏﾀﾞ",
 * "やまだ" and "ヤマダ" find the same person, wherever the search box is.
 */
public final class SearchKey {
    private SearchKey() {}

    public static String of(String text) {
        return Kana.hiragana(Nfkc.compact(text));
    }

    /** Whether {@code text} contains the already-made key {@code query} (an empty query matches all). */
    public static boolean contains(String text, String query) {
        return query.isEmpty() || of(text).contains(query);
    }
}
