package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.registrant.MergedPeople;
import jp.tsunagu.registrant.RemovedPeople;
import jp.tsunagu.registrant.StoredPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of deleting (and merging) people puts back everything the delete took: attendance, check-in
 * time, walk-in mark, seat and lock, the seeds and next steps that named them, their check-in
 * history. On a real store file, through the services the window calls.
 */
class UndoDeleteTest {
    @TempDir
    Path folder;

    /** What the day and the record say about the event, to compare before and after. */
    private record Everything(
            List<VenuePerson> people, List<Outcome> outcomes, Map<Long, List<FollowUpEntry>> history) {}

    private static Everything everything(VenueFixture f) {
        Outcomes outcomes = f.app.outcomes();
        return new Everything(f.venue().people(f.event()), outcomes.list(f.event()), outcomes.history(f.event()));
    }

    @Test
    void undoOfADeleteOfSeveralPeoplePutsBackTheirCheckInSeatOutcomesAndHistory() {
        try (VenueFixture f = new VenueFixture(folder.resolve("store.db")).seated(21, 3)) {
            long event = f.event();
            VenuePerson aoki = f.venue().person(event, f.ids.get(0));
            long mate = f.venue().people(event).stream()
                    .filter(p -> p.id() != aoki.id() && aoki.table().equals(p.table()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            f.venue().checkIn(event, aoki.id());
            f.venue().checkIn(event, mate);
            CheckIn walkIn = f.venue()
                    .walkIn(
                            event,
                            new WalkIn("当日 太郎", "とうじつ たろう", "掛川商事", "", "", "", false, "", "", null, null, null, true));
            long walker = walkIn.person().id();
            Outcomes outcomes = f.app.outcomes();
            long seed = outcomes.add(event, aoki.table(), OutcomeDraft.seed("空き店舗の活用", List.of(mate, aoki.id())));
            outcomes.add(event, aoki.table(), OutcomeDraft.step("現地見学", aoki.id(), LocalDate.of(2026, 12, 20)));
            outcomes.changeStatus(seed, SeedStatus.INTRODUCED, LocalDate.of(2026, 12, 10), "紹介メール");
            Everything before = everything(f);
            assertThat(f.venue().person(event, aoki.id()).attendance()).isEqualTo(Attendance.CHECKED_IN);
            assertThat(f.venue().person(event, walker).walkIn()).isTrue();

            RemovedPeople removed = f.app.registrants().remove(List.of(aoki.id(), walker));

            Everything gone = everything(f);
            assertThat(gone.people()).extracting(VenuePerson::id).doesNotContain(aoki.id(), walker);
            assertThat(outcomes.get(seed).people()).containsExactly(mate);
            assertThat(gone.outcomes())
                    .filteredOn(o -> o.text().equals("現地見学"))
                    .extracting(Outcome::ownerId)
                    .containsOnlyNulls();

            f.app.registrants().restore(event, removed);

            Everything back = everything(f);
            assertThat(back).isEqualTo(before);
            assertThat(f.venue().person(event, aoki.id()).checkedInAt()).isNotNull();
            // The check-in's history came back too: taking the check-in back works as before the delete.
            assertThat(f.venue().undoCheckIn(event, aoki.id()).person().attendance())
                    .isEqualTo(Attendance.EXPECTED);
            f.venue().checkIn(event, aoki.id());
            Everything again = everything(f);

            // Redo, then undo again: the second delete takes and gives back the same.
            RemovedPeople second = f.app.registrants().remove(List.of(aoki.id(), walker));
            assertThat(everything(f).people()).hasSize(before.people().size() - 2);
            f.app.registrants().restore(event, second);
            assertThat(everything(f)).isEqualTo(again);
        }
    }

    @Test
    void undoOfAMergeSplitsThemWithTheDroppedOnesSeatCheckInAndSeed() {
        try (VenueFixture f = new VenueFixture(folder.resolve("store.db")).seated(14, 5)) {
            long event = f.event();
            VenuePerson dropped = f.venue().person(event, f.ids.get(1));
            VenuePerson mate = f.venue().people(event).stream()
                    .filter(p -> p.id() != dropped.id() && dropped.table().equals(p.table()))
                    .findFirst()
                    .orElseThrow();
            long kept = f.ids.get(2);
            f.venue().checkIn(event, dropped.id());
            f.app.outcomes().add(event, dropped.table(), OutcomeDraft.seed("共同出店", List.of(dropped.id(), mate.id())));
            StoredPerson keptBefore = f.app.registrants().get(kept);
            Everything before = everything(f);

            MergedPeople merge = f.app.registrants().mergeUndoably(kept, dropped.id(), null);
            assertThat(f.venue().people(event)).extracting(VenuePerson::id).doesNotContain(dropped.id());

            f.app.registrants().unmerge(merge);

            assertThat(everything(f)).isEqualTo(before);
            assertThat(f.app.registrants().get(kept)).isEqualTo(keptBefore);
        }
    }
}
