package jp.tsunagu.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.StaffRole;
import jp.tsunagu.store.Database;

/**
 * An event after the day, written straight into a real store: participants with attendance, seats
 * and consent as the venue day leaves them, and outcomes as the record stage leaves them.
 */
public final class MailFixture {
    private final Database database;
    private final EventService events;
    private final long eventId;

    public MailFixture(Database database) {
        this.database = database;
        this.events = new EventService(database);
        EventPlan plan = events.create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川商工会議所"));
        this.eventId = plan.event().id();
    }

    private MailFixture(Database database, long eventId) {
        this.database = database;
        this.events = new EventService(database);
        this.eventId = eventId;
    }

    /** A fixture on an event already in the store (another process made it). */
    public static MailFixture existing(Database database, long eventId) {
        return new MailFixture(database, eventId);
    }

    /** The owners a MailService reads through, on this fixture's store. */
    public MailService.Sources sources() {
        return new MailService.Sources(
                events,
                new jp.tsunagu.registrant.Registrants(database),
                new jp.tsunagu.registrant.Turnout(database),
                new jp.tsunagu.seating.Seats(database),
                new jp.tsunagu.outcome.Outcomes(database));
    }

    public long eventId() {
        return eventId;
    }

    public void staff(int table, StaffRole role, String name, String organisation) {
        events.putStaff(eventId, table, role, new StaffDetails(name, organisation, ""));
    }

    /** A participant seated at {@code table} (null: no seat); {@code checkedIn} false leaves them expected. */
    public long person(
            String name,
            String organisation,
            String email,
            String phone,
            boolean consent,
            Integer table,
            boolean checkedIn) {
        return database.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO person(event_id, name, reading, organisation, email, phone, consent, attendance)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, eventId);
                s.setString(2, name);
                s.setString(3, name);
                s.setString(4, organisation);
                s.setString(5, email);
                s.setString(6, phone);
                s.setInt(7, consent ? 1 : 0);
                s.setString(8, checkedIn ? "checked_in" : "expected");
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (table != null) {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO seat(person_id, table_id)
                        SELECT ?, id FROM seating_table WHERE event_id = ? AND number = ?""")) {
                    s.setLong(1, id);
                    s.setLong(2, eventId);
                    s.setInt(3, table);
                    s.executeUpdate();
                }
            }
            return id;
        });
    }

    public long person(String name, String email, boolean consent, int table) {
        return person(name, name + "の会社", email, "", consent, table, true);
    }

    /** Records an outcome of {@code table}; {@code people} for a seed, the first of them as a step's owner. */
    public void outcome(int table, String kind, String text, List<Long> people, LocalDate due) {
        database.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO outcome(event_id, table_number, kind, position, text, owner_id, due)
                    VALUES (?, ?, ?, (SELECT count(*) FROM outcome WHERE event_id = ? AND table_number = ?), ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, eventId);
                s.setInt(2, table);
                s.setString(3, kind);
                s.setLong(4, eventId);
                s.setInt(5, table);
                s.setString(6, text);
                s.setObject(7, kind.equals("step") && !people.isEmpty() ? people.getFirst() : null);
                s.setString(8, due == null ? null : due.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (kind.equals("seed")) {
                int position = 0;
                for (long person : people) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO outcome_person VALUES (?, ?, ?)")) {
                        s.setLong(1, id);
                        s.setLong(2, person);
                        s.setInt(3, position++);
                        s.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
