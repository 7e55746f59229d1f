package jp.tsunagu.seating;

/**
 * The event's weights and switchable rule (seating-objective.md). Weights are points: the choice
 * weights are added, the others subtracted.
 */
public record SeatingRules(
        int firstChoice,
        int secondChoice,
        int thirdChoice,
        int sameIndustryPair,
        int repeatPair,
        int yegOverflow,
        boolean separateOrganisations) {

    public static final SeatingRules DEFAULTS = new SeatingRules(10, 6, 3, 2, 3, 4, true);

    public SeatingRules {
        if (firstChoice < 0
                || secondChoice < 0
                || thirdChoice < 0
                || sameIndustryPair < 0
                || repeatPair < 0
                || yegOverflow < 0) {
            throw new IllegalArgumentException("seating weights are never negative");
        }
    }

    /** Points for sitting at a table of the theme given this rank (1..3); 0 for no rank. */
    public int choicePoints(int rank) {
        return switch (rank) {
            case 1 -> firstChoice;
            case 2 -> secondChoice;
            case 3 -> thirdChoice;
            default -> 0;
        };
    }
}
