package jp.tsunagu.registrant;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.WholeFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code export registrants}: one row per person as the store holds them after cleaning, then one
 * column per extra form question (cli.md). CSV is UTF-8 with a BOM so Excel opens it right. The
 * file is written beside the target and moved into place, so a failure leaves no half file.
 */
public final class RegistrantExport {

    public static final List<String> COLUMNS = List.of(
            "name",
            "reading",
            "organisation",
            "title",
            "industry",
            "category",
            "yeg",
            "email",
            "phone",
            "choice1",
            "choice2",
            "choice3",
            "consent",
            "warnings");

    /**
     * The answers the store keeps in fields of their own beyond cli.md's columns; they follow the
     * fixed columns so that no answer the import kept is missing from the export (issue 12).
     */
    public static final List<String> ANSWER_COLUMNS =
            List.of("challenges", "missing_resources", "offers", "sdgs", "registered_at", "notes");

    private RegistrantExport() {}

    /** The rows to write, header first; {@code describe} puts a flag into words. */
    public static List<List<String>> rows(List<StoredPerson> people, Function<Flag, String> describe) {
        Set<String> questions = new LinkedHashSet<>();
        people.forEach(p -> questions.addAll(p.registrant().extras().keySet()));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(ANSWER_COLUMNS);
        header.addAll(questions);
        rows.add(header);
        for (StoredPerson sp : people) {
            Registrant p = sp.registrant();
            List<String> row = new ArrayList<>(List.of(
                    p.name(),
                    p.reading(),
                    p.organisation(),
                    p.title(),
                    p.industry(),
                    p.category(),
                    String.valueOf(p.yeg()),
                    p.email(),
                    p.phone(),
                    number(p.choice1()),
                    number(p.choice2()),
                    number(p.choice3()),
                    String.valueOf(p.consent()),
                    String.join("; ", p.flags().stream().map(describe).toList()),
                    text(p.challenges()),
                    text(p.missingResources()),
                    text(p.offers()),
                    text(p.sdgs()),
                    text(p.registeredAt()),
                    text(p.notes())));
            for (String q : questions) {
                row.add(p.extras().getOrDefault(q, ""));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** Writes {@code rows} as .csv or .xlsx, by the file's extension. */
    public static void write(Path out, List<List<String>> rows) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            throw new UserError("registrant.export.kind", out.getFileName().toString());
        }
        try {
            WholeFile.write(out, stream -> {
                if (xlsx) {
                    writeXlsx(stream, rows);
                } else {
                    writeCsv(stream, rows);
                }
            });
        } catch (IOException e) {
            throw new UserError(e, "registrant.export.failed", out.toString(), String.valueOf(e.getMessage()));
        }
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
            Sheet sheet = wb.createSheet("registrants");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            wb.write(stream);
        }
    }
}
