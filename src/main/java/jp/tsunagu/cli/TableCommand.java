package jp.tsunagu.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableChange;
import jp.tsunagu.i18n.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code table set --table N [--capacity C|auto] [--theme-name TEXT]}. */
@Command(
        name = "table",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        subcommands = TableCommand.Set.class)
final class TableCommand {

    @Command(name = "set", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--table", required = true, paramLabel = "N", descriptionKey = "table.set.table")
        int table;

        @Option(names = "--capacity", paramLabel = "C", descriptionKey = "table.set.capacity")
        String capacity;

        @Option(names = "--theme-name", paramLabel = "TEXT", descriptionKey = "table.set.themeName")
        String themeName;

        Set(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            TableChange change = new TableChange(
                    table, Optional.ofNullable(capacity).map(Set::capacity), Optional.ofNullable(themeName));
            EventTable changed = context.app().events().changeTable(event.id(), change);
            EventCommand.printTable(context, changed);
            context.printJson(EventJson.table(changed));
            return Cli.DONE;
        }

        private static TableChange.Capacity capacity(String text) {
            String value = jp.tsunagu.text.Nfkc.stripped(text);
            if (value.equalsIgnoreCase("auto") || value.equals("自動")) {
                return TableChange.Capacity.automatic();
            }
            try {
                return TableChange.Capacity.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new UserError("event.error.capacity", jp.tsunagu.event.EventRules.MAX_CAPACITY);
            }
        }
    }
}
