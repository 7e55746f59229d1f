package jp.tsunagu.seating;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seating and what the user needs to judge it.
 *
 * @param seats table number by participant id (the unseated are missing)
 * @param unseated ids of participants left without a seat because a hard rule left no room
 * @param violations hard rules that could not hold, with the people concerned
 * @param score the score and its terms, counted by {@link SeatingScore}
 * @param reasons why each seated participant not at a 1st-choice table sits where they do
 * @param millis how long the seating took
 * @param optimal whether no seating scores higher (proven by the exact solver)
 */
public record SeatingResult(
        Map<Long, Integer> seats,
        List<Long> unseated,
        List<Violation> violations,
        ScoreBreakdown score,
        List<SeatReason> reasons,
        long millis,
        boolean optimal) {

    public SeatingResult {
        seats = Map.copyOf(seats);
        unseated = List.copyOf(unseated);
        violations = List.copyOf(violations);
        reasons = List.copyOf(reasons);
    }

    public Optional<Integer> tableOf(long personId) {
        return Optional.ofNullable(seats.get(personId));
    }

    public Optional<SeatingNote> reasonFor(long personId) {
        return reasons.stream()
                .filter(r -> r.personId() == personId)
                .map(SeatReason::reason)
                .findFirst();
    }
}
