package jp.tsunagu.venue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.WholeFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code export attendance}: one row per participant, {@code name,reading,organisation,email,
 * table,status,checked_in_at,walk_in} (cli.md). CSV in UTF-8 with a BOM so Excel opens it right;
 * the file is written whole or not at all.
 */
public final class AttendanceExport {
    public static final List<String> COLUMNS =
            List.of("name", "reading", "organisation", "email", "table", "status", "checked_in_at", "walk_in");

    private AttendanceExport() {}

    /** The rows, header first, people in 五十音順. */
    public static List<List<String>> rows(List<VenuePerson> people) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (VenuePerson p : CheckinSearch.of(people).all()) {
            rows.add(List.of(
                    p.name(),
                    p.reading(),
                    p.organisation(),
                    p.email(),
                    p.table() == null ? "" : p.table().toString(),
                    p.attendance().code(),
                    p.checkedInAt() == null ? "" : p.checkedInAt(),
                    String.valueOf(p.walkIn())));
        }
        return rows;
    }

    /** Writes the rows as .csv or .xlsx, by the file's extension; returns the number of people. */
    public static int write(Path out, List<VenuePerson> people) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            throw new UserError("venue.export.kind", out.getFileName().toString());
        }
        List<List<String>> rows = rows(people);
        try {
            WholeFile.write(out, stream -> {
                if (xlsx) {
                    writeXlsx(stream, rows);
                } else {
                    writeCsv(stream, rows);
                }
            });
        } catch (IOException e) {
            throw new UserError(e, "venue.export.failed", out.toString(), String.valueOf(e.getMessage()));
        }
        return rows.size() - 1;
    }

    private static void writeCsv(OutputStream stream, List<List<String>> rows) throws IOException {
        try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            w.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        }
    }

    private static void writeXlsx(OutputStream stream, List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet sheet = wb.createSheet("attendance");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (r > 0 && c == 4 && !cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            wb.write(stream);
        }
    }
}
