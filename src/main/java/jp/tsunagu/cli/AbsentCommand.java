package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.venue.Absence;
import jp.tsunagu.venue.VenuePerson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code absent (--email EMAIL | --id N)}: marks one participant absent; their seat is freed. */
@Command(name = "absent", resourceBundle = "jp.tsunagu.i18n.venue", mixinStandardHelpOptions = true)
final class AbsentCommand implements Callable<Integer> {
    private final CommandContext context;

    @ArgGroup(exclusive = true, multiplicity = "1")
    VenueJson.Who who;

    AbsentCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Event event = context.app().events().resolve(context.eventId());
        VenuePerson person = VenueJson.person(context, event.id(), who);
        Absence done = context.app().venue().markAbsent(event.id(), person.id());
        if (done.freedTable() == null) {
            context.say("venue.cli.absent", done.person().name());
        } else {
            context.say("venue.cli.absentFreed", done.person().name(), done.freedTable());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", done.person().id());
        json.put("name", done.person().name());
        json.put("status", done.person().attendance().code());
        json.put("freedTable", done.freedTable());
        context.printJson(json);
        return Cli.DONE;
    }
}
