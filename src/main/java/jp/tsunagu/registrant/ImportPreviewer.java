package jp.tsunagu.registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.i18n.UserError;

/**
 * Reads a loaded file into an {@link ImportPreview}: finds the sheet and header, reads and cleans
 * every row, and plans each row's fate against the people already in the event. Writes nothing.
 */
public final class ImportPreviewer {

    private final FontCoverage font;
    private final ReadingGuesser guesser;

    public ImportPreviewer(FontCoverage font, ReadingGuesser guesser) {
        this.font = font;
        this.guesser = guesser;
    }

    /**
     * @param sheetName the sheet to read, or empty for the first with a recognisable header
     * @param mapping a mapping the user chose (or remembered for these headers); empty to recognise
     */
    public ImportPreview preview(
            LoadedFile file,
            Optional<String> sheetName,
            Optional<ColumnMapping> mapping,
            List<ThemeRef> themes,
            List<StoredPerson> existing) {
        return preview(file, sheetName, mapping, themes, existing, AttendanceNow.NONE);
    }

    /** As above, with the attendance the store holds now (an attendance column changes only what it may). */
    ImportPreview preview(
            LoadedFile file,
            Optional<String> sheetName,
            Optional<ColumnMapping> mapping,
            List<ThemeRef> themes,
            List<StoredPerson> existing,
            AttendanceNow attendance) {
        List<String> names = file.sheets().stream().map(RawSheet::name).toList();
        if (sheetName.isPresent() && !names.contains(sheetName.get())) {
            throw new UserError("registrant.file.noSheet", file.fileName(), sheetName.get(), String.join(", ", names));
        }
        HeaderLocator.Header header = HeaderLocator.find(file.sheets(), sheetName)
                .orElseThrow(() -> new UserError("registrant.file.noHeader", file.fileName()));
        ColumnMapping used = mapping.filter(
                        m -> m.signature().equals(header.mapping().signature()))
                .orElse(header.mapping());
        if (!used.hasName()) {
            throw new UserError("registrant.file.noNameColumn", file.fileName());
        }
        RowReader reader = new RowReader(used, new ThemeMatcher(themes), guesser, font);
        List<RawRow> rows = header.sheet().rows();
        List<RowReader.Result> results = new ArrayList<>(rows.size());
        for (int i = header.rowIndex() + 1; i < rows.size(); i++) {
            results.add(reader.read(rows.get(i)));
        }
        String attendanceColumn = used.columns().stream()
                .filter(c -> c.field() == Field.ATTENDANCE)
                .map(ColumnMapping.Column::header)
                .findFirst()
                .orElse("");
        ImportPlanner.Plan plan = new ImportPlanner().plan(results, existing, attendance, attendanceColumn);
        return new ImportPreview(
                file.fileName(),
                file.kind(),
                file.readAsOtherKind(),
                file.encoding(),
                names,
                header.sheet().name(),
                header.rowNumber(),
                used,
                plan.rows(),
                plan.duplicates());
    }
}
