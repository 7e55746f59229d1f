package jp.tsunagu.seating;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.WholeFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The seating as a file (cli.md {@code export seating}): one row per seated person, hosts
 * included, table by table. CSV is UTF-8 with a BOM so that Excel opens it right; .xlsx has a
 * sheet with everyone (the same columns) and a sheet per table formatted for reading.
 */
public final class SeatingExport {
    /** The columns of cli.md, in order. */
    public static final List<String> COLUMNS = List.of(
            "table",
            "theme",
            "theme_name",
            "role",
            "name",
            "reading",
            "organisation",
            "email",
            "industry",
            "yeg",
            "choice");

    /** One row of the export. */
    public record Row(
            EventTable table,
            String role,
            String name,
            String reading,
            String organisation,
            String email,
            String industry,
            Boolean yeg,
            Integer choice) {

        List<String> cells() {
            return List.of(
                    String.valueOf(table.number()),
                    String.valueOf(table.theme().number()),
                    table.theme().name(),
                    role,
                    name,
                    reading,
                    organisation,
                    email,
                    industry,
                    yeg == null ? "" : yeg.toString(),
                    choice == null ? "" : choice.toString());
        }
    }

    private SeatingExport() {}

    /** The rows: per table in number order its advisor, its facilitator, then its participants by reading. */
    public static List<Row> rows(SeatingBoard board) {
        List<Row> rows = new ArrayList<>();
        for (EventTable table : board.plan().tables()) {
            table.advisor().ifPresent(s -> rows.add(staffRow(table, s)));
            table.facilitator().ifPresent(s -> rows.add(staffRow(table, s)));
            board.at(table.number()).stream()
                    .sorted(Comparator.comparing(SeatedPerson::reading).thenComparing(SeatedPerson::id))
                    .forEach(p -> {
                        int rank = board.choiceRank(p);
                        rows.add(new Row(
                                table,
                                "participant",
                                p.name(),
                                p.reading(),
                                p.organisation(),
                                p.email(),
                                p.industry(),
                                p.yeg(),
                                rank == 0 ? null : rank));
                    });
        }
        return rows;
    }

    private static Row staffRow(EventTable table, TableStaff staff) {
        return new Row(
                table, staff.role().code(), staff.name(), "", staff.organisation(), staff.email(), "", null, null);
    }

    /** Writes the seating to {@code out} (.csv or .xlsx by its name), whole or not at all. */
    public static void write(SeatingBoard board, Path out, Messages messages) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !name.endsWith(".csv")) {
            throw new UserError("seating.error.exportType", out.getFileName().toString());
        }
        try {
            WholeFile.write(out, stream -> {
                if (xlsx) {
                    new SeatingWorkbook(board, rows(board), messages).write(stream);
                } else {
                    writeCsv(rows(board), stream);
                }
            });
        } catch (IOException e) {
            throw new UserError(e, "seating.error.exportFailed", out.toString(), e.getMessage());
        }
    }

    private static void writeCsv(List<Row> rows, OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(COLUMNS);
            for (Row row : rows) {
                csv.printRecord(row.cells());
            }
        }
    }
}
