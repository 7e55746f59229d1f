package jp.tsunagu.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * 五十音順, the one order of people on the screen and on paper: by reading, katakana and hiragana
 * alike, か and が side by side (voicing and small kana only break ties), as a Japanese dictionary
 * orders them. People without a reading come after everyone else, by name.
 *
 * <p>Hiragana code points already run in 五十音 order, so a key of plain hiragana does what a
 * Japanese Collator does here, without the Collator's start-up cost (several hundred milliseconds).
 */
public final class ReadingOrder {
    private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖ";
    private static final String LARGE = "あいうえおつやゆよわかけ";
    private static final String VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ";
    private static final String UNVOICED = "かきくけこさしすせそたちつてとはひふへほはひふへほう";

    private ReadingOrder() {}

    /** The sort key of a person: those with a reading first; then the plain reading, the exact reading and the name. */
    public static String key(String reading, String name) {
        String kana = hiraganaWithoutSpaces(Nfkc.of(reading));
        // Letters (a reading written in rōmaji) compare without case at the first level, as a dictionary's do.
        return (kana.isEmpty() ? "1" : "0") + plain(kana.toLowerCase(Locale.ROOT)) + "\u0000" + kana + "\u0000"
                + (name == null ? "" : name);
    }

    /** Orders things by a reading and a name taken from each. */
    public static <T> Comparator<T> comparing(Function<T, String> reading, Function<T, String> name) {
        return Comparator.comparing(t -> key(reading.apply(t), name.apply(t)));
    }

    /** {@code items} sorted by {@code first}, then in 五十音順; each key is worked out once. */
    public static <T> List<T> sorted(
            List<T> items, Comparator<? super T> first, Function<T, String> reading, Function<T, String> name) {
        Map<T, String> keys = new HashMap<>();
        items.forEach(t -> keys.computeIfAbsent(t, x -> key(reading.apply(x), name.apply(x))));
        Comparator<T> byKey = Comparator.comparing(keys::get);
        return items.stream()
                .sorted(((Comparator<T>) first::compare).thenComparing(byKey))
                .toList();
    }

    private static String hiraganaWithoutSpaces(String s) {
        String kana = Kana.hiragana(s);
        StringBuilder out = new StringBuilder(kana.length());
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            if (c != ' ' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without voicing and with small kana made large: the first level of the dictionary order. */
    static String plain(String hiragana) {
        StringBuilder out = new StringBuilder(hiragana.length());
        for (int i = 0; i < hiragana.length(); i++) {
            char c = hiragana.charAt(i);
            int small = SMALL.indexOf(c);
            int voiced = VOICED.indexOf(c);
            out.append(small >= 0 ? LARGE.charAt(small) : voiced >= 0 ? UNVOICED.charAt(voiced) : c);
        }
        return out.toString();
    }
}
