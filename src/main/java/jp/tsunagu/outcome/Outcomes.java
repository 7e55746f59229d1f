package jp.tsunagu.outcome;

import java.util.List;
import jp.tsunagu.store.Database;

/** What each table of an event found (記録): the service the window, the command line and the report use. */
public final class Outcomes {
    private final Database database;

    public Outcomes(Database database) {
        this.database = database;
    }

    /** Every outcome of the event, by table, kind and position. */
    public List<Outcome> list(long eventId) {
        return database.read(c -> OutcomeStore.list(c, eventId, null));
    }

    /** The outcomes of one table (by its number), by kind and position. */
    public List<Outcome> forTable(long eventId, int tableNumber) {
        return database.read(c -> OutcomeStore.list(c, eventId, tableNumber));
    }
}
