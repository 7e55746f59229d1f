package jp.tsunagu.registrant;

import java.util.List;

/**
 * One row's fate in an import.
 *
 * @param registrant the person as they will be stored (null when rejected)
 * @param existingId the stored person this row updates or matches, or null
 * @param supersededBy for a superseded row, the row number of the newer registration
 * @param possibleDuplicate whether the row looks like someone else (same name and organisation)
 * @param table the table number a seating file gave the person, or null
 */
public record RowOutcome(
        int row,
        RowFate fate,
        Registrant registrant,
        Long existingId,
        Integer supersededBy,
        boolean possibleDuplicate,
        List<RowIssue> issues,
        Integer table) {
    public RowOutcome {
        issues = List.copyOf(issues);
    }
}
