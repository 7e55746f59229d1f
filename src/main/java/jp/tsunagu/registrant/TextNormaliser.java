package jp.tsunagu.registrant;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.tsunagu.sheet.FormulaGuard;
import jp.tsunagu.text.Kana;
import jp.tsunagu.text.Nfkc;

/**
 * How the import cleans what people typed: NFKC (full-width letters, digits, @ and spaces become
 * half-width, half-width katakana full-width), runs of spaces become one, ends trimmed; never so
 * that a value becomes a spreadsheet formula it was not as typed.
 */
public final class TextNormaliser {

    private static final Pattern RUNS_OF_DASHES = Pattern.compile("-{2,}");
    private static final Pattern END_DASHES = Pattern.compile("^-|-$");
    private static final Pattern LOST_ZERO = Pattern.compile("[1-9][0-9]{8,9}");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF70]");
    private static final Pattern EMAIL =
            Pattern.compile("^[a-z0-9._%+\\-!#$&'*/=?^`{|}~]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}$");

    private TextNormaliser() {}

    /** NFKC, one space between words, trimmed; line breaks inside free text are kept. */
    public static String text(String raw) {
        return collapse(raw, true);
    }

    /** A single-line value: like {@link #text} but line breaks become spaces. */
    public static String line(String raw) {
        return collapse(raw, false);
    }

    // One pass by hand rather than regular expressions: every cell of every row comes through here.
    private static String collapse(String raw, boolean keepLines) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Nfkc.of(raw);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && keepLines) {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                trimEnd(out);
                out.append('\n');
                space = false;
            } else if (lineBreak || Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                space = !out.isEmpty() && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        trimEnd(out);
        int start = 0;
        while (start < out.length() && out.charAt(start) == '\n') {
            start++;
        }
        return keepInert(raw, out.substring(start));
    }

    /**
     * Cleaning must not make a value live that was inert as typed (issue 14): a full-width ＝ that
     * NFKC turns into {@code =}, or a tab or space stripped from before an {@code =}, would give a
     * text a spreadsheet runs. Such a value keeps a leading apostrophe, the spreadsheet's own "this
     * is text" mark; a value typed with {@code =} in its first place stays as typed (the exports
     * defuse it, decision 0090).
     */
    private static String keepInert(String raw, String cleaned) {
        if (!cleaned.isEmpty() && cleaned.charAt(0) != raw.charAt(0) && FormulaGuard.isRisky(cleaned)) {
            return "'" + cleaned;
        }
        return cleaned;
    }

    /** Whether a cleaned value is, or was before {@link #keepInert}, text a spreadsheet would run. */
    public static boolean looksLikeFormula(String cleaned) {
        return FormulaGuard.isRisky(cleaned) || (cleaned.startsWith("'") && FormulaGuard.isRisky(cleaned.substring(1)));
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
            out.setLength(out.length() - 1);
        }
    }

    /** A person's name with one space between family and given name. */
    public static String name(String raw) {
        return line(raw);
    }

    /** Family and given name from two columns, joined by one space. */
    public static String name(String family, String given) {
        return (line(family) + " " + line(given)).strip();
    }

    /** The same name however it was spaced: for comparing, never for showing. */
    public static String nameKey(String name) {
        return line(name).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public static String email(String raw) {
        return line(raw)
                .replace(" ", "")
                .toLowerCase(Locale.ROOT)
                .transform(t -> t.startsWith("mailto:") ? t.substring(7) : t);
    }

    public static boolean emailLooksValid(String email) {
        return EMAIL.matcher(email).matches();
    }

    /** Half-width digits and hyphens, no spaces; the leading 0 a number cell lost is not restored here. */
    public static String phone(String raw) {
        String s = line(raw);
        s = DASHES.matcher(s).replaceAll("-");
        return s.replace(" ", "")
                .replace("(", "-")
                .replace(")", "-")
                .transform(t -> RUNS_OF_DASHES.matcher(t).replaceAll("-"))
                .transform(t -> END_DASHES.matcher(t).replaceAll(""));
    }

    /**
     * A Japanese phone number has 10 digits (landline) or 11 (mobile), starting with 0. A number
     * cell drops that 0, so 9 or 10 bare digits not starting with 0 had it once.
     */
    public static boolean lostLeadingZero(String phone) {
        return LOST_ZERO.matcher(phone).matches();
    }

    /** A reading in hiragana, one space between family and given name. */
    public static String reading(String raw) {
        return Kana.hiragana(line(raw));
    }
}
