package jp.tsunagu.printing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 五十音順: people ordered by their reading, katakana and hiragana treated alike, か and が side by side (voicing and
 * small kana only break ties), as a Japanese dictionary orders them. People without a reading (hosts entered by hand,
 * for example) come after everyone else, by name.
 *
 * <p>Hiragana code points already run in 五十音 order, so a key of plain hiragana does what a Japanese Collator does
 * here, without the Collator's start-up cost (several hundred milliseconds on the first print).
 */
final class ReadingOrder {
    private ReadingOrder() {}

    static final Comparator<PrintablePerson> BY_READING = Comparator.comparing(ReadingOrder::key);

    /** The people in 五十音順, each key worked out once. */
    static List<PrintablePerson> sorted(List<PrintablePerson> people, Comparator<PrintablePerson> first) {
        Map<PrintablePerson, String> keys = new HashMap<>();
        people.forEach(p -> keys.computeIfAbsent(p, ReadingOrder::key));
        return people.stream().sorted(first.thenComparing(keys::get)).toList();
    }

    /** Those with a reading first; then the plain reading, the exact reading and the name. */
    static String key(PrintablePerson person) {
        String reading = hiragana(person.reading());
        return (reading.isEmpty() ? "1" : "0") + plain(reading) + "\u0000" + reading + "\u0000" + person.name();
    }

    /** Katakana to hiragana, spaces dropped, so that ヤマダ and やまだ sort together. */
    static String hiragana(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'ァ' && c <= 'ヶ') {
                out.append((char) (c - 0x60));
            } else if (c != ' ' && c != '　') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final String SMALL = "ぁぃぅぇぉっゃゅょゎゕゖ";
    private static final String LARGE = "あいうえおつやゆよわかけ";
    private static final String VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ";
    private static final String UNVOICED = "かきくけこさしすせそたちつてとはひふへほはひふへほう";

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
