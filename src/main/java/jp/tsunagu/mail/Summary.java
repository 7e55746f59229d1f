package jp.tsunagu.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one recipient's summary tells (product.md, "The summary email"): the event, their
 * table with its advisor and facilitator, what the table found, and their tablemates.
 */
public record Summary(
        Recipient recipient,
        String eventName,
        LocalDate eventDate,
        String venue,
        String themeName,
        String advisor,
        String facilitator,
        List<String> interests,
        List<Seed> seeds,
        List<Step> steps,
        List<Tablemate> tablemates) {
    public Summary {
        interests = List.copyOf(interests);
        seeds = List.copyOf(seeds);
        steps = List.copyOf(steps);
        tablemates = List.copyOf(tablemates);
    }

    /** A seed of connection (つながりの芽) and the names of the people it connects. */
    public record Seed(String text, List<String> people) {
        public Seed {
            people = List.copyOf(people);
        }
    }

    /** A next step (次の一歩), with its owner's name and due date when recorded. */
    public record Step(String text, String owner, LocalDate due) {}

    /** How many tablemates' addresses this recipient will see. */
    public int sharedContacts() {
        return (int) tablemates.stream().filter(Tablemate::sharesEmail).count();
    }
}
