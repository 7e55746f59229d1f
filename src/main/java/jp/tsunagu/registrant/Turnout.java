package jp.tsunagu.registrant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import jp.tsunagu.store.Database;

/**
 * Who came (read only): each person's attendance and whether they walked in (当日参加), as the venue
 * day wrote them. For the follow-up's figures and the person's page; the venue day owns the writes.
 */
public final class Turnout {
    /** One person's turnout. */
    public record Entry(Attendance attendance, boolean walkIn) {
        public boolean attended() {
            return attendance == Attendance.CHECKED_IN;
        }
    }

    private final Database database;

    public Turnout(Database database) {
        this.database = database;
    }

    /** Person id to turnout, for every person of the event. */
    public Map<Long, Entry> of(long eventId) {
        return database.read(c -> {
            Map<Long, Entry> turnout = new HashMap<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT id, attendance, walk_in FROM person WHERE event_id = ?")) {
                s.setLong(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        turnout.put(r.getLong(1), new Entry(Attendance.of(r.getString(2)), r.getInt(3) == 1));
                    }
                }
            }
            return turnout;
        });
    }
}
