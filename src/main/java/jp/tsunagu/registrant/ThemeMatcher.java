package jp.tsunagu.registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.text.Nfkc;

/**
 * Matches what a form wrote for a theme choice to one of the event's themes: the full text, the
 * text with its number ({@code 1.空き家・跡地の新しい活用}, {@code ①空き家...}), the number alone, or a
 * short form ({@code 空き家}, {@code 食と循環}) that only one theme contains.
 */
public final class ThemeMatcher {

    private static final Pattern NUMBERED =
            Pattern.compile("^(?:テーマ|theme|第)?\\(?([0-9]{1,2})\\)?(?:番|テーマ)?(?:[.:)、,。\\-_ ]|$)(.*)$");
    // Google Forms joins checkbox answers with ", "; people also use other separators. Not 、:
    // theme names themselves contain it (子育て、教育から...).
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;/|\\n]|\\s{2,})\\s*");

    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\u3000・、。,.:;!?'\"()\\[\\]「」『』〜~\\-_/]");

    /** The result of reading one multi-select cell: themes in the order given, and what matched none. */
    public record Choices(List<Integer> themes, List<String> unmatched) {}

    private final List<ThemeRef> themes;
    private final List<String> keys;

    public ThemeMatcher(List<ThemeRef> themes) {
        this.themes = List.copyOf(themes);
        this.keys = themes.stream().map(t -> key(t.name())).toList();
    }

    public List<ThemeRef> themes() {
        return themes;
    }

    /** The theme number one cell names, or empty when it names none (or is ambiguous). */
    public OptionalInt match(String value) {
        String v = Nfkc.stripped(value).toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = NUMBERED.matcher(v);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String rest = key(m.group(2));
            if (themes.stream().anyMatch(t -> t.number() == n)) {
                // A number with text that names another theme is a mistake; trust neither.
                OptionalInt byText = rest.isEmpty() ? OptionalInt.empty() : byText(rest);
                if (byText.isEmpty() || byText.getAsInt() == n) {
                    return OptionalInt.of(n);
                }
                return OptionalInt.empty();
            }
        }
        return byText(key(v));
    }

    private OptionalInt byText(String k) {
        if (k.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(k)) {
                return OptionalInt.of(themes.get(i).number());
            }
        }
        int found = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).contains(k) || k.contains(keys.get(i))) {
                if (found >= 0) {
                    return OptionalInt.empty();
                }
                found = i;
            }
        }
        return found < 0
                ? OptionalInt.empty()
                : OptionalInt.of(themes.get(found).number());
    }

    /** A cell listing several themes in order of preference. */
    public Choices matchAll(String value) {
        List<Integer> found = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        String v = Nfkc.stripped(value);
        if (v.isEmpty()) {
            return new Choices(found, unmatched);
        }
        for (String piece : SEPARATORS.split(v)) {
            if (piece.isBlank()) {
                continue;
            }
            OptionalInt one = match(piece);
            if (one.isPresent()) {
                add(found, one.getAsInt());
                continue;
            }
            // "空き家、食と循環": people separate with 、 too, when no theme name explains it.
            boolean all = true;
            List<Integer> parts = new ArrayList<>();
            for (String sub : piece.split("、")) {
                OptionalInt s = match(sub);
                if (s.isEmpty()) {
                    all = false;
                    break;
                }
                parts.add(s.getAsInt());
            }
            if (all && !parts.isEmpty()) {
                parts.forEach(p -> add(found, p));
            } else {
                unmatched.add(piece.strip());
            }
        }
        return new Choices(found, unmatched);
    }

    private static void add(List<Integer> list, int n) {
        if (!list.contains(n)) {
            list.add(n);
        }
    }

    /** Theme text without spaces and punctuation, so 空き家・跡地 and 空き家 跡地 compare equal. */
    static String key(String text) {
        return Nfkc.of(text)
                .toLowerCase(Locale.ROOT)
                .transform(t -> PUNCTUATION.matcher(t).replaceAll(""));
    }
}
