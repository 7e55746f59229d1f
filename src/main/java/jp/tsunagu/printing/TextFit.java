package jp.tsunagu.printing;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/** Sizes text to its box by measuring it with the font; nothing is drawn outside the box. */
final class TextFit {
    private TextFit() {}

    static final double MM_PER_PT = 25.4 / 72;

    /** Japanese glyphs sit in the em box: about 0.88 of it above the baseline and 0.12 below. */
    static final double ASCENT = 0.88;

    static final double DESCENT = 0.12;

    private static final String ELLIPSIS = "…";

    /** Lines of text at one size, ready to draw. */
    record Lines(List<String> lines, float size, double leading, boolean shortened) {
        double lineHeightMm() {
            return size * leading * MM_PER_PT;
        }

        /** From the top of the first line's em box to the bottom of the last's. */
        double heightMm() {
            return TextFit.heightMm(lines.size(), size, leading);
        }
    }

    /** The width as drawn: characters the font lacks are measured in the fallback font they are drawn in. */
    static double widthMm(BaseFont font, String text, float size) {
        List<PrintFonts.Run> runs = PrintFonts.get().runs(font, text);
        if (runs.size() == 1) {
            return runs.getFirst().font().getWidthPoint(text, size) * MM_PER_PT;
        }
        double points = 0;
        for (PrintFonts.Run run : runs) {
            points += run.font().getWidthPoint(run.text(), size);
        }
        return points * MM_PER_PT;
    }

    static double heightMm(int lines, float size, double leading) {
        return lines == 0 ? 0 : size * (1 + (lines - 1) * leading) * MM_PER_PT;
    }

    /** The largest size up to {@code maxSize} at which one line fits the box: long names shrink, never cut. */
    static float oneLine(BaseFont font, String text, float maxSize, Box box) {
        float byHeight = (float) (box.height() / MM_PER_PT);
        double widthAtOne = widthMm(font, text, 1f);
        float byWidth = widthAtOne <= 0 ? maxSize : (float) (box.width() / widthAtOne);
        return Math.max(0.1f, Math.min(maxSize, Math.min(byHeight, byWidth)));
    }

    /**
     * Wraps text into the box, trying sizes from {@code maxSize} down to {@code minSize} in half points. At the
     * smallest size, what still does not fit is shortened with an ellipsis (and {@code shortened} says so).
     */
    static Lines wrap(BaseFont font, String text, float maxSize, float minSize, double leading, Box box, int maxLines) {
        int limit = maxLines <= 0 ? Integer.MAX_VALUE : maxLines;
        LineBreaker breaker = new LineBreaker(font, text);
        for (float size = maxSize; size >= minSize; size -= 0.5f) {
            List<String> lines = breaker.lines(size, box.width());
            if (lines.size() <= limit && heightMm(lines.size(), size, leading) <= box.height()) {
                // A heading or a name in two lines reads better broken at 、 or ・, even a little smaller, and
                // evened out; running text (no line limit) fills its lines instead.
                boolean heading = maxLines > 0;
                // One line a little smaller beats two lines.
                for (float smaller = size - 0.5f;
                        heading && lines.size() == 2 && smaller >= Math.max(minSize, size * 0.85f);
                        smaller -= 0.5f) {
                    List<String> one = breaker.lines(smaller, box.width());
                    if (one.size() == 1) {
                        return new Lines(one, smaller, leading, false);
                    }
                }
                for (float smaller = size;
                        heading && lines.size() == 2 && smaller >= Math.max(minSize, size * 0.85f);
                        smaller -= 0.5f) {
                    List<String> phrased = atPhrase(font, text, smaller, box.width());
                    if (phrased != null) {
                        return new Lines(phrased, smaller, leading, false);
                    }
                }
                List<String> kept = heading ? balanced(breaker, font, text, size, box.width(), lines) : lines;
                return new Lines(kept, size, leading, false);
            }
        }
        float size = Math.min(minSize, (float) (box.height() / MM_PER_PT));
        List<String> all = breaker.lines(size, box.width());
        int fit = 1;
        while (fit < all.size() && fit < limit && heightMm(fit + 1, size, leading) <= box.height()) {
            fit++;
        }
        if (fit >= all.size()) {
            return new Lines(all, size, leading, false);
        }
        List<String> kept = new ArrayList<>(all.subList(0, fit));
        kept.set(fit - 1, ellipsize(font, kept.get(fit - 1), size, box.width()));
        return new Lines(kept, size, leading, true);
    }

    /**
     * The same number of lines with their lengths evened out, so that a heading never leaves one character alone on
     * its last line: the narrowest measure that still needs no more lines.
     */
    private static List<String> balanced(
            LineBreaker breaker, BaseFont font, String text, float size, double widthMm, List<String> lines) {
        if (lines.size() < 2 || text.indexOf('\n') >= 0) {
            return lines;
        }
        List<String> even = evened(breaker, size, widthMm, lines);
        if (even.size() == 2) {
            List<String> phrased = atPhrase(font, text, size, widthMm);
            if (phrased != null && widest(font, phrased, size) <= 1.3 * widest(font, even, size)) {
                return phrased;
            }
        }
        return even;
    }

