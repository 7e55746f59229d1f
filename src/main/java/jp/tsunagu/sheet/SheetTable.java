package jp.tsunagu.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One table to write: a header and rows of cells, and how the .xlsx sheet looks. A cell is a
 * {@link String} (text), a {@link Number} (a number in .xlsx), a {@link Boolean}, or null (empty).
 * A CSV holds the first table only, header first; the look (title, widths, filter, printing) is
 * for .xlsx.
 *
 * @param name the sheet's name (made safe for Excel when written)
 * @param title an optional line above the header, such as a table's theme in its colour; null for none
 * @param header the column names
 * @param rows the rows, each a list of cells
 * @param widths column widths in characters (0 or missing: Excel's default)
 * @param filter whether the header gets Excel's filter buttons
 * @param forPrinting whether the sheet prints on A4, one page wide
 */
public record SheetTable(
        String name,
        Title title,
        List<String> header,
        List<List<Object>> rows,
        List<Integer> widths,
        boolean filter,
        boolean forPrinting) {

    /** A line above the header, merged across its columns, in {@code colour} ("#RRGGBB"; null for none). */
    public record Title(String text, String colour) {
        public Title {
            Objects.requireNonNull(text);
        }
    }

    public SheetTable {
        Objects.requireNonNull(name);
        header = List.copyOf(header);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<Object>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
        widths = List.copyOf(widths);
    }

    /** A plain table: a header and rows, nothing else. */
    public static SheetTable of(String name, List<String> header, List<? extends List<?>> rows) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            cells.add(new ArrayList<Object>(row));
        }
        return new SheetTable(name, null, header, cells, List.of(), false, false);
    }

    /** The same table with these column widths, in characters. */
    public SheetTable widths(int... characters) {
        return new SheetTable(
                name, title, header, rows, Arrays.stream(characters).boxed().toList(), filter, forPrinting);
    }

    /** The same table with a title line above the header. */
    public SheetTable titled(String text, String colour) {
        return new SheetTable(name, new Title(text, colour), header, rows, widths, filter, forPrinting);
    }

    /** The same table with filter buttons on the header. */
    public SheetTable filtered() {
        return new SheetTable(name, title, header, rows, widths, true, forPrinting);
    }

    /** The same table set up to print on A4, one page wide. */
    public SheetTable printable() {
        return new SheetTable(name, title, header, rows, widths, filter, true);
    }
}
