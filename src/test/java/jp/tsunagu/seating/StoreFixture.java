package jp.tsunagu.seating;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.store.Database;

/** Puts events and people into a real store for the seating tests (the import is not needed for that). */
public final class StoreFixture {
    private final Database database;
    private final EventService events;

    public StoreFixture(Database database) {
        this.database = database;
        this.events = new EventService(database);
    }

    public EventService events() {
        return events;
    }

    public EventPlan event(String name, LocalDate date) {
        return events.create(new EventDetails(name, date, "掛川"));
    }

    /** Adds a person; choices are theme numbers (or null). */
    public long person(
            EventPlan plan,
            String name,
            String organisation,
            String industry,
            boolean yeg,
            String email,
            Integer choice1,
            Integer choice2,
            Integer choice3) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO person(event_id, name, reading, organisation, org_key, industry, yeg, email,
                                       choice1_theme_id, choice2_theme_id, choice3_theme_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, plan.event().id());
                s.setString(2, name);
                s.setString(3, "よみ" + name);
                s.setString(4, organisation);
                s.setString(5, organisation.replace("株式会社", ""));
                s.setString(6, industry);
                s.setInt(7, yeg ? 1 : 0);
                s.setString(8, email);
                s.setObject(9, themeId(plan, choice1));
                s.setObject(10, themeId(plan, choice2));
                s.setObject(11, themeId(plan, choice3));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public long person(EventPlan plan, String name, Integer choice1) {
        return person(plan, name, "", "", false, "", choice1, null, null);
    }

    public void absent(long personId) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE person SET attendance = 'absent' WHERE id = ?")) {
                s.setLong(1, personId);
                s.executeUpdate();
            }
            return null;
        });
    }

    public void rules(long eventId, String assignments) {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE seating_rules SET " + assignments + " WHERE event_id = " + eventId);
            }
            return null;
        });
    }

    private static Long themeId(EventPlan plan, Integer number) {
        return number == null ? null : plan.theme(number).orElseThrow().id();
    }
}
