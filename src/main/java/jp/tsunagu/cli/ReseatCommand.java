package jp.tsunagu.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.seating.ScoreBreakdown;
import jp.tsunagu.seating.ScoreTerm;
import jp.tsunagu.venue.ClosingPlan;
import jp.tsunagu.venue.Move;
import jp.tsunagu.venue.VenuePerson;
import picocli.CommandLine.Command;

/**
 * {@code reseat}: closes reception (受付締切). Everyone not checked in becomes absent, then the
 * present participants are seated again with only the moves worth more than their weight; prints
 * who moves from which table to which, for the MC to read out.
 */
@Command(name = "reseat", resourceBundle = "jp.tsunagu.i18n.venue", mixinStandardHelpOptions = true)
final class ReseatCommand implements Callable<Integer> {
    private final CommandContext context;

    ReseatCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Event event = context.app().events().resolve(context.eventId());
        ClosingPlan plan = context.app().venue().closeReception(event.id());
        Map<Long, String> names = new HashMap<>();
        for (VenuePerson p : context.app().venue().people(event.id())) {
            names.put(p.id(), p.name());
        }
        printText(plan, names);
        context.printJson(json(plan, names));
        return Cli.DONE;
    }

    private void printText(ClosingPlan plan, Map<Long, String> names) {
        context.say("venue.cli.closed", plan.becomingAbsent().size(), plan.absentAfter(), plan.millis() / 1000.0);
        context.say(plan.optimal() ? "venue.cli.scoreBest" : "venue.cli.score", plan.scoreBefore(), plan.venueScore());
        ScoreBreakdown after = plan.after();
        for (ScoreTerm term : ScoreTerm.values()) {
            context.say("venue.cli.term", context.text(term.labelKey()), after.count(term), after.points(term));
        }
        context.say(
                "venue.cli.movesTerm",
                plan.moves().size(),
                -plan.moveWeight() * plan.moves().size());
        if (plan.moves().isEmpty()) {
            context.say("venue.cli.noMoves");
        } else {
            context.say("venue.cli.moves", plan.moves().size());
            for (Move move : plan.moves()) {
                context.say("venue.cli.move", move.name(), move.from(), to(move));
            }
        }
        for (Move move : plan.placed()) {
            context.say("venue.cli.placed", move.name(), to(move));
        }
        VenueJson.sayViolations(context, plan.violations());
    }

    private String to(Move move) {
        return move.to() == null ? context.text("venue.cli.noTable") : String.valueOf(move.to());
    }

    /** cli.md's shape; more keys after. */
    private Map<String, Object> json(ClosingPlan plan, Map<Long, String> names) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", plan.venueScore());
        Map<String, Object> terms = new LinkedHashMap<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            terms.put(term.jsonName(), plan.after().count(term));
        }
        terms.put("moves", plan.moves().size());
        json.put("terms", terms);
        json.put("absent", plan.absentAfter());
        json.put("moved", moves(plan.moves()));
        json.put(
                "unseated",
                plan.unseated().stream()
                        .map(id -> names.getOrDefault(id, String.valueOf(id)))
                        .toList());
        json.put("violations", VenueJson.violations(context, plan.violations(), names));
        json.put("millis", plan.millis());
        json.put("optimal", plan.optimal());
        json.put("scoreBefore", plan.scoreBefore());
        json.put("moveWeight", plan.moveWeight());
        json.put("becameAbsent", plan.becomingAbsent().size());
        json.put("placed", moves(plan.placed()));
        return json;
    }

    private static List<Map<String, Object>> moves(List<Move> moves) {
        return moves.stream()
                .map(m -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("id", m.personId());
                    one.put("name", m.name());
                    one.put("from", m.from());
                    one.put("to", m.to());
                    return one;
                })
                .toList();
    }
}
