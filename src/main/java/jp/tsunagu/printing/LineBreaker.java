package jp.tsunagu.printing;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Breaks text into lines no wider than a measure, measuring each piece with the font. Japanese may break between any
 * two characters, except before closing punctuation and small kana or after an opening bracket (禁則); Latin words and
 * numbers break only at spaces unless a single word is wider than the line.
 *
 * <p>The pieces are measured once at 1 pt; widths grow with the size, so trying several sizes costs only arithmetic.
 */
final class LineBreaker {
    private static final String NO_LINE_START = "、。，．,.)）」』】〕〉》]｝!！?？・ー～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ:：;；%％";
    private static final String NO_LINE_END = "(（「『【〔〈《[｛";

    /** One piece that stays together, with its width at 1 pt, with and without its trailing spaces. */
    private record Unit(String text, double widthMm, double inkWidthMm) {}

    private final BaseFont font;
    private final List<List<Unit>> paragraphs = new ArrayList<>();

    LineBreaker(BaseFont font, String text) {
        this.font = font;
        for (String paragraph : text.split("\n", -1)) {
            List<Unit> units = new ArrayList<>();
            for (String unit : units(paragraph)) {
                units.add(new Unit(
                        unit, TextFit.widthMm(font, unit, 1f), TextFit.widthMm(font, unit.stripTrailing(), 1f)));
            }
            paragraphs.add(units);
        }
    }

    static List<String> lines(String text, BaseFont font, float size, double widthMm) {
        return new LineBreaker(font, text).lines(size, widthMm);
    }

    List<String> lines(float size, double widthMm) {
        double measure = widthMm / size; // the line's width in 1 pt units
        List<String> out = new ArrayList<>();
        for (List<Unit> paragraph : paragraphs) {
            breakParagraph(paragraph, size, measure, widthMm, out);
        }
        return out;
    }

    private void breakParagraph(List<Unit> units, float size, double measure, double widthMm, List<String> out) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0; // with trailing spaces, at 1 pt
        for (Unit unit : units) {
            if (line.isEmpty() && unit.text().isBlank()) {
                continue; // no line starts with a space
            }
            if (lineWidth + unit.inkWidthMm() <= measure + 1e-9) {
                line.append(unit.text());
                lineWidth += unit.widthMm();
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString().strip());
                line.setLength(0);
                lineWidth = 0;
            }
            String rest = unit.text().stripLeading();
            // A unit wider than the whole line (a long URL, a long Latin word) is cut where it must be.
            while (!rest.isBlank() && TextFit.widthMm(font, rest.stripTrailing(), size) > widthMm) {
                int cut = longestPrefix(rest, size, widthMm);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = TextFit.widthMm(font, rest, 1f);
        }
        if (!line.isEmpty() || out.isEmpty() || units.isEmpty()) {
            out.add(line.toString().strip());
        }
    }

    /** The longest prefix that fits, at least one character so that breaking always makes progress. */
    private int longestPrefix(String s, float size, double widthMm) {
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
            boolean latin = cp < 0x3000 && !Character.isWhitespace(cp) && NO_LINE_START.indexOf(cp) < 0;
            boolean glue = !unit.isEmpty()
                    && (NO_LINE_START.indexOf(cp) >= 0
                            || endsWithOpening(unit)
                            || (latin && endsWithLatin(unit))
                            || Character.isWhitespace(cp));
            if (!unit.isEmpty() && !glue) {
                units.add(unit.toString());
                unit.setLength(0);
            }
            unit.appendCodePoint(cp);
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
