package jp.tsunagu.venue;

/**
 * One participant moving at closing reception, for the MC to read out.
 *
 * @param from the table before, or null when they had no seat (then they are only placed)
 * @param to the table after, or null when no table could take them
 */
public record Move(long personId, String name, String reading, Integer from, Integer to) {}
