package jp.tsunagu.followup;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.SeedStatus;

/**
 * A seed of connection as the follow-up tracks it: its people, its history (oldest first), the date
 * it last moved (the event's date until it moves), and whether it is
 * overdue ({@link FollowUps#STALE_AFTER_DAYS}).
 */
public record SeedFollowUp(
        Outcome seed, List<ReportPerson> people, List<FollowUpEntry> history, LocalDate lastChange, boolean overdue) {
    public SeedFollowUp {
        people = List.copyOf(people);
        history = List.copyOf(history);
    }

    public SeedStatus status() {
        return seed.status();
    }

    public boolean involves(long personId) {
        return seed.people().contains(personId);
    }
}
