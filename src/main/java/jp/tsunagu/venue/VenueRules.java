package jp.tsunagu.venue;

/** The venue's own rule: what a move at closing reception costs (seating-objective.md, "At the venue"). */
public final class VenueRules {
    /** Points a checked-in participant's move costs at closing, unless the event sets another. */
    public static final int DEFAULT_MOVE_WEIGHT = 20;

    private VenueRules() {}
}
