package jp.tsunagu.printing;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * 五十音順: people ordered by their reading, katakana and hiragana treated alike. People without a reading (hosts
 * entered by hand, for example) come after everyone else, by name.
 */
final class ReadingOrder {
    private ReadingOrder() {}

    private static final Collator JAPANESE = Collator.getInstance(Locale.JAPANESE);

    static final Comparator<PrintablePerson> BY_READING = (a, b) -> {
        String ra = hiragana(a.reading());
        String rb = hiragana(b.reading());
        if (ra.isEmpty() != rb.isEmpty()) {
            return ra.isEmpty() ? 1 : -1;
        }
        int c = compare(ra, rb);
        return c != 0 ? c : compare(a.name(), b.name());
    };

    private static synchronized int compare(String a, String b) {
        return JAPANESE.compare(a, b); // Collator is not thread-safe
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
}
