package jp.tsunagu.registrant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of registrants: people, their extra answers, import batches and remembered mappings. */
final class RegistrantStore {

    /** Jackson's object mapper, built on first use: reading people (flags) does without it. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    static ObjectMapper mapper() {
        return Mapper.JSON;
    }

    static final String COLUMNS = "name, reading, reading_guessed, organisation, org_key, title, industry,"
            + " category, yeg, email, phone, choice1_theme_id, choice2_theme_id, choice3_theme_id, challenges,"
            + " missing_resources, offers, sdgs, consent, registered_at, notes, warnings";

    private RegistrantStore() {}

    /** Theme number to id (and back) for one event: the store keeps ids, the import numbers. */
    record Themes(Map<Integer, Long> idByNumber, Map<Long, Integer> numberById, List<ThemeRef> refs) {
        Long id(Integer number) {
            return number == null ? null : idByNumber.get(number);
        }

        Integer number(long id) {
            return numberById.get(id);
        }
    }

    static Themes themes(Connection c, long eventId) throws SQLException {
        Map<Integer, Long> idByNumber = new HashMap<>();
        Map<Long, Integer> numberById = new HashMap<>();
        List<ThemeRef> refs = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT id, number, name FROM theme WHERE event_id = ? ORDER BY number")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    idByNumber.put(r.getInt(2), r.getLong(1));
                    numberById.put(r.getLong(1), r.getInt(2));
                    refs.add(new ThemeRef(r.getInt(2), r.getString(3)));
                }
            }
        }
        return new Themes(idByNumber, numberById, refs);
    }

    static boolean eventExists(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM event WHERE id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static List<StoredPerson> people(Connection c, long eventId, Themes themes) throws SQLException {
        return people(c, eventId, themes, "");
    }

    /** The people not marked absent: the ones seated and printed. */
    static List<StoredPerson> present(Connection c, long eventId, Themes themes) throws SQLException {
        return people(c, eventId, themes, " AND attendance <> '" + Attendance.ABSENT.code() + "'");
    }

    /** Every person's attendance (read only: the venue day writes it). */
    static Map<Long, Attendance> attendance(Connection c, long eventId) throws SQLException {
        Map<Long, Attendance> all = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, attendance FROM person WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.put(r.getLong(1), Attendance.of(r.getString(2)));
                }
            }
        }
        return all;
    }

    /** The ids of the people marked absent. */
    static List<Long> absent(Connection c, long eventId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM person WHERE event_id = ? AND attendance = ?")) {
            s.setLong(1, eventId);
            s.setString(2, Attendance.ABSENT.code());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<StoredPerson> people(Connection c, long eventId, Themes themes, String andWhere)
            throws SQLException {
        Map<Long, Map<String, String>> answers = answers(c, eventId);
        List<StoredPerson> people = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, " + COLUMNS + " FROM person WHERE event_id = ?" + andWhere + " ORDER BY id")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    people.add(new StoredPerson(id, readNamed(r, themes, answers.getOrDefault(id, Map.of()))));
                }
            }
        }
        return people;
    }

    static Optional<StoredPerson> person(Connection c, long personId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT id, event_id, " + COLUMNS + " FROM person WHERE id = ?")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long eventId = r.getLong(2);
                Themes themes = themes(c, eventId);
                Map<String, String> extras = answersOf(c, personId);
                return Optional.of(new StoredPerson(personId, readNamed(r, themes, extras)));
            }
        }
    }

    static long eventOf(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT event_id FROM person WHERE id = ?")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private static Registrant readNamed(ResultSet r, Themes themes, Map<String, String> extras) throws SQLException {
        return Registrant.builder()
                .name(r.getString("name"))
                .reading(r.getString("reading"))
                .readingGuessed(r.getInt("reading_guessed") == 1)
                .organisation(r.getString("organisation"))
                .orgKey(r.getString("org_key"))
                .title(r.getString("title"))
                .industry(r.getString("industry"))
                .category(r.getString("category"))
                .yeg(r.getInt("yeg") == 1)
                .email(r.getString("email"))
                .phone(r.getString("phone"))
                .choices(
                        theme(r, "choice1_theme_id", themes),
                        theme(r, "choice2_theme_id", themes),
                        theme(r, "choice3_theme_id", themes))
                .challenges(r.getString("challenges"))
                .missingResources(r.getString("missing_resources"))
                .offers(r.getString("offers"))
                .sdgs(r.getString("sdgs"))
                .consent(r.getInt("consent") == 1)
                .registeredAt(r.getString("registered_at"))
                .notes(r.getString("notes"))
                .flags(flags(r.getString("warnings")))
                .extras(extras)
                .build();
    }

    private static Integer theme(ResultSet r, String column, Themes themes) throws SQLException {
        long id = r.getLong(column);
        return r.wasNull() ? null : themes.number(id);
    }

    static long insert(Connection c, long eventId, Registrant p, Themes themes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO person(event_id, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, eventId);
            bind(s, 2, p, themes);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                writeAnswers(c, id, p.extras());
                return id;
            }
        }
    }

    /** Puts a removed person back under their former id (undo of a delete or a merge). */
    static void restore(Connection c, long eventId, StoredPerson person, Themes themes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person(id, event_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, person.id());
            s.setLong(2, eventId);
            bind(s, 3, person.registrant(), themes);
            s.executeUpdate();
        }
        writeAnswers(c, person.id(), person.registrant().extras());
    }

    static void update(Connection c, long personId, Registrant p, Themes themes) throws SQLException {
        String set = String.join(" = ?, ", COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE person SET " + set + ", updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
            int next = bind(s, 1, p, themes);
            s.setLong(next, personId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM person_answer WHERE person_id = ?")) {
            s.setLong(1, personId);
            s.executeUpdate();
        }
        writeAnswers(c, personId, p.extras());
    }

    static void delete(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
            s.setLong(1, personId);
            s.executeUpdate();
        }
    }

    static int bind(PreparedStatement s, int at, Registrant p, Themes themes) throws SQLException {
        int i = at;
        s.setString(i++, p.name());
        s.setString(i++, p.reading());
        s.setInt(i++, p.readingGuessed() ? 1 : 0);
        s.setString(i++, p.organisation());
        s.setString(i++, p.orgKey());
        s.setString(i++, p.title());
        s.setString(i++, p.industry());
        s.setString(i++, p.category());
        s.setInt(i++, p.yeg() ? 1 : 0);
        s.setString(i++, p.email());
        s.setString(i++, p.phone());
        for (Integer choice : p.choices()) {
            Long id = themes.id(choice);
            if (id == null) {
                s.setNull(i++, Types.INTEGER);
            } else {
                s.setLong(i++, id);
            }
        }
        s.setString(i++, p.challenges());
        s.setString(i++, p.missingResources());
        s.setString(i++, p.offers());
        s.setString(i++, p.sdgs());
        s.setInt(i++, p.consent() ? 1 : 0);
        s.setString(i++, p.registeredAt());
        s.setString(i++, p.notes());
        s.setString(i++, FlagsJson.write(p.flags()));
        return i;
    }

    private static void writeAnswers(Connection c, long personId, Map<String, String> extras) throws SQLException {
        if (extras.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO person_answer(person_id, position, question, answer) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, String> e : extras.entrySet()) {
                s.setLong(1, personId);
                s.setInt(2, position++);
                s.setString(3, e.getKey());
                s.setString(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<Long, Map<String, String>> answers(Connection c, long eventId) throws SQLException {
        Map<Long, Map<String, String>> all = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.person_id, a.question, a.answer FROM person_answer a"
                + " JOIN person p ON p.id = a.person_id WHERE p.event_id = ? ORDER BY a.person_id, a.position")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
                            .put(r.getString(2), r.getString(3));
                }
            }
        }
        return all;
    }

    private static Map<String, String> answersOf(Connection c, long personId) throws SQLException {
        Map<String, String> answers = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT question, answer FROM person_answer WHERE person_id = ? ORDER BY position")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    answers.put(r.getString(1), r.getString(2));
                }
            }
        }
        return answers;
    }

    static String json(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Flag> flags(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        if (json.equals("[]")) {
            return List.of();
        }
        try {
            return FlagsJson.read(json);
        } catch (java.io.IOException e) {
            // Warnings written by hand or by an older version: keep them as one plain note.
            return List.of(Flag.of("registrant.warn.note", json));
        }
    }

    static Registrant registrantFromJson(String json) {
        try {
            return mapper().readValue(json, Registrant.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
