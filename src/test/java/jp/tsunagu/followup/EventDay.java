package jp.tsunagu.followup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.store.Database;

/**
 * Builds small events by hand for the follow-up tests: people with a category and consent, seats,
 * and what the venue day writes (checked in, absent, walk-in), by SQL as the venue package would.
 */
final class EventDay {
    private final Database database;
    private final StoreFixture fixture;

    EventDay(Database database) {
        this.database = database;
        this.fixture = new StoreFixture(database);
    }

    EventPlan event(String name, LocalDate date) {
        return fixture.event(name, date);
    }

    StoreFixture fixture() {
        return fixture;
    }

    /** A registered participant seated at {@code table} (null: no seat). */
    long person(
            EventPlan plan,
            String name,
            String organisation,
            String industry,
            String category,
            boolean yeg,
            String email,
            Integer choice1,
            Integer table) {
        long id = fixture.person(plan, name, organisation, industry, yeg, email, choice1, null, null);
        sql(
                "UPDATE person SET category = ?, org_key = ?, phone = '090-1234-5678' WHERE id = ?",
                category,
                jp.tsunagu.registrant.OrganisationKey.of(organisation),
                id);
        if (table != null) {
            seat(plan, id, table);
        }
        return id;
    }

    void seat(EventPlan plan, long personId, int table) {
        sql(
                "INSERT OR REPLACE INTO seat(person_id, table_id, locked) VALUES (?, ?, 0)",
                personId,
                plan.table(table).orElseThrow().id());
    }

    void checkIn(long personId) {
        sql(
                "UPDATE person SET attendance = 'checked_in', checked_in_at = '2026-12-05T09:00:00Z' WHERE id = ?",
                personId);
    }

    void absent(long personId) {
        sql("UPDATE person SET attendance = 'absent' WHERE id = ?", personId);
        sql("DELETE FROM seat WHERE person_id = ?", personId);
    }

    void walkIn(long personId) {
        sql("UPDATE person SET walk_in = 1 WHERE id = ?", personId);
        checkIn(personId);
    }

    void consent(long personId) {
        sql("UPDATE person SET consent = 1 WHERE id = ?", personId);
    }

    private void sql(String statement, Object... args) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    long count(String query) {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(query)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
