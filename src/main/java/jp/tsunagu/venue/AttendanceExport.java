package jp.tsunagu.venue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.sheet.SheetTable;
import jp.tsunagu.sheet.Spreadsheet;

/**
 * {@code export attendance}: one row per participant, {@code name,reading,organisation,email,
 * table,status,checked_in_at,walk_in} (cli.md), in 五十音順, through the shared table writer
 * (CSV in UTF-8 with a BOM, or .xlsx; whole or not at all).
 */
public final class AttendanceExport {
    public static final List<String> COLUMNS =
            List.of("name", "reading", "organisation", "email", "table", "status", "checked_in_at", "walk_in");

    private AttendanceExport() {}

    /** The data rows, people in 五十音順. */
    public static List<List<Object>> rows(List<VenuePerson> people) {
        List<List<Object>> rows = new ArrayList<>();
        for (VenuePerson p : CheckinSearch.of(people).all()) {
            List<Object> row = new ArrayList<>();
            row.add(p.name());
            row.add(p.reading());
            row.add(p.organisation());
            row.add(p.email());
            row.add(p.table());
            row.add(p.attendance().code());
            row.add(p.checkedInAt() == null ? "" : p.checkedInAt());
            row.add(String.valueOf(p.walkIn()));
            rows.add(row);
        }
        return rows;
    }

    /** Writes the attendance as .csv or .xlsx, by the file's extension. */
    public static Spreadsheet.Written write(Path out, List<VenuePerson> people) {
        return Spreadsheet.write(
                out,
                new SheetTable(
                        "attendance", null, COLUMNS, rows(people), List.of(18, 18, 26, 28, 6, 11, 26, 8), true, false));
    }
}
