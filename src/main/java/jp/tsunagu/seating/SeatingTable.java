package jp.tsunagu.seating;

/**
 * A table as the seating sees it.
 *
 * @param number the table number shown in the room (1, 2, ...)
 * @param theme the number of the table's sub-theme; several tables may share one
 * @param capacity participant seats (advisor and facilitator not counted); null = automatic
 */
public record SeatingTable(int number, int theme, Integer capacity) {
    public SeatingTable {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: " + capacity);
        }
    }
}
