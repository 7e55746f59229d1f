package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.seating.SeatingNote;
import jp.tsunagu.seating.Violation;
import jp.tsunagu.venue.VenuePerson;

/** The venue commands' shared bits of output: one person, a rule that could not hold. */
final class VenueJson {
    private VenueJson() {}

    static String text(CommandContext context, SeatingNote note) {
        return context.text(note.key(), note.args().toArray());
    }

    /** {@code {"rule", "people", "message"}}, as {@code assign} prints them. */
    static List<Map<String, Object>> violations(
            CommandContext context, List<Violation> violations, Map<Long, String> names) {
        return violations.stream()
                .map(v -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("rule", v.rule());
                    one.put(
                            "people",
                            v.people().stream()
                                    .map(id -> names.getOrDefault(id, String.valueOf(id)))
                                    .toList());
                    one.put("message", text(context, v.message()));
                    return one;
                })
                .toList();
    }

    static void sayViolations(CommandContext context, List<Violation> violations) {
        for (Violation v : violations) {
            context.say("venue.cli.violation", context.text(v.ruleLabelKey()), text(context, v.message()));
        }
    }

    /** The person named by {@code --email} or {@code --id}. */
    static VenuePerson person(CommandContext context, long eventId, Who who) {
        return who.email != null
                ? context.app().venue().byEmail(eventId, who.email)
                : context.app().venue().person(eventId, who.id);
    }

    /** {@code --email EMAIL | --id N}: exactly one of them. */
    static final class Who {
        @picocli.CommandLine.Option(
                names = "--email",
                paramLabel = "EMAIL",
                required = true,
                descriptionKey = "venue.who.email")
        String email;

        @picocli.CommandLine.Option(names = "--id", paramLabel = "N", required = true, descriptionKey = "venue.who.id")
        Long id;
    }
}
