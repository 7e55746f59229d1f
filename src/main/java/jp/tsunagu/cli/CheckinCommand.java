package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.venue.CheckIn;
import jp.tsunagu.venue.VenuePerson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkin (--email EMAIL | --id N) [--undo]}: checks a participant in (or takes it back);
 * one without a seat is placed by the venue rule (seating-objective.md, "At the venue").
 */
@Command(name = "checkin", resourceBundle = "jp.tsunagu.i18n.venue", mixinStandardHelpOptions = true)
final class CheckinCommand implements Callable<Integer> {
    private final CommandContext context;

    @ArgGroup(exclusive = true, multiplicity = "1")
    VenueJson.Who who;

    @Option(names = "--undo", descriptionKey = "venue.checkin.undo")
    boolean undo;

    CheckinCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Event event = context.app().events().resolve(context.eventId());
        VenuePerson person = VenueJson.person(context, event.id(), who);
        CheckIn done = undo
                ? context.app().venue().undoCheckIn(event.id(), person.id())
                : context.app().venue().checkIn(event.id(), person.id());
        VenuePerson now = done.person();
        if (undo) {
            context.say(
                    "venue.cli.undone",
                    now.name(),
                    context.text("venue.status." + now.attendance().code()));
        } else if (done.already()) {
            context.say("venue.cli.already", now.name(), table(now));
        } else if (done.placed()) {
            context.say("venue.cli.checkedInPlaced", now.name(), table(now));
        } else {
            context.say("venue.cli.checkedIn", now.name(), table(now));
        }
        VenueJson.sayViolations(context, done.violations());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", now.id());
        json.put("name", now.name());
        json.put("table", now.table());
        json.put("status", now.attendance().code());
        json.put("already", done.already());
        json.put("placed", done.placed());
        json.put("violations", VenueJson.violations(context, done.violations(), Map.of(now.id(), now.name())));
        context.printJson(json);
        return Cli.DONE;
    }

    private String table(VenuePerson person) {
        return person.table() == null ? context.text("venue.cli.noTable") : String.valueOf(person.table());
    }
}
