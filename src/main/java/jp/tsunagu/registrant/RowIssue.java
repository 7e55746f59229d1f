package jp.tsunagu.registrant;

import java.util.List;

/**
 * A rejection or warning about one row: the row number as the spreadsheet shows it, the header
 * of the column concerned ("" when the whole row), and the reason as a bundle key and arguments.
 */
public record RowIssue(int row, String column, Flag reason, boolean rejects) {

    public static RowIssue warning(int row, String column, String key, String... args) {
        return new RowIssue(row, column, Flag.of(key, args), false);
    }

    public static RowIssue rejection(int row, String column, String key, String... args) {
        return new RowIssue(row, column, Flag.of(key, args), true);
    }

    public List<String> args() {
        return reason.args();
    }
}
