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
 * @param attendance the attendance this row sets (a new person marked absent, or a stored person whose
 *     attendance the file's column changes), or null when it sets none; the venue writes it
 */
public record RowOutcome(
        int row,
        RowFate fate,
        Registrant registrant,
        Long existingId,
        Integer supersededBy,
        boolean possibleDuplicate,
        List<RowIssue> issues,
        Integer table,
        Attendance attendance) {
    public RowOutcome {
        issues = List.copyOf(issues);
    }

    /** A row that cannot be imported, for the reasons in {@code issues}. */
    static RowOutcome rejected(int row, List<RowIssue> issues) {
        return new RowOutcome(row, RowFate.REJECTED, null, null, null, false, issues, null, null);
    }

    /** A row that will add or update {@code registrant} ({@code existingId} null: a new person). */
    static RowOutcome written(
            int row,
            Registrant registrant,
            RowFate fate,
            Long existingId,
            boolean duplicate,
            List<RowIssue> issues,
            Integer table,
            Attendance attendance) {
        return new RowOutcome(row, fate, registrant, existingId, null, duplicate, issues, table, attendance);
    }

    /** A row of a person registered again, later, in {@code newerRow} of the same file. */
    static RowOutcome superseded(int row, Registrant registrant, int newerRow, List<RowIssue> issues, Integer table) {
        return new RowOutcome(row, RowFate.SUPERSEDED, registrant, null, newerRow, false, issues, table, null);
    }

    /** This superseded row, now superseded by {@code newerRow}. */
    RowOutcome supersededBy(int newerRow) {
        return superseded(row, registrant, newerRow, issues, table);
    }

    /** This row, changing nothing: its newer registration matches the store exactly. */
    RowOutcome unchanged() {
        return new RowOutcome(row, RowFate.UNCHANGED, registrant, existingId, supersededBy, false, issues, table, null);
    }
}
