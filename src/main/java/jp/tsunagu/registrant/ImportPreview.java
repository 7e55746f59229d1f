package jp.tsunagu.registrant;

import java.util.List;
import java.util.Optional;

/**
 * What an import will do, shown before anything is written: the column mapping (changeable), each
 * row's fate with its issues, and the possible duplicates for review.
 *
 * @param headerRow the header's row number as the spreadsheet shows it
 * @param sheets the names of all sheets, so the user can pick another
 */
public record ImportPreview(
        String fileName,
        FileKind kind,
        boolean readAsOtherKind,
        Optional<String> encoding,
        List<String> sheets,
        String sheet,
        int headerRow,
        ColumnMapping mapping,
        List<RowOutcome> rows,
        List<PossibleDuplicate> duplicates) {

    public ImportPreview {
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
        duplicates = List.copyOf(duplicates);
    }

    /** Rows read as registrations (blank and footer rows are not counted). */
    public int rowsRead() {
        return rows.size();
    }

    public long count(RowFate fate) {
        return rows.stream().filter(r -> r.fate() == fate).count();
    }

    public long added() {
        return count(RowFate.ADDED);
    }

    /**
     * Rows whose email matches a person already in the event, from this file or an earlier one,
     * and that changed something: the command line's {@code updated} (cli.md counts rows). The
     * people whose record changes are {@link #peopleUpdated}.
     */
    public long updated() {
        return count(RowFate.UPDATED) + count(RowFate.SUPERSEDED);
    }

    /** Rows that change nothing (a person's earlier row of the file among them). */
    public long unchanged() {
        return count(RowFate.UNCHANGED);
    }

    /**
     * People already in the event whose record the import changes: what the window says and the
     * import's record keeps (its undo question says the same number).
     */
    public long peopleUpdated() {
        return count(RowFate.UPDATED);
    }

    /** People already in the event the file names again without a change. */
    public long peopleUnchanged() {
        return rows.stream()
                .filter(r -> r.fate() == RowFate.UNCHANGED && r.supersededBy() == null)
                .count();
    }

    /** Earlier rows of a person registering again further down the file: the later row is the one taken. */
    public long replacedRows() {
        return rows.stream().filter(r -> r.supersededBy() != null).count();
    }

    public List<RowIssue> rejections() {
        return rows.stream()
                .flatMap(r -> r.issues().stream())
                .filter(RowIssue::rejects)
                .toList();
    }

    public List<RowIssue> warnings() {
        return rows.stream()
                .flatMap(r -> r.issues().stream())
                .filter(i -> !i.rejects())
                .toList();
    }

    /** The header of the column that became {@code field}, if one did. */
    public Optional<String> column(Field field) {
        return mapping.columns().stream()
                .filter(c -> c.field() == field)
                .map(ColumnMapping.Column::header)
                .findFirst();
    }

    /** How many people this import marks absent (the attendance column's 欠席, ×). */
    public long becomingAbsent() {
        return rows.stream().filter(r -> r.attendance() == Attendance.ABSENT).count();
    }

    /** Whether applying this preview would change the store at all. */
    public boolean changesSomething() {
        return added() > 0 || count(RowFate.UPDATED) > 0;
    }
}
