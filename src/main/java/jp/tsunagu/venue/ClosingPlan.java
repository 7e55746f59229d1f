package jp.tsunagu.venue;

import java.util.List;
import jp.tsunagu.seating.ScoreBreakdown;
import jp.tsunagu.seating.Violation;

/**
 * Closing reception (受付締切), previewed or done: who becomes absent, who moves from which table
 * to which, and the score before and after.
 *
 * @param becomingAbsent everyone still expected, who becomes absent and loses their seat
 * @param moves checked-in participants at another table afterwards, by table then reading
 * @param placed checked-in participants who had no seat and got one
 * @param before the score of the present participants where they sit now
 * @param after the score after closing (moves not counted)
 * @param moveWeight what one move costs
 * @param absentAfter participants absent after closing
 * @param unseated present participants the hard rules left without a seat (ids)
 * @param violations the rules that could not hold
 * @param optimal whether no seating has a higher venue score (proven by the exact solver)
 */
public record ClosingPlan(
        List<VenuePerson> becomingAbsent,
        List<Move> moves,
        List<Move> placed,
        ScoreBreakdown before,
        ScoreBreakdown after,
        int moveWeight,
        int absentAfter,
        List<Long> unseated,
        List<Violation> violations,
        long millis,
        boolean optimal) {

    public ClosingPlan {
        becomingAbsent = List.copyOf(becomingAbsent);
        moves = List.copyOf(moves);
        placed = List.copyOf(placed);
        unseated = List.copyOf(unseated);
        violations = List.copyOf(violations);
    }

    /** The venue score after closing: the score less the weight of every move. */
    public int venueScore() {
        return after.score() - moveWeight * moves.size();
    }

    /** The score of the present participants before closing (nobody moved yet). */
    public int scoreBefore() {
        return before.score();
    }
}
