package jp.tsunagu.printing;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Breaks text into lines no wider than a measure, measuring each piece with the font. Japanese may break between any
 * two characters, except before closing punctuation and small kana or after an opening bracket (禁則); Latin words and
 * numbers break only at spaces unless a single word is wider than the line.
 */
final class LineBreaker {
    private LineBreaker() {}

    private static final String NO_LINE_START = "、。，．,.)）」』】〕〉》]｝!！?？・ー～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ:：;；%％";
    private static final String NO_LINE_END = "(（「『【〔〈《[｛";

    static List<String> lines(String text, BaseFont font, float size, double widthMm) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, font, size, widthMm, out);
        }
        return out;
    }

    private static void breakParagraph(String text, BaseFont font, float size, double widthMm, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (String unit : units(text)) {
            String candidate = line.isEmpty() ? unit.stripLeading() : line + unit;
            if (TextFit.widthMm(font, candidate.stripTrailing(), size) <= widthMm) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            String rest = unit.stripLeading(); // keep the trailing space: it separates this word from the next
            // A unit wider than the whole line (a long URL, a long Latin word) is cut where it must be.
            while (!rest.isBlank() && TextFit.widthMm(font, rest.stripTrailing(), size) > widthMm) {
                int cut = longestPrefix(rest, font, size, widthMm);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString().strip());
        }
    }

    /** The longest prefix that fits, at least one character so that breaking always makes progress. */
    private static int longestPrefix(String s, BaseFont font, float size, double widthMm) {
        int cut = s.offsetByCodePoints(0, 1);
        while (cut < s.length()) {
            int next = s.offsetByCodePoints(cut, 1);
            if (TextFit.widthMm(font, s.substring(0, next), size) > widthMm) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** Pieces that stay together: a Latin word with its trailing space, or one Japanese character with its 禁則 neighbours. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean latin = cp < 0x3000 && !Character.isWhitespace(cp) && NO_LINE_START.indexOf(cp) < 0;
            boolean glue = !unit.isEmpty()
                    && (NO_LINE_START.contains(ch)
                            || endsWithOpening(unit)
                            || (latin && endsWithLatin(unit))
                            || Character.isWhitespace(cp));
            if (!unit.isEmpty() && !glue) {
                units.add(unit.toString());
                unit.setLength(0);
            }
            unit.append(ch);
            i += Character.charCount(cp);
        }
        if (!unit.isEmpty()) {
            units.add(unit.toString());
        }
        return units;
    }

    private static boolean endsWithOpening(StringBuilder unit) {
        return NO_LINE_END.indexOf(unit.charAt(unit.length() - 1)) >= 0;
    }

    private static boolean endsWithLatin(StringBuilder unit) {
        char last = unit.charAt(unit.length() - 1);
        return last < 0x3000 && !Character.isWhitespace(last);
    }
}
