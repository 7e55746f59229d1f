package jp.tsunagu.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.venue.CheckIn;
import jp.tsunagu.venue.VenuePerson;
import jp.tsunagu.venue.WalkIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code walkin --name NAME [...]}: adds a walk-in (当日参加), checks them in and places them
 * without moving anybody, all in one transaction.
 */
@Command(name = "walkin", resourceBundle = "jp.tsunagu.i18n.venue", mixinStandardHelpOptions = true)
final class WalkinCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "venue.walkin.name")
    String name;

    @Option(names = "--reading", paramLabel = "R", descriptionKey = "venue.walkin.reading")
    String reading;

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "venue.walkin.org")
    String organisation;

    @Option(names = "--title", paramLabel = "T", descriptionKey = "venue.walkin.title")
    String title;

    @Option(names = "--industry", paramLabel = "I", descriptionKey = "venue.walkin.industry")
    String industry;

    @Option(names = "--category", paramLabel = "C", descriptionKey = "venue.walkin.category")
    String category;

    @Option(names = "--yeg", descriptionKey = "venue.walkin.yeg")
    boolean yeg;

    @Option(names = "--email", paramLabel = "E", descriptionKey = "venue.walkin.email")
    String email;

    @Option(names = "--phone", paramLabel = "P", descriptionKey = "venue.walkin.phone")
    String phone;

    @Option(names = "--choice1", paramLabel = "N", descriptionKey = "venue.walkin.choice1")
    Integer choice1;

    @Option(names = "--choice2", paramLabel = "N", descriptionKey = "venue.walkin.choice2")
    Integer choice2;

    @Option(names = "--choice3", paramLabel = "N", descriptionKey = "venue.walkin.choice3")
    Integer choice3;

    @Option(names = "--consent", descriptionKey = "venue.walkin.consent")
    boolean consent;

    WalkinCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Event event = context.app().events().resolve(context.eventId());
        WalkIn form = new WalkIn(
                name,
                reading,
                organisation,
                title,
                industry,
                category,
                yeg,
                email,
                phone,
                choice1,
                choice2,
                choice3,
                consent);
        CheckIn done = context.app().venue().walkIn(event.id(), form);
        VenuePerson person = done.person();
        context.say(
                "venue.cli.walkedIn",
                person.name(),
                person.table() == null ? context.text("venue.cli.noTable") : String.valueOf(person.table()),
                person.id());
        VenueJson.sayViolations(context, done.violations());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id());
        json.put("name", person.name());
        json.put("table", person.table());
        json.put("violations", VenueJson.violations(context, done.violations(), Map.of(person.id(), person.name())));
        context.printJson(json);
        return Cli.DONE;
    }
}
