package jp.tsunagu.event;

import java.util.Optional;

/**
 * Everything the preparation screen edits on one table at once: theme name, capacity (null:
 * automatic) and its two hosts (empty: nobody). Saved as one transaction.
 */
public record TableEdit(
        int tableNumber,
        String themeName,
        Integer capacity,
        Optional<StaffDetails> advisor,
        Optional<StaffDetails> facilitator) {

    /** The table as it stands, to undo an edit with. */
    public static TableEdit of(EventTable table) {
        return new TableEdit(
                table.number(),
                table.theme().name(),
                table.capacity(),
                table.advisor().map(TableStaff::details),
                table.facilitator().map(TableStaff::details));
    }
}