    /** Two lines split after 、・ or a space, where Japanese readers expect a break, when such a split fits. */
    private static List<String> atPhrase(BaseFont font, String text, float size, double widthMm) {
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        for (int i = 1; i < text.length() - 1; i++) {
            if ("、，・ 　".indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            List<String> two =
                    List.of(text.substring(0, i).strip(), text.substring(i).strip());
            double w = widest(font, two, size);
            if (w <= widthMm
                    && w < bestWidth
                    && !two.get(0).isEmpty()
                    && !two.get(1).isEmpty()) {
                best = two;
                bestWidth = w;
            }
        }
        return best;
    }

    private static double widest(BaseFont font, List<String> lines, float size) {
        return lines.stream().mapToDouble(l -> widthMm(font, l, size)).max().orElse(0);
    }

    private static List<String> evened(LineBreaker breaker, float size, double widthMm, List<String> lines) {
        double low = widthMm / lines.size();
        double high = widthMm;
        List<String> best = lines;
        for (int i = 0; i < 12 && high - low > 0.5; i++) {
            double mid = (low + high) / 2;
            List<String> trial = breaker.lines(size, mid);
            if (trial.size() <= lines.size()) {
                best = trial;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static String ellipsize(BaseFont font, String line, float size, double widthMm) {
        String s = line;
        while (!s.isEmpty() && widthMm(font, s + ELLIPSIS, size) > widthMm) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s + ELLIPSIS;
    }

    /**
     * A person's name: one line at the largest size that fits down to {@code maxSize * 0.9}; otherwise two lines
     * broken at a space or 「・」 (never inside a word) before shrinking further; never below {@code minSize} unless
     * one unbreakable word is wider than the box, and then only as small as it must be. Never cut.
     *
     * @param tailAtOnePt width (mm at 1 pt) of what follows the last line (様), or 0
     */
    static Lines name(
            BaseFont font, String text, float maxSize, float minSize, double leading, Box box, double tailAtOnePt) {
        double oneAtOne = widthMm(font, text, 1f) + tailAtOnePt;
        List<List<String>> splits = wordSplits(text);
        for (float size = maxSize; size >= minSize; size -= 0.5f) {
            boolean oneFits = oneAtOne * size <= box.width() && heightMm(1, size, leading) <= box.height();
            if (oneFits && (size >= maxSize * 0.9f || splits.isEmpty())) {
                return new Lines(List.of(text), size, leading, false);
            }
            List<String> two = bestSplit(font, splits, size, box.width(), tailAtOnePt);
            if (two != null && heightMm(2, size, leading) <= box.height()) {
                return new Lines(two, size, leading, false);
            }
            if (oneFits) {
                return new Lines(List.of(text), size, leading, false);
            }
        }
        // Not even the smallest size fits: whichever of one line or the best split is larger, however small.
        float one = (float) Math.min(box.width() / oneAtOne, box.height() / MM_PER_PT);
        List<String> best = null;
        float bestSize = one;
        for (List<String> two : splits) {
            double widest = Math.max(widthMm(font, two.get(0), 1f), widthMm(font, two.get(1), 1f) + tailAtOnePt);
            float size = (float) Math.min(box.width() / widest, box.height() / (heightMm(2, 1f, leading)));
            if (size > bestSize) {
                bestSize = size;
                best = two;
            }
        }
        float size = Math.max(0.1f, Math.min(maxSize, bestSize));
        return new Lines(best == null ? List.of(text) : best, size, leading, false);
    }

    /** Every way to break a name in two at a space or 「・」 (the 「・」 stays at the end of the first line). */
    static List<List<String>> wordSplits(String text) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            String first = null;
            String second = null;
            if (c == ' ' || c == '\u3000') {
                first = text.substring(0, i).strip();
                second = text.substring(i + 1).strip();
            } else if (c == '・' || c == '･') {
                first = text.substring(0, i + 1).strip();
                second = text.substring(i + 1).strip();
            }
            if (first != null && !first.isEmpty() && !second.isEmpty()) {
                out.add(List.of(first, second));
            }
        }
        return out;
    }

    private static List<String> bestSplit(
            BaseFont font, List<List<String>> splits, float size, double widthMm, double tailAtOnePt) {
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        for (List<String> two : splits) {
            double w = Math.max(widthMm(font, two.get(0), size), widthMm(font, two.get(1), size) + tailAtOnePt * size);
            if (w <= widthMm && w < bestWidth) {
                best = two;
                bestWidth = w;
            }
        }
        return best;
    }
}
