package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export KIND --out FILE}: the event's data as a file. Each kind is a subcommand. */
@Command(
        name = "export",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        subcommands = ExportCommand.Seating.class)
final class ExportCommand {

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
            SeatingExport.write(board, out, context.messages());
            int rows = SeatingExport.rows(board).size();
            context.say("seating.cli.exported", rows, out.toString());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("rows", rows);
            context.printJson(json);
            return Cli.DONE;
        }
    }
}
