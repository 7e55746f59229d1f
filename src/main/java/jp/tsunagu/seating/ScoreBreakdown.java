package jp.tsunagu.seating;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of each score term and the score they make under the event's weights. Always
 * computed by {@link SeatingScore}, never taken from a solver's objective.
 */
public record ScoreBreakdown(
        int firstChoice,
        int secondChoice,
        int thirdChoice,
        int sameIndustryPairs,
        int repeatPairs,
        int yegOverflow,
        SeatingRules rules) {

    public int count(ScoreTerm term) {
        return switch (term) {
            case FIRST_CHOICE -> firstChoice;
            case SECOND_CHOICE -> secondChoice;
            case THIRD_CHOICE -> thirdChoice;
            case SAME_INDUSTRY_PAIRS -> sameIndustryPairs;
            case REPEAT_PAIRS -> repeatPairs;
            case YEG_OVERFLOW -> yegOverflow;
        };
    }

    public int points(ScoreTerm term) {
        return count(term) * term.pointsEach(rules);
    }

    public int score() {
        int score = 0;
        for (ScoreTerm term : ScoreTerm.values()) {
            score += points(term);
        }
        return score;
    }

    /** Counts by JSON name, in the documented order (the {@code terms} object of {@code assign --json}). */
    public Map<ScoreTerm, Integer> counts() {
        Map<ScoreTerm, Integer> counts = new EnumMap<>(ScoreTerm.class);
        for (ScoreTerm term : ScoreTerm.values()) {
            counts.put(term, count(term));
        }
        return counts;
    }
}
