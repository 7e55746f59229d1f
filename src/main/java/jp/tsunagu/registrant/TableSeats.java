package jp.tsunagu.registrant;

/**
 * Where the import puts a person a seating file gave a table: the seating owns the seats, and the
 * import only asks it (so registrant never writes another capability's table). Runs inside the
 * import's transaction.
 */
@FunctionalInterface
public interface TableSeats {
    /** Seats {@code personId} at table {@code number} of the event; false when there is no such table. */
    boolean seat(long eventId, long personId, int number);
}
