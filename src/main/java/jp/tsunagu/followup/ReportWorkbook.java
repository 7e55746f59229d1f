package jp.tsunagu.followup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.TableLabel;
import jp.tsunagu.sheet.SheetTable;
import jp.tsunagu.sheet.Spreadsheet;

/**
 * The follow-up report as an Excel workbook, through the one table writer ({@link Spreadsheet}):
 * a summary sheet with the figures under product.md's names, a sheet per table, the seeds of
 * connection and the next steps. People are named only where they agreed ({@link Privacy}).
 */
final class ReportWorkbook {
    private final ReportContent content;
    private final Messages messages;
    private final Map<Long, ReportPerson> people;

    private ReportWorkbook(ReportContent content, Messages messages) {
        this.content = content;
        this.messages = messages;
        this.people = content.peopleById();
    }

    static void write(ReportContent content, Path out, Messages messages) {
        ReportWorkbook workbook = new ReportWorkbook(content, messages);
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(workbook.summary());
        for (EventTable table : content.plan().tables()) {
            sheets.add(workbook.table(table));
        }
        for (int number : content.removedTables()) {
            sheets.add(workbook.removedTable(number));
        }
        sheets.add(workbook.seeds());
        sheets.add(workbook.steps());
        Spreadsheet.write(out, sheets);
    }

