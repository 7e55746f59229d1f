package jp.tsunagu.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.followup.SeedFollowUp;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.outcome.TableLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code followup set|list}: the bridging of each seed of connection (橋渡し, cli.md). */
@Command(
        name = "followup",
        resourceBundle = "jp.tsunagu.i18n.followup",
        mixinStandardHelpOptions = true,
        subcommands = {FollowupCommand.Set.class, FollowupCommand.ListFollowUps.class})
final class FollowupCommand {

    /** {@code followup set --id N --status S [--note TEXT] [--date YYYY-MM-DD]}. */
    @Command(name = "set", resourceBundle = "jp.tsunagu.i18n.followup", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--id", required = true, paramLabel = "N", descriptionKey = "followup.set.id")
        long id;

        @Option(names = "--status", required = true, paramLabel = "STATUS", descriptionKey = "followup.set.status")
        SeedStatus status;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "followup.set.note")
        String note;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "followup.set.date")
        String date;

        Set(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LocalDate on = date == null ? LocalDate.now() : OutcomeCommand.date(date);
            long entry = context.app().followUps().set(id, status, on, note == null ? "" : note);
            Outcome seed = context.app().outcomes().get(id);
            context.say(
                    "followup.cli.set",
                    id,
                    context.text("followup.status." + seed.status().code()),
                    on.toString());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("status", seed.status().code());
            json.put("entry", entry);
            json.put("date", on.toString());
            context.printJson(json);
            return Cli.DONE;
        }
    }

    /** {@code followup list}. */
    @Command(name = "list", resourceBundle = "jp.tsunagu.i18n.followup", mixinStandardHelpOptions = true)
    static final class ListFollowUps implements Callable<Integer> {
        private final CommandContext context;

        ListFollowUps(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            List<SeedFollowUp> seeds = context.app().followUps().seeds(event.id(), LocalDate.now());
            Map<Long, String> who = OutcomeCommand.who(context, event.id());
            List<Object> json = new ArrayList<>();
            for (SeedFollowUp s : seeds) {
                Outcome o = s.seed();
                List<String> people = o.people().stream()
                        .map(id -> who.getOrDefault(id, "#" + id))
                        .toList();
                context.line(context.text(
                        s.overdue() ? "followup.cli.lineOverdue" : "followup.cli.line",
                        o.id(),
                        TableLabel.of(o, context.messages()),
                        o.text(),
                        String.join(", ", people),
                        context.text("followup.status." + o.status().code())));
                List<Object> history = new ArrayList<>();
                for (FollowUpEntry e : s.history()) {
                    context.line(context.text(
                            "followup.cli.history",
                            e.date().toString(),
                            context.text("followup.status." + e.status().code()),
                            e.note()));
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("date", e.date().toString());
                    step.put("status", e.status().code());
                    step.put("note", e.note());
                    history.add(step);
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", o.id());
                item.put("table", o.tableNumber());
                // As in outcome list: the number a removed table last had may be another table's now (decision 0008).
                item.put("tableRemoved", o.tableRemoved());
                item.put("text", o.text());
                item.put("people", people);
                item.put("status", o.status().code());
                item.put("overdue", s.overdue());
                item.put("history", history);
                json.add(item);
            }
            if (seeds.isEmpty()) {
                context.say("followup.cli.none");
            }
            context.printJson(Map.of("followups", json));
            return Cli.DONE;
        }
    }
}
