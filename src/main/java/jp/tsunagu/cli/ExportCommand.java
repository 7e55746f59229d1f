package jp.tsunagu.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.followup.ReportFigures;
import jp.tsunagu.registrant.RegistrantExport;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingExport;
import jp.tsunagu.sheet.Spreadsheet;
import jp.tsunagu.venue.AttendanceExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export registrants|seating --out FILE}: the event's data as a file (cli.md). */
@Command(
        name = "export",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        subcommands = {
            ExportCommand.Registrants.class,
            ExportCommand.Seating.class,
            ExportCommand.Report.class,
            ExportCommand.Attendance.class
        })
final class ExportCommand {

    /** {@code export registrants --out FILE.csv|FILE.xlsx}. */
    @Command(name = "registrants", resourceBundle = "jp.tsunagu.i18n.registrant", mixinStandardHelpOptions = true)
    static final class Registrants implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
        Path out;

        Registrants(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            List<StoredPerson> people = context.app().registrants().list(event.id(), RegistrantFilter.ALL);
            List<List<String>> rows = RegistrantExport.rows(
                    people,
                    context.app().registrants().attendance(event.id()),
                    f -> context.text(f.key(), f.args().toArray()));
            Spreadsheet.Written written = RegistrantExport.write(out, rows);
            context.say("export.registrants.done", people.size(), out);
            sayCut(context, written);
            context.printJson(Map.of("file", out.toString(), "people", people.size()));
            return Cli.DONE;
        }
    }

    /** {@code export seating --out FILE.csv|FILE.xlsx}. */
    @Command(name = "seating", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class Seating implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.seating.out")
        Path out;

        Seating(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            SeatingBoard board = context.app().seating().board(event.id());
            Spreadsheet.Written written = SeatingExport.write(board, out, context.messages());
            int rows = SeatingExport.rows(board).size();
            context.say("seating.cli.exported", rows, out.toString());
            sayCut(context, written);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("rows", rows);
            context.printJson(json);
            return Cli.DONE;
        }
    }

    private static void sayCut(CommandContext context, Spreadsheet.Written written) {
        if (written.cutCells() > 0) {
            context.err().println(context.text("sheet.cutCells", written.cutCells()));
        }
    }

    /** {@code export report --out FILE.xlsx|FILE.pdf}: the follow-up report (product.md). */
    @Command(name = "report", resourceBundle = "jp.tsunagu.i18n.followup", mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.report.out")
        Path out;

        Report(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            ReportFigures figures = context.app().followUpReport().write(event.id(), out, () -> false);
            context.say("followup.cli.reported", out.toString());
            figures.json().forEach((key, value) -> {
                if (value instanceof Number || value instanceof String) {
                    Object shown = value instanceof BigDecimal d ? d.toPlainString() : value;
                    context.line(context.text("followup.cli.figure", context.text("followup.figure." + key), shown));
                }
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("figures", figures.json());
            context.printJson(json);
            return Cli.DONE;
        }
    }

    /** {@code export attendance --out FILE.csv|FILE.xlsx}: one row per participant with their attendance. */
    @Command(name = "attendance", resourceBundle = "jp.tsunagu.i18n.venue", mixinStandardHelpOptions = true)
    static final class Attendance implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "venue.export.out")
        Path out;

        Attendance(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            Spreadsheet.Written written =
                    AttendanceExport.write(out, context.app().venue().people(event.id()));
            int people = written.rows();
            context.say("venue.cli.exported", people, out.toString());
            sayCut(context, written);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("people", people);
            context.printJson(json);
            return Cli.DONE;
        }
    }
}
