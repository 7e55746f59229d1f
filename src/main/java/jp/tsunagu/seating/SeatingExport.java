package jp.tsunagu.seating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.sheet.SheetTable;
import jp.tsunagu.sheet.Spreadsheet;

/**
 * The seating as a file (cli.md {@code export seating}): one row per seated person, hosts
 * included, table by table, written by the app's one table writer ({@link Spreadsheet}).
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

        /** The cells with the table, theme and choice as numbers (an .xlsx keeps them numeric). */
        List<Object> values() {
            List<Object> values = new ArrayList<>(cells());
            values.set(0, table.number());
            values.set(1, table.theme().number());
            values.set(10, choice);
            return values;
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
                table,
                staff.role().code(),
                staff.name(),
                staff.reading(),
                staff.organisation(),
                staff.email(),
                "",
                null,
                null);
    }

    /**
     * Writes the seating to {@code out} (.csv or .xlsx by its name), whole or not at all. The .xlsx
     * has everyone on the first sheet (the CSV's columns, so that a script reads either), then a
     * sheet per table for reading and printing, titled in the theme's colour.
     */
    public static Spreadsheet.Written write(SeatingBoard board, Path out, Messages messages) {
        List<Row> rows = rows(board);
        List<SheetTable> sheets = new ArrayList<>();
        List<List<Object>> everyone = new ArrayList<>();
        for (Row row : rows) {
            everyone.add(row.values());
        }
        sheets.add(SheetTable.of(messages.get("seating.export.everyone"), COLUMNS, everyone)
                .widths(6, 6, 28, 12, 16, 18, 24, 28, 16, 7, 7)
                .filtered());
        if (Spreadsheet.Kind.of(out) == Spreadsheet.Kind.XLSX) {
            for (EventTable table : board.plan().tables()) {
                sheets.add(tableSheet(table, rows, messages));
            }
        }
        return Spreadsheet.write(out, sheets);
    }

    private static SheetTable tableSheet(EventTable table, List<Row> rows, Messages messages) {
        List<String> labels = List.of(
                messages.get("seating.export.role"),
                messages.get("seating.export.name"),
                messages.get("seating.export.reading"),
                messages.get("seating.export.organisation"),
                messages.get("seating.export.industry"),
                messages.get("seating.export.yeg"),
                messages.get("seating.export.choice"));
        List<List<Object>> lines = new ArrayList<>();
        for (Row row : rows) {
            if (row.table().number() != table.number()) {
                continue;
            }
            lines.add(List.of(
                    messages.get("seating.export.role." + row.role()),
                    row.name(),
                    row.reading(),
                    row.organisation(),
                    row.industry(),
                    Boolean.TRUE.equals(row.yeg()) ? messages.get("seating.export.yegMark") : "",
                    row.choice() == null ? "" : messages.get("seating.export.choiceRank", row.choice())));
        }
        return SheetTable.of(
                        messages.get(
                                "seating.export.tableSheet",
                                table.number(),
                                table.theme().name()),
                        labels,
                        lines)
                .titled(
                        messages.get(
                                "seating.export.tableTitle",
                                table.number(),
                                table.theme().name()),
                        table.theme().colour())
                .widths(16, 18, 22, 28, 18, 8, 10)
                .printable();
    }
}
