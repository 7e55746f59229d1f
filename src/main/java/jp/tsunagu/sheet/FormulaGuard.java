package jp.tsunagu.sheet;

import java.util.regex.Pattern;

/**
 * The formula-injection rule (OWASP "CSV injection"), decided in docs/decisions/0090: text that a
 * spreadsheet would take for a formula, because it starts with {@code = + - @}, a tab or a
 * carriage return (or the full-width {@code ＝ ＋ － ＠} that Japanese Excel turns into them), is
 * written with a leading apostrophe. Ordinary values that merely start with a sign are left alone:
 * a sign followed only by digits, spaces, hyphens, parentheses, dots and slashes ({@code -},
 * {@code +81 3-1234-5678}, {@code -5}) can name no function, cell or other program, so at worst a
 * spreadsheet shows it as a number.
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+\\-＋－]([0-9０-９][0-9０-９ 　\\-－().,/]*)?");

    private FormulaGuard() {}

    /** Whether a spreadsheet could take {@code text} for a formula. */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !SIGNED_NUMBER.matcher(text).matches();
    }

    /** {@code text} as it may go into a CSV: with a leading apostrophe when it is risky. */
    public static String defuse(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
