package jp.tsunagu.event;

import java.util.Optional;

/**
 * A change to one table: a new capacity (or back to automatic), a new name for its theme. Empty
 * parts are left as they are.
 */
public record TableChange(int tableNumber, Optional<Capacity> capacity, Optional<String> themeName) {

    /** A fixed number of seats, or automatic. */
    public record Capacity(Integer seats) {
        public static Capacity automatic() {
            return new Capacity(null);
        }

        public static Capacity of(int seats) {
            return new Capacity(seats);
        }
    }
}
