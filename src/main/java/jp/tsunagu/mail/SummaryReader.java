package jp.tsunagu.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.registrant.Attendance;

/**
 * Reads every recipient's summary of an event in one go: the participants checked in (the
 * recipients), their seats and tables, the tables' staff and outcomes, and who sat with whom.
 */
final class SummaryReader {
    private SummaryReader() {}

    static List<Summary> read(Connection c, long eventId, List<Outcome> outcomes) throws SQLException {
        String eventName = "";
        LocalDate date = null;
        String venue = "";
        try (PreparedStatement s = c.prepareStatement("SELECT name, event_date, venue FROM event WHERE id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    eventName = r.getString(1);
                    date = r.getString(2) == null ? null : LocalDate.parse(r.getString(2));
                    venue = r.getString(3);
                }
            }
        }
        List<Recipient> recipients = recipients(c, eventId);
        Map<Integer, String> themes = new HashMap<>();
        Map<Integer, String> advisors = new HashMap<>();
        Map<Integer, String> facilitators = new HashMap<>();
        tables(c, eventId, themes, advisors, facilitators);
        Map<Long, String> names = names(c, eventId);
        Map<Integer, List<Recipient>> byTable = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            if (recipient.tableNumber() != null) {
                byTable.computeIfAbsent(recipient.tableNumber(), k -> new ArrayList<>())
                        .add(recipient);
            }
        }
        List<Summary> summaries = new ArrayList<>();
        for (Recipient recipient : recipients) {
            Integer table = recipient.tableNumber();
            List<String> interests = new ArrayList<>();
            List<Summary.Seed> seeds = new ArrayList<>();
            List<Summary.Step> steps = new ArrayList<>();
            List<Tablemate> mates = new ArrayList<>();
            if (table != null) {
                for (Outcome outcome : outcomes) {
                    if (outcome.tableNumber() != table) {
                        continue;
                    }
                    switch (outcome.kind()) {
                        case INTEREST -> interests.add(outcome.text());
                        case SEED ->
                            seeds.add(new Summary.Seed(
                                    outcome.text(),
                                    outcome.people().stream()
                                            .map(id -> names.getOrDefault(id, ""))
                                            .filter(n -> !n.isEmpty())
                                            .toList()));
                        case STEP ->
                            steps.add(new Summary.Step(
                                    outcome.text(),
                                    outcome.ownerId() == null ? "" : names.getOrDefault(outcome.ownerId(), ""),
                                    outcome.due()));
                    }
                }
                for (Recipient mate : byTable.getOrDefault(table, List.of())) {
                    if (mate.personId() != recipient.personId()) {
                        mates.add(new Tablemate(
                                mate.personId(),
                                mate.name(),
                                mate.organisation(),
                                ContactRule.visibleEmail(recipient, mate)));
                    }
                }
            }
            summaries.add(new Summary(
                    recipient,
                    eventName,
                    date,
                    venue,
                    table == null ? "" : themes.getOrDefault(table, ""),
                    table == null ? "" : advisors.getOrDefault(table, ""),
                    table == null ? "" : facilitators.getOrDefault(table, ""),
                    interests,
                    seeds,
                    steps,
                    mates));
        }
        return summaries;
    }

    private static List<Recipient> recipients(Connection c, long eventId) throws SQLException {
        List<Recipient> recipients = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT p.id, p.name, p.organisation, p.email, p.consent, t.number
                FROM person p
                LEFT JOIN seat s ON s.person_id = p.id
                LEFT JOIN seating_table t ON t.id = s.table_id
                WHERE p.event_id = ? AND p.attendance = ?
                ORDER BY t.number IS NULL, t.number, p.reading, p.name, p.id""")) {
            s.setLong(1, eventId);
            s.setString(2, Attendance.CHECKED_IN.code());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int table = r.getInt(6);
                    recipients.add(new Recipient(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4).strip(),
                            r.getInt(5) == 1,
                            r.wasNull() ? null : table));
                }
            }
        }
        return recipients;
    }

    private static void tables(
            Connection c,
            long eventId,
            Map<Integer, String> themes,
            Map<Integer, String> advisors,
            Map<Integer, String> facilitators)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.number, th.name, st.role, st.name, st.organisation
                FROM seating_table t
                JOIN theme th ON th.id = t.theme_id
                LEFT JOIN staff st ON st.table_id = t.id
                WHERE t.event_id = ?""")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int table = r.getInt(1);
                    themes.put(table, r.getString(2));
                    String role = r.getString(3);
                    if (role != null) {
                        String who = withOrganisation(r.getString(4), r.getString(5));
                        ("advisor".equals(role) ? advisors : facilitators).put(table, who);
                    }
                }
            }
        }
    }

    // The name followed by the organisation in Japanese brackets, as a Japanese letter writes it.
    static String withOrganisation(String name, String organisation) {
        return organisation == null || organisation.isBlank() ? name : name + "（" + organisation + "）";
    }

    private static Map<Long, String> names(Connection c, long eventId) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM person WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return names;
    }
}
