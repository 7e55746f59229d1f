package jp.tsunagu.outcome;

import jp.tsunagu.i18n.Messages;

/**
 * How an outcome's table is written wherever it is shown (the フォローアップ page, a person's page,
 * the report, the command line): its number, or, for a table removed since, the number it last had
 * marked as removed, so nobody takes it for the table that carries that number now (decision 0008).
 */
public final class TableLabel {
    private TableLabel() {}

    /** "4", or "4（削除）" / "4 (removed)" when the outcome's table has been removed. */
    public static String of(Outcome outcome, Messages messages) {
        return of(outcome.tableNumber(), outcome.tableRemoved(), messages);
    }

    public static String of(int number, boolean removed, Messages messages) {
        return removed ? messages.get("outcome.table.removed", number) : String.valueOf(number);
    }
}
