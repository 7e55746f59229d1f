package jp.tsunagu.seating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.TableSeats;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange;

/**
 * The one owner of the {@code seat} table: where each person of an event sits and whether they are
 * locked there. Every capability reads and writes seats here; each write tells the store's
 * notifier that the event's seats changed. Calls made inside another transaction join it.
 */
public final class Seats implements TableSeats {
    private final Database database;

    public Seats(Database database) {
        this.database = database;
    }

    /** The seated people of the event: person id to seat (with the table's number). */
    public Map<Long, Seat> of(long eventId) {
        return database.read(c -> {
            Map<Long, Seat> seats = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT s.person_id, t.number, s.locked FROM seat s
                    JOIN seating_table t ON t.id = s.table_id
                    WHERE t.event_id = ?""")) {
                s.setLong(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        seats.put(r.getLong(1), new Seat(r.getLong(1), r.getInt(2), r.getInt(3) == 1));
                    }
                }
            }
            return seats;
        });
    }

    /** How many people sit at table {@code number} of the event. */
    public int countAt(long eventId, int number) {
        return (int) of(eventId).values().stream()
                .filter(s -> s.table() != null && s.table() == number)
                .count();
    }

    /** Puts these seats (null table: no seat) for people of the event; all or nothing with the caller. */
    public void put(long eventId, List<Seat> seats) {
        database.inTransaction(c -> {
            Map<Integer, Long> tableIds = tableIds(c, eventId);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM seat WHERE person_id = ?");
                    PreparedStatement insert =
                            c.prepareStatement("INSERT INTO seat(person_id, table_id, locked) VALUES (?, ?, ?)")) {
                for (Seat seat : seats) {
                    delete.setLong(1, seat.personId());
                    delete.addBatch();
                    if (seat.table() != null) {
                        Long tableId = tableIds.get(seat.table());
                        if (tableId == null) {
                            throw new IllegalArgumentException("no table " + seat.table());
                        }
                        insert.setLong(1, seat.personId());
                        insert.setLong(2, tableId);
                        insert.setInt(3, seat.locked() ? 1 : 0);
                        insert.addBatch();
                    }
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            database.changed(eventId, StoreChange.Topic.SEATS);
            return null;
        });
    }

    /** Frees the seats of these people (marked absent, for example), so their places go to others. */
    public void free(long eventId, Collection<Long> people) {
        if (people.isEmpty()) {
            return;
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM seat WHERE person_id = ?")) {
                for (long id : people) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            database.changed(eventId, StoreChange.Topic.SEATS);
            return null;
        });
    }

    /** Seats one person at table {@code number} (a seating file's table column); false when there is no such table. */
    @Override
    public boolean seat(long eventId, long personId, int number) {
        return database.inTransaction(c -> {
            Long tableId = tableIds(c, eventId).get(number);
            if (tableId == null) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO seat(person_id, table_id) VALUES (?, ?)"
                    + " ON CONFLICT(person_id) DO UPDATE SET table_id = excluded.table_id")) {
                s.setLong(1, personId);
                s.setLong(2, tableId);
                s.executeUpdate();
            }
            database.changed(eventId, StoreChange.Topic.SEATS);
            return true;
        });
    }

    private static Map<Integer, Long> tableIds(Connection c, long eventId) throws SQLException {
        Map<Integer, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number, id FROM seating_table WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getInt(1), r.getLong(2));
                }
            }
        }
        return ids;
    }
}
