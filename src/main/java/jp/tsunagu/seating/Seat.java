package jp.tsunagu.seating;

/**
 * Where one person sits as the store holds it.
 *
 * @param table the table number, or null when the person has no seat yet
 * @param locked whether the user locked the person to that table
 */
public record Seat(long personId, Integer table, boolean locked) {
    public Seat {
        if (table == null && locked) {
            throw new IllegalArgumentException("only a seated person can be locked");
        }
    }
}
