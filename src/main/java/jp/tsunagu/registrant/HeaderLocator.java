package jp.tsunagu.registrant;

import java.util.List;
import java.util.Optional;

/**
 * Finds the header row of a sheet: it need not be row 1 (title rows, merged titles and blank rows
 * often stand above it). The header is the first row among the top ones that names a person field
 * and at least one more (else, failing that, the first row naming a person field).
 */
public final class HeaderLocator {

    /** Header rows further down than this are not looked for: the file is something else. */
    static final int ROWS_SEARCHED = 30;

    public record Header(RawSheet sheet, int rowIndex, ColumnMapping mapping) {
        /** The header's row number as the spreadsheet shows it. */
        public int rowNumber() {
            return sheet.rows().get(rowIndex).number();
        }
    }

    private HeaderLocator() {}

    public static Optional<Header> find(RawSheet sheet) {
        return strong(sheet).or(() -> weak(sheet));
    }

    private static Optional<Header> strong(RawSheet sheet) {
        List<RawRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size(), ROWS_SEARCHED); i++) {
            RawRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            ColumnMapping m = ColumnMapping.recognise(row.cells());
            if (m.hasName() && m.recognisedCount() >= 2) {
                return Optional.of(new Header(sheet, i, m));
            }
        }
        return Optional.empty();
    }

    // A list with only a name column recognised: the first row naming a person field will do.
    private static Optional<Header> weak(RawSheet sheet) {
        List<RawRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size() - 1, ROWS_SEARCHED); i++) {
            ColumnMapping m = ColumnMapping.recognise(rows.get(i).cells());
            if (m.hasName()) {
                return Optional.of(new Header(sheet, i, m));
            }
        }
        return Optional.empty();
    }

    /** The named sheet, or the first sheet with a recognisable header. */
    public static Optional<Header> find(List<RawSheet> sheets, Optional<String> sheetName) {
        if (sheetName.isPresent()) {
            return sheets.stream()
                    .filter(s -> s.name().equals(sheetName.get()))
                    .findFirst()
                    .flatMap(HeaderLocator::find);
        }
        // A sheet with a real header wins over an earlier one that merely names a person.
        return sheets.stream()
                .map(HeaderLocator::strong)
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> sheets.stream()
                        .map(HeaderLocator::weak)
                        .flatMap(Optional::stream)
                        .findFirst());
    }
}
