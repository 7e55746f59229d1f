package jp.tsunagu.event;

/**
 * What would go, or lose its table, with a table: the people seated there, the outcomes recorded
 * for it, and whether the event is closed (its tablemate history names the table). Removing a
 * table or theme in use is refused until the user has said yes to exactly this.
 */
public record TableUse(int seated, int outcomes, boolean closedEvent) {
    public static final TableUse NONE = new TableUse(0, 0, false);

    public boolean inUse() {
        return seated > 0 || outcomes > 0 || closedEvent;
    }

    TableUse plus(TableUse other) {
        return new TableUse(seated + other.seated, outcomes + other.outcomes, closedEvent || other.closedEvent);
    }

    /** Counts one kind of use of a table by its number (the seats, the outcomes), for another capability. */
    @FunctionalInterface
    public interface Counter {
        int count(long eventId, int tableNumber);
    }
}