    private String text(String key, Object... args) {
        return messages.get(key, args);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /**
     * The figures: a label for people, product.md's key for scripts, the value; then the figures by
     * category, by status and by table, each under its own heading line.
     */
    private SheetTable summary() {
        ReportFigures f = content.figures();
        List<List<Object>> rows = new ArrayList<>();
        for (var figure : List.<Map.Entry<String, Object>>of(
                Map.entry("registered", f.registered()),
                Map.entry("walkIns", f.walkIns()),
                Map.entry("attended", f.attended()),
                Map.entry("noShows", f.noShows()),
                Map.entry("attendanceRate", f.attendanceRate()),
                Map.entry("interests", f.interests()),
                Map.entry("seeds", f.seeds()),
                Map.entry("steps", f.steps()),
                Map.entry("crossIndustrySeeds", f.crossIndustrySeeds()),
                Map.entry("pairs", f.pairs()),
                Map.entry("firstTimePairs", f.firstTimePairs()),
                Map.entry("yegPairs", f.yegPairs()))) {
            rows.add(row(text("followup.figure." + figure.getKey()), figure.getKey(), figure.getValue()));
        }
        rows.add(row());
        rows.add(row(text("followup.figure.byCategory"), "byCategory"));
        rows.add(row(text("followup.report.category"), "", "registered", "attended"));
        f.byCategory()
                .forEach((category, counts) -> rows.add(row(
                        category.isEmpty() ? text("followup.report.noCategory") : category,
                        category,
                        counts.registered(),
                        counts.attended())));
        rows.add(row());
        rows.add(row(text("followup.figure.seedsByStatus"), "seedsByStatus"));
        f.seedsByStatus()
                .forEach((status, n) -> rows.add(row(text("followup.status." + status.code()), status.code(), n)));
        rows.add(row());
        rows.add(row(text("followup.figure.tables"), "tables"));
        List<String> keys = List.of(
                "themeName", "number", "theme", "present", "industries", "firstChoice", "interests", "seeds", "steps");
        rows.add(new ArrayList<>(
                keys.stream().map(k -> text("followup.table." + k)).toList()));
        rows.add(new ArrayList<>(keys));
        for (TableFigures t : f.tables()) {
            rows.add(row(
                    t.themeName(),
                    t.number(),
                    t.theme(),
                    t.present(),
                    t.industries(),
                    t.firstChoice(),
                    t.interests(),
                    t.seeds(),
                    t.steps()));
        }
        // A removed table's outcomes count in the totals above, so they have their own line here.
        for (int number : content.removedTables()) {
            String label = TableLabel.of(number, true, messages);
            rows.add(row(
                    text("followup.report.removedTable", label),
                    label,
                    "",
                    "",
                    "",
                    "",
                    content.removedOutcomes(number, OutcomeKind.INTEREST).size(),
                    content.removedOutcomes(number, OutcomeKind.SEED).size(),
                    content.removedOutcomes(number, OutcomeKind.STEP).size()));
        }
        var event = content.plan().event();
        String title = text("followup.report.title", event.name()) + "　"
                + text(
                        "followup.report.eventLine",
                        event.date() == null ? "" : event.date().toString(),
                        event.venue());
        return SheetTable.of(
                        text("followup.report.sheet.summary"),
                        List.of(
                                text("followup.report.figure"),
                                text("followup.report.key"),
                                text("followup.report.value")),
                        rows)
                .titled(title, null)
                .widths(36, 20, 12, 12, 12, 12, 12, 12, 12)
                .printable();
    }

    /** A table's sheet: its theme and hosts above, then its three lists, one line each. */
    private SheetTable table(EventTable table) {
        StringBuilder title = new StringBuilder(
                text("followup.report.tableTitle", table.number(), table.theme().name()));
        table.advisor().ifPresent(a -> title.append("　").append(text("followup.report.advisor", a.name())));
        table.facilitator().ifPresent(a -> title.append("　").append(text("followup.report.facilitator", a.name())));
        return outcomeSheet(
                text(
                        "followup.report.sheet.table",
                        table.number(),
                        table.theme().name()),
                title.toString(),
                table.theme().colour(),
                kind -> content.outcomes(table.number(), kind));
    }

    /** A table removed since: its own sheet, titled so nobody takes it for the table with that number now. */
    private SheetTable removedTable(int lastNumber) {
        String name = text("followup.report.removedTable", TableLabel.of(lastNumber, true, messages));
        return outcomeSheet(
                name,
                name + "　" + text("followup.report.removedNote"),
                null,
                kind -> content.removedOutcomes(lastNumber, kind));
    }

    /** A table's three lists, one line each. */
    private SheetTable outcomeSheet(String name, String title, String colour, Function<OutcomeKind, List<Outcome>> of) {
        List<List<Object>> rows = new ArrayList<>();
        for (Outcome o : of.apply(OutcomeKind.INTEREST)) {
            rows.add(row(text("followup.kind.interest"), o.text()));
        }
        for (Outcome o : of.apply(OutcomeKind.SEED)) {
            rows.add(row(
                    text("followup.kind.seed"),
                    o.text(),
                    names(o.people()),
                    text("followup.status." + o.status().code())));
        }
        for (Outcome o : of.apply(OutcomeKind.STEP)) {
            rows.add(row(
                    text("followup.kind.step"),
                    o.text(),
                    owner(o),
                    "",
                    o.due() == null ? "" : o.due().toString()));
        }
        return SheetTable.of(
                        name,
                        List.of(
                                text("followup.report.kind"),
                                text("followup.report.content"),
                                text("followup.report.people"),
                                text("followup.report.status"),
                                text("followup.report.due")),
                        rows)
                .titled(title, colour)
                .widths(16, 50, 40, 12, 12)
                .printable();
    }

    private SheetTable seeds() {
        List<List<Object>> rows = new ArrayList<>();
        for (Outcome o : content.outcomes()) {
            if (o.kind() == OutcomeKind.SEED) {
                List<FollowUpEntry> history = content.history().getOrDefault(o.id(), List.of());
                rows.add(row(
                        table(o),
                        o.text(),
                        names(o.people()),
                        text("followup.status." + o.status().code()),
                        history.isEmpty() ? "" : history.getLast().date().toString()));
            }
        }
        return SheetTable.of(
                        text("followup.report.sheet.seeds"),
                        List.of(
                                text("followup.report.table"),
                                text("followup.kind.seed"),
                                text("followup.report.people"),
                                text("followup.report.status"),
                                text("followup.report.lastChange")),
                        rows)
                .widths(8, 44, 40, 12, 14)
                .filtered()
                .printable();
    }

    private SheetTable steps() {
        List<List<Object>> rows = new ArrayList<>();
        for (Outcome o : content.outcomes()) {
            if (o.kind() == OutcomeKind.STEP) {
                rows.add(row(
                        table(o),
                        o.text(),
                        owner(o),
                        o.due() == null ? "" : o.due().toString()));
            }
        }
        return SheetTable.of(
                        text("followup.report.sheet.steps"),
                        List.of(
                                text("followup.report.table"),
                                text("followup.kind.step"),
                                text("followup.report.owner"),
                                text("followup.report.due")),
                        rows)
                .widths(8, 50, 30, 14)
                .filtered()
                .printable();
    }

    /** The table's number, or the removed table's label ("4（削除）"), which no number cell could say. */
    private Object table(Outcome o) {
        return o.tableRemoved() ? TableLabel.of(o, messages) : o.tableNumber();
    }

    private String owner(Outcome o) {
        return o.ownerId() == null ? "" : Privacy.name(people.get(o.ownerId()), messages);
    }

    private String names(List<Long> ids) {
        return ids.stream().map(id -> Privacy.name(people.get(id), messages)).collect(Collectors.joining("、"));
    }
}
