package jp.tsunagu.cli;

import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.StaffRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code staff add --table N --role advisor|facilitator --name NAME [--org ORG] [--email EMAIL] [--reading READING] [--title TITLE]}. */
@Command(
        name = "staff",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        subcommands = StaffCommand.Add.class)
final class StaffCommand {

    @Command(name = "add", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--table", required = true, paramLabel = "N", descriptionKey = "staff.add.table")
        int table;

        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "staff.add.role")
        String role;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "staff.add.name")
        String name;

        @Option(names = "--org", paramLabel = "ORG", descriptionKey = "staff.add.org")
        String organisation;

        @Option(names = "--email", paramLabel = "EMAIL", descriptionKey = "staff.add.email")
        String email;

        @Option(names = "--reading", paramLabel = "READING", descriptionKey = "staff.add.reading")
        String reading;

        @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "staff.add.title")
        String title;

        Add(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            StaffRole staffRole = StaffRole.fromCode(role);
            Event event = context.app().events().resolve(context.eventId());
            EventTable changed = context.app()
                    .events()
                    .putStaff(
                            event.id(), table, staffRole, new StaffDetails(name, organisation, email, reading, title));
            context.say(
                    "staff.added",
                    changed.number(),
                    changed.theme().name(),
                    context.text(staffRole.messageKey()),
                    changed.staff(staffRole).orElseThrow().name());
            context.printJson(EventJson.table(changed));
            return Cli.DONE;
        }
    }
}
