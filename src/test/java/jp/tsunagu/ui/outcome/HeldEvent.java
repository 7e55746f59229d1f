package jp.tsunagu.ui.outcome;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.StoreFixture;

/** An event that has been held: four people came and sat at table 1, two at table 2. */
public final class HeldEvent {
    public final EventPlan plan;
    public final List<Long> table1 = new ArrayList<>();
    public final List<Long> table2 = new ArrayList<>();

    public HeldEvent(Tsunagu app, LocalDate date) {
        StoreFixture fixture = new StoreFixture(app.database());
        plan = fixture.event("掛川マッチング交流会", date);
        table1.add(fixture.person(plan, "青木一郎", "青木製作所", "製造業", false, "aoki@example.jp", 1, null, null));
        table1.add(fixture.person(plan, "井上花子", "井上商店", "小売業", false, "", 1, null, null));
        table1.add(fixture.person(plan, "上田三郎", "", "個人・市民", false, "ueda@example.jp", 2, null, null));
        table1.add(fixture.person(plan, "江藤四郎", "江藤建設", "建設業", true, "eto@example.jp", 1, null, null));
        table2.add(fixture.person(plan, "大野五郎", "大野茶園", "農業", false, "ono@example.jp", 2, null, null));
        table2.add(fixture.person(plan, "加藤六子", "加藤工務店", "建設業", false, "kato@example.jp", 2, null, null));
        app.database().inTransaction(c -> {
            try (PreparedStatement seat = c.prepareStatement("INSERT INTO seat(person_id, table_id) VALUES (?, ?)");
                    PreparedStatement came = c.prepareStatement(
                            "UPDATE person SET attendance = 'checked_in', consent = 1 WHERE id = ?")) {
                for (long id : table1) {
                    seat.setLong(1, id);
                    seat.setLong(2, plan.table(1).orElseThrow().id());
                    seat.executeUpdate();
                    came.setLong(1, id);
                    came.executeUpdate();
                }
                for (long id : table2) {
                    seat.setLong(1, id);
                    seat.setLong(2, plan.table(2).orElseThrow().id());
                    seat.executeUpdate();
                    came.setLong(1, id);
                    came.executeUpdate();
                }
            }
            return null;
        });
    }

    public long eventId() {
        return plan.event().id();
    }
}
