package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.registrant.RegistrantExport;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.StoredPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export registrants|...}: write the event's data to a file (cli.md). */
@Command(
        name = "export",
        resourceBundle = "jp.tsunagu.i18n.registrant",
        mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.Registrants.class})
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
                    people, f -> context.text(f.key(), f.args().toArray()));
            RegistrantExport.write(out, rows);
            context.say("export.registrants.done", people.size(), out);
            context.printJson(Map.of("file", out.toString(), "people", people.size()));
            return Cli.DONE;
        }
    }
}
