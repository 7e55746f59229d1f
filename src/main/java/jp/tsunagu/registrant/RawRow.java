package jp.tsunagu.registrant;

import java.util.List;

/**
 * One row as the file shows it: its number as the spreadsheet shows it (1-based; for CSV the
 * record number) and each cell's text as a person sees it.
 */
public record RawRow(int number, List<String> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c.isBlank());
    }
}
