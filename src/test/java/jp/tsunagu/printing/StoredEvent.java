package jp.tsunagu.printing;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.StaffRole;
import jp.tsunagu.store.Database;

/** A small Kakegawa event in a real store: seven tables, hosts on two of them, and people seated or not. */
public final class StoredEvent {
    private StoredEvent() {}

    public static long create(Database database, EventService events) {
        long id = events.create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川商工会議所"))
                .event()
                .id();
        events.putStaff(id, 1, StaffRole.ADVISOR, new StaffDetails("大石 健一", "静岡県立大学", ""));
        events.putStaff(id, 1, StaffRole.FACILITATOR, new StaffDetails("戸塚 彩", "掛川商工会議所青年部", ""));
        events.putStaff(id, 2, StaffRole.ADVISOR, new StaffDetails("松本 誠", "JA掛川", ""));
        addPerson(database, id, "山田 太郎", "やまだ たろう", false, PrintSamples.LONG_ORGANISATION, 1, "expected");
        addPerson(database, id, "佐藤 花子", "さとう はなこ", true, "掛川茶園", 2, "expected");
        addPerson(database, id, "伊藤 誠", "いとう まこと", false, "大東建設", null, "checked_in");
        addPerson(database, id, "欠席 する人", "けっせき するひと", false, "", 1, "absent");
        return id;
    }

    static void addPerson(
            Database database,
            long eventId,
            String name,
            String reading,
            boolean guessed,
            String organisation,
            Integer table,
            String attendance) {
        database.inTransaction(c -> {
            long personId;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO person(event_id, name, reading, reading_guessed, organisation, challenges, attendance)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setLong(1, eventId);
                s.setString(2, name);
                s.setString(3, reading);
                s.setInt(4, guessed ? 1 : 0);
                s.setString(5, organisation);
                s.setString(6, name + "の課題");
                s.setString(7, attendance);
                try (var r = s.executeQuery()) {
                    r.next();
                    personId = r.getLong(1);
                }
            }
            if (table != null) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO seat(person_id, table_id) SELECT ?, id FROM seating_table WHERE event_id = ? AND number = ?")) {
                    s.setLong(1, personId);
                    s.setLong(2, eventId);
                    s.setInt(3, table);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }
}
