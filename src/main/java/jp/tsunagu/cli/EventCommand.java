package jp.tsunagu.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventRules;
import jp.tsunagu.event.EventStatus;
import jp.tsunagu.event.EventTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code event new|list|show|close}. */
@Command(
        name = "event",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        subcommands = {
            EventCommand.New.class,
            EventCommand.List.class,
            EventCommand.Show.class,
            EventCommand.Close.class
        })
final class EventCommand {

    @Command(name = "new", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class New implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "event.new.name")
        String name;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "event.new.date")
        String date;

        @Option(names = "--venue", paramLabel = "TEXT", descriptionKey = "event.new.venue")
        String venue;

        New(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            EventDetails details = new EventDetails(name, EventRules.parseDate(date), venue);
            EventPlan plan = context.app().events().create(details);
            context.say(
                    "event.created",
                    plan.event().id(),
                    plan.event().name(),
                    plan.tables().size());
            printTables(context, plan);
            context.printJson(EventJson.plan(plan));
            return Cli.DONE;
        }
    }

    @Command(name = "list", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class List implements Callable<Integer> {
        private final CommandContext context;

        List(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            java.util.List<Event> events = context.app().events().list();
            if (events.isEmpty()) {
                context.say("event.list.empty");
            }
            for (Event event : events) {
                context.line(String.format(
                        "%4d  %-10s  %s%s",
                        event.id(),
                        event.date() == null ? "----------" : event.date(),
                        event.name(),
                        event.venue().isEmpty() ? "" : "  @ " + event.venue()));
            }
            context.printJson(
                    Map.of("events", events.stream().map(EventJson::event).toList()));
            return Cli.DONE;
        }
    }

    @Command(name = "show", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        private final CommandContext context;

        Show(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            EventPlan plan = context.app().events().plan(event.id());
            context.line(String.format(
                    "%d  %s  %s  %s",
                    event.id(), event.name(), event.date() == null ? "" : event.date(), event.venue()));
            printTables(context, plan);
            context.printJson(EventJson.plan(plan));
            return Cli.DONE;
        }
    }

    /** Closes the event: who sat with whom becomes history for the next event's "new faces". */
    @Command(name = "close", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
    static final class Close implements Callable<Integer> {
        private final CommandContext context;

        Close(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            EventStatus status = context.app().events().close(event.id());
            context.say("event.closed", event.id(), event.name());
            context.printJson(Map.of("id", event.id(), "status", status.code()));
            return Cli.DONE;
        }
    }

    static void printTables(CommandContext context, EventPlan plan) {
        plan.tables().forEach(table -> printTable(context, table));
    }

    static void printTable(CommandContext context, EventTable table) {
        {
            String capacity = table.capacity() == null
                    ? context.text("event.capacity.auto")
                    : table.capacity().toString();
            context.say(
                    "table.line",
                    table.number(),
                    table.theme().name(),
                    capacity,
                    table.advisor().map(s -> s.name()).orElse("-"),
                    table.facilitator().map(s -> s.name()).orElse("-"));
        }
    }
}
