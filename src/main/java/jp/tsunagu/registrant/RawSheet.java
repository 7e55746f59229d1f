package jp.tsunagu.registrant;

import java.util.List;

/** One sheet of a workbook (a CSV file is one sheet named after the file). */
public record RawSheet(String name, List<RawRow> rows) {
    public RawSheet {
        rows = List.copyOf(rows);
    }
}
