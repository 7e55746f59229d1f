package jp.tsunagu.seating;

/**
 * How far the automatic seating has come.
 *
 * @param fraction 0..1 of the time the seating may take
 * @param bestSoFar the best seating found yet (may be shown at once), or null before the first
 * @param searching true while the exact search still goes on
 */
public record SeatingProgress(double fraction, SeatingResult bestSoFar, boolean searching) {}
