package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.seating.ScoreBreakdown;
import jp.tsunagu.seating.ScoreTerm;
import jp.tsunagu.seating.SeatReason;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingNote;
import jp.tsunagu.seating.SeatingResult;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.seating.Violation;
import jp.tsunagu.venue.VenueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code assign [--capacity N]}: seats the event's participants and prints the score, each term,
 * the hard-rule report and the reasons (seating-objective.md).
 */
@Command(name = "assign", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
final class AssignCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--capacity", paramLabel = "N", descriptionKey = "assign.capacity")
    Integer capacity;

    @Option(names = "--unseated-only", descriptionKey = "assign.unseatedOnly")
    boolean unseatedOnly;

    AssignCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SeatingSolver.trace("assign command starts");
        Event event = context.app().events().resolve(context.eventId());
        if (capacity != null) {
            context.app().events().setAllCapacities(event.id(), capacity);
        }
        if (unseatedOnly) {
            return placeUnseated(event);
        }
        // Name cards already printed: the seating may move people away from the table on their card.
        context.app().printing().cardsPrintedAt(event.id()).ifPresent(when -> context.err()
                .println(context.text("venue.assign.cardsPrinted", when)));
        SeatingSolver.trace("store open, event read");
        SeatingResult result = context.app().seating().assign(event.id());
        SeatingSolver.trace("seating saved");
        SeatingBoard board = context.app().seating().board(event.id());
        printText(result, board);
        context.printJson(json(result, board));
        SeatingSolver.trace("printed");
        return Cli.DONE;
    }

    /** {@code assign --unseated-only}: only the people without a seat, each by the venue rule; nobody moves. */
    private Integer placeUnseated(Event event) {
        List<VenueService.PlacedPerson> placed = context.app().venue().placeUnseated(event.id());
        context.say("venue.assign.placed", placed.size());
        List<Map<String, Object>> seats = new java.util.ArrayList<>();
        for (VenueService.PlacedPerson p : placed) {
            Integer table = p.placement().table();
            context.say(
                    "venue.cli.placed",
                    p.person().name(),
                    table == null ? context.text("venue.cli.noTable") : String.valueOf(table));
            VenueJson.sayViolations(context, p.placement().violations());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", p.person().id());
            one.put("name", p.person().name());
            one.put("table", table);
            one.put(
                    "violations",
                    VenueJson.violations(
                            context,
                            p.placement().violations(),
                            Map.of(p.person().id(), p.person().name())));
            seats.add(one);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("placed", seats);
        context.printJson(json);
        return Cli.DONE;
    }

    private void printText(SeatingResult result, SeatingBoard board) {
        context.say(
                result.optimal() ? "seating.cli.assignedBest" : "seating.cli.assigned",
                result.seats().size(),
                board.people().size(),
                result.millis() / 1000.0);
        ScoreBreakdown score = result.score();
        context.say("seating.cli.score", score.score());
        for (ScoreTerm term : ScoreTerm.values()) {
            context.say("seating.cli.term", context.text(term.labelKey()), score.count(term), score.points(term));
        }
        if (result.violations().isEmpty()) {
            context.say("seating.cli.rulesHold");
        } else {
            context.say("seating.cli.rulesBroken", result.violations().size());
            for (Violation v : result.violations()) {
                context.say("seating.cli.violation", context.text(v.ruleLabelKey()), text(v.message()));
            }
        }
        if (!result.reasons().isEmpty()) {
            context.say("seating.cli.reasons");
            for (SeatReason reason : result.reasons()) {
                SeatedPerson person = board.person(reason.personId()).orElseThrow();
                context.say(
                        "seating.cli.reason",
                        person.name(),
                        person.table(),
                        choice(board, person),
                        text(reason.reason()));
            }
        }
    }

    private String choice(SeatingBoard board, SeatedPerson person) {
        int rank = board.choiceRank(person);
        return rank == 0 ? context.text("seating.cli.noChoice") : context.text("seating.export.choiceRank", rank);
    }

    private String text(SeatingNote note) {
        return context.text(note.key(), note.args().toArray());
    }

    /** cli.md's shape: score, terms (counts), unseated, violations, millis; more keys added after. */
    private Map<String, Object> json(SeatingResult result, SeatingBoard board) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", result.score().score());
        Map<String, Object> terms = new LinkedHashMap<>();
        Map<String, Object> points = new LinkedHashMap<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            terms.put(term.jsonName(), result.score().count(term));
            points.put(term.jsonName(), result.score().points(term));
        }
        json.put("terms", terms);
        json.put("unseated", names(board, result.unseated()));
        json.put(
                "violations",
                result.violations().stream()
                        .map(v -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("rule", v.rule());
                            one.put("people", names(board, v.people()));
                            one.put("message", text(v.message()));
                            return one;
                        })
                        .toList());
        json.put("millis", result.millis());
        json.put("points", points);
        json.put("optimal", result.optimal());
        json.put(
                "seats",
                board.people().stream()
                        .filter(p -> p.table() != null)
                        .map(p -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("id", p.id());
                            one.put("name", p.name());
                            one.put("table", p.table());
                            int rank = board.choiceRank(p);
                            one.put("choice", rank == 0 ? null : rank);
                            one.put("locked", p.locked());
                            result.reasonFor(p.id()).ifPresent(r -> one.put("reason", text(r)));
                            return one;
                        })
                        .toList());
        return json;
    }

    private static List<String> names(SeatingBoard board, List<Long> ids) {
        return ids.stream()
                .map(id -> board.person(id).map(SeatedPerson::name).orElse(String.valueOf(id)))
                .toList();
    }
}
