package jp.tsunagu.registrant;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which column became which field. Recognised from the headers, changeable in the preview, and
 * remembered for files with the same headers (see {@link #signature()}).
 */
public record ColumnMapping(List<Column> columns) {

    /** One column: its position (0-based), its header as the file wrote it, and its field. */
    public record Column(int index, String header, Field field) {}

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** Recognise each header; a field already taken by an earlier column leaves the later one extra. */
    public static ColumnMapping recognise(List<String> headers) {
        List<Column> cols = new ArrayList<>();
        Set<Field> taken = EnumSet.noneOf(Field.class);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            Field f = HeaderCatalog.recognise(h);
            if (f.single() && !taken.add(f)) {
                f = Field.EXTRA;
            }
            cols.add(new Column(i, h, f));
        }
        return new ColumnMapping(cols);
    }

    /** The mapping with one column changed; a field that column takes is released elsewhere. */
    public ColumnMapping with(int index, Field field) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            if (c.index() == index) {
                cols.add(new Column(c.index(), c.header(), field));
            } else if (field.single() && c.field() == field) {
                cols.add(new Column(c.index(), c.header(), Field.EXTRA));
            } else {
                cols.add(c);
            }
        }
        return new ColumnMapping(cols);
    }

    public Optional<Column> column(Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public boolean has(Field field) {
        return column(field).isPresent();
    }

    /** How many different person fields were recognised (how header-like a row is). */
    public int recognisedCount() {
        return (int) columns.stream()
                .map(Column::field)
                .filter(Field::single)
                .distinct()
                .count();
    }

    public boolean hasName() {
        return has(Field.NAME) || has(Field.FAMILY_NAME);
    }

    /** The headers in order: files with the same signature get the mapping the user chose last time. */
    public String signature() {
        return String.join(
                "\t",
                columns.stream().map(c -> HeaderCatalog.normalise(c.header())).toList());
    }
}
