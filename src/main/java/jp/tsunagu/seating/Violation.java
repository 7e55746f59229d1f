package jp.tsunagu.seating;

import java.util.List;

/**
 * A hard rule that could not hold, the people it concerns (ids) and what to tell the user.
 *
 * @param rule which rule: {@link #SEATED}, {@link #CAPACITY}, {@link #PIN} or {@link #ORGANISATION}
 */
public record Violation(String rule, List<Long> people, SeatingNote message) {
    public static final String SEATED = "seated";
    public static final String CAPACITY = "capacity";
    public static final String PIN = "pin";
    public static final String ORGANISATION = "organisation";

    public Violation {
        people = List.copyOf(people);
    }

    /** The bundle key of the rule's name. */
    public String ruleLabelKey() {
        return "seating.rule." + rule;
    }
}
