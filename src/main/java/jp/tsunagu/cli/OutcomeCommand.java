package jp.tsunagu.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.TableLabel;
import jp.tsunagu.outcome.TableMember;
import jp.tsunagu.registrant.StoredPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code outcome add|list}: what each table found (記録, cli.md). */
@Command(
        name = "outcome",
        resourceBundle = "jp.tsunagu.i18n.outcome",
        mixinStandardHelpOptions = true,
        subcommands = {OutcomeCommand.Add.class, OutcomeCommand.ListOutcomes.class})
final class OutcomeCommand {

    /** {@code outcome add --table N --kind interest|seed|step --text TEXT [--people ...] [--owner ...] [--due ...]}. */
    @Command(name = "add", resourceBundle = "jp.tsunagu.i18n.outcome", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--table", required = true, paramLabel = "N", descriptionKey = "outcome.add.table")
        int table;

        @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "outcome.add.kind")
        OutcomeKind kind;

        @Option(names = "--text", required = true, paramLabel = "TEXT", descriptionKey = "outcome.add.text")
        String text;

        @Option(names = "--people", split = ",", paramLabel = "EMAIL", descriptionKey = "outcome.add.people")
        List<String> people = new ArrayList<>();

        @Option(names = "--owner", paramLabel = "EMAIL", descriptionKey = "outcome.add.owner")
        String owner;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "outcome.add.due")
        String due;

        Add(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            List<TableMember> members = context.app().outcomes().members(event.id(), table);
            OutcomeDraft draft =
                    switch (kind) {
                        case INTEREST -> OutcomeDraft.interest(text);
                        case SEED ->
                            OutcomeDraft.seed(
                                    text,
                                    people.stream().map(p -> member(members, p)).toList());
                        case STEP -> OutcomeDraft.step(text, owner == null ? null : member(members, owner), date(due));
                    };
            long id = context.app().outcomes().add(event.id(), table, draft);
            context.say("outcome.cli.added", id, table);
            context.printJson(Map.of("id", id));
            return Cli.DONE;
        }

        /** A table member by email (any case) or by name as written. */
        private long member(List<TableMember> members, String given) {
            String wanted = given.strip();
            for (TableMember m : members) {
                if (!m.email().isBlank() && m.email().strip().equalsIgnoreCase(wanted)) {
                    return m.id();
                }
            }
            for (TableMember m : members) {
                if (m.name().strip().equals(wanted)) {
                    return m.id();
                }
            }
            throw new UserError("outcome.error.unknownPerson", wanted, table);
        }
    }

    /** {@code outcome list [--table N]}. */
    @Command(name = "list", resourceBundle = "jp.tsunagu.i18n.outcome", mixinStandardHelpOptions = true)
    static final class ListOutcomes implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--table", paramLabel = "N", descriptionKey = "outcome.list.table")
        Integer table;

        ListOutcomes(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            List<Outcome> outcomes = table == null
                    ? context.app().outcomes().list(event.id())
                    : context.app().outcomes().forTable(event.id(), table);
            Map<Long, String> who = who(context, event.id());
            List<Object> json = new ArrayList<>();
            for (Outcome o : outcomes) {
                List<String> people = o.people().stream()
                        .map(id -> who.getOrDefault(id, "#" + id))
                        .toList();
                String owner = o.ownerId() == null ? null : who.getOrDefault(o.ownerId(), "#" + o.ownerId());
                context.line(context.text(
                        "outcome.cli.line",
                        o.id(),
                        TableLabel.of(o, context.messages()),
                        context.text("outcome.kind." + o.kind().code()),
                        o.text(),
                        String.join(", ", people),
                        owner == null ? "" : owner,
                        o.due() == null ? "" : o.due().toString()));
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", o.id());
                item.put("table", o.tableNumber());
                // The number a removed table last had may be another table's now (decision 0008).
                item.put("tableRemoved", o.tableRemoved());
                item.put("kind", o.kind().code());
                item.put("text", o.text());
                item.put("people", people);
                item.put("owner", owner);
                item.put("due", o.due() == null ? null : o.due().toString());
                json.add(item);
            }
            if (outcomes.isEmpty()) {
                context.say("outcome.cli.none");
            }
            context.printJson(Map.of("outcomes", json));
            return Cli.DONE;
        }
    }

    /** How the command line names a person: the email, or the name when there is none. */
    static Map<Long, String> who(CommandContext context, long eventId) {
        Map<Long, String> who = new LinkedHashMap<>();
        for (StoredPerson p : context.app().registrants().list(eventId, jp.tsunagu.registrant.RegistrantFilter.ALL)) {
            String email = p.registrant().email();
            who.put(p.id(), email == null || email.isBlank() ? p.registrant().name() : email.strip());
        }
        return who;
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new UserError("outcome.error.date", text);
        }
    }
}
