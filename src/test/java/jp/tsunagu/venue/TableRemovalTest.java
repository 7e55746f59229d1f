package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.registrant.Attendance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a table numbers the others again: what was recorded for a table, and what a check-in
 * remembers of the table it placed someone at, stays with the table itself, not with its old number.
 */
class TableRemovalTest {
    @TempDir
    Path folder;

    @Test
    void anOutcomeStaysWithItsTableWhenAnEarlierTableIsRemoved() {
        try (VenueFixture f = new VenueFixture(folder.resolve("store.db")).seated(21, 7)) {
            long event = f.event();
            Outcomes outcomes = f.app.outcomes();
            long atThree = outcomes.add(event, 3, OutcomeDraft.interest("人手不足"));
            long atFour = outcomes.add(event, 4, OutcomeDraft.interest("空き店舗"));
            long atFive = outcomes.add(event, 5, OutcomeDraft.interest("観光と農業"));
            long themeOfFive = f.plan.table(5).orElseThrow().theme().id();

            EventPlan after = f.app.events().removeTable(event, 4, true);

            // Table 5 is table 4 now, and its outcome went with it.
            assertThat(after.table(4).orElseThrow().theme().id()).isEqualTo(themeOfFive);
            Outcome five = outcomes.get(atFive);
            assertThat(five.tableNumber()).isEqualTo(4);
            assertThat(five.tableRemoved()).isFalse();
            assertThat(outcomes.forTable(event, 4)).extracting(Outcome::id).containsExactly(atFive);
            assertThat(outcomes.forTable(event, 3)).extracting(Outcome::id).containsExactly(atThree);
            // The removed table's outcome stays, without a table, and no table claims it.
            Outcome four = outcomes.get(atFour);
            assertThat(four.tableRemoved()).isTrue();
            assertThat(outcomes.list(event)).extracting(Outcome::id).contains(atFour);
            assertThat(f.app.events().tableUse(event, 4).outcomes()).isEqualTo(1);
        }
    }

    @Test
    void undoingACheckInAfterARenumberingFreesTheSeatItGave() {
        try (VenueFixture f = new VenueFixture(folder.resolve("store.db")).seated(14, 2)) {
            long event = f.event();
            f.app.events().setAllCapacities(event, 10);
            CheckIn walkIn = f.venue()
                    .walkIn(
                            event,
                            new WalkIn("当日 花子", "とうじつ はなこ", "", "", "", "", false, "", "", 7, null, null, false));
            long id = walkIn.person().id();
            assertThat(walkIn.person().table()).isEqualTo(7);

            f.app.events().removeTable(event, 2, true);
            assertThat(f.venue().person(event, id).table()).isEqualTo(6);

            VenuePerson back = f.venue().undoCheckIn(event, id).person();
            assertThat(back.attendance()).isEqualTo(Attendance.EXPECTED);
            assertThat(back.table()).isNull();
            assertThat(f.app.outcomes().list(event)).isEqualTo(List.of());
        }
    }
}
