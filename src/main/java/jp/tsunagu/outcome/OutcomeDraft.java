package jp.tsunagu.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user typed for one line of a table's worksheet: the text, and for a seed of connection the
 * people it connects (person ids, two or more of the table's members), for a next step its optional
 * owner (one of the members) and optional date. Fields that do not belong to the kind are ignored.
 */
public record OutcomeDraft(OutcomeKind kind, String text, List<Long> people, Long ownerId, LocalDate due) {
    public OutcomeDraft {
        text = text == null ? "" : text.strip();
        people = people == null ? List.of() : List.copyOf(people);
    }

    public static OutcomeDraft interest(String text) {
        return new OutcomeDraft(OutcomeKind.INTEREST, text, List.of(), null, null);
    }

    public static OutcomeDraft seed(String text, List<Long> people) {
        return new OutcomeDraft(OutcomeKind.SEED, text, people, null, null);
    }

    public static OutcomeDraft step(String text, Long ownerId, LocalDate due) {
        return new OutcomeDraft(OutcomeKind.STEP, text, List.of(), ownerId, due);
    }

    /** The draft of what is recorded now, to edit it. */
    public static OutcomeDraft of(Outcome outcome) {
        return new OutcomeDraft(outcome.kind(), outcome.text(), outcome.people(), outcome.ownerId(), outcome.due());
    }
}
