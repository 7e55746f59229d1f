package jp.tsunagu.seating;

import java.util.List;
import java.util.Set;

/** Everything the seating needs to know about one event, as plain values. */
public record SeatingProblem(
        List<SeatingTable> tables,
        List<Participant> participants,
        Set<TablematePair> earlierTablemates,
        SeatingRules rules) {

    public SeatingProblem {
        tables = List.copyOf(tables);
        participants = List.copyOf(participants);
        earlierTablemates = Set.copyOf(earlierTablemates);
        if (rules == null) {
            rules = SeatingRules.DEFAULTS;
        }
    }

    public SeatingProblem withParticipants(List<Participant> people) {
        return new SeatingProblem(tables, people, earlierTablemates, rules);
    }
}
