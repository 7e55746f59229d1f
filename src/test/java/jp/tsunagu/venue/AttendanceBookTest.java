package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.store.StoreChange;
import jp.tsunagu.store.StoreChange.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attendance book against a real store: check in, take back, absent, walk-ins, late arrivals. */
class AttendanceBookTest {
    @TempDir
    Path folder;

    @Test
    void aCheckInIsSavedTakenBackAndToldToTheViews() {
        try (VenueFixture f = new VenueFixture(folder.resolve("a.db")).seated(30, 1)) {
            long id = f.ids.get(4);
            Integer table = f.venue().person(f.event(), id).table();
            List<StoreChange> heard = new CopyOnWriteArrayList<>();
            f.app.database().changes().subscribe(heard::addAll);

            CheckIn in = f.venue().checkIn(f.event(), id);

            assertThat(in.already()).isFalse();
            assertThat(in.placed()).isFalse();
            assertThat(in.table()).isEqualTo(table);
            assertThat(in.person().attendance()).isEqualTo(Attendance.CHECKED_IN);
            assertThat(in.person().checkedInAt()).isNotBlank();
            assertThat(heard).contains(new StoreChange(f.event(), Topic.ATTENDANCE));
            assertThat(eventStatus(f)).isEqualTo("held");
            assertThat(f.venue().checkIn(f.event(), id).already()).isTrue();

            CheckIn back = f.venue().undoCheckIn(f.event(), id);

            assertThat(back.person().attendance()).isEqualTo(Attendance.EXPECTED);
            assertThat(back.person().checkedInAt()).isNull();
            assertThat(back.table()).as("a planned seat stays").isEqualTo(table);
            assertThatThrownBy(() -> f.venue().undoCheckIn(f.event(), id))
                    .isInstanceOf(UserError.class)
                    .extracting(e -> ((UserError) e).key())
                    .isEqualTo("venue.error.notCheckedIn");
        }
    }

    @Test
    void anAbsentPersonFreesTheirSeatAndIsPlacedWhenTheyComeAfterAll() {
        try (VenueFixture f = new VenueFixture(folder.resolve("b.db")).seated(30, 2)) {
            long id = f.ids.get(7);
            Integer table = f.venue().person(f.event(), id).table();

            Absence absence = f.venue().markAbsent(f.event(), id);

            assertThat(absence.freedTable()).isEqualTo(table);
            assertThat(absence.person().table()).isNull();
            assertThat(f.app.seating().board(f.event()).person(id)).isEmpty();

            CheckIn late = f.venue().checkIn(f.event(), id);

            assertThat(late.placed()).isTrue();
            assertThat(late.table()).isNotNull();
            assertThat(late.violations()).isEmpty();

            CheckIn back = f.venue().undoCheckIn(f.event(), id);

            assertThat(back.person().attendance()).isEqualTo(Attendance.ABSENT);
            assertThat(back.table())
                    .as("taking back a placement frees the seat")
                    .isNull();
        }
    }

    @Test
    void aWalkInIsAddedCheckedInAndPlacedWithoutMovingAnybody() {
        try (VenueFixture f = new VenueFixture(folder.resolve("c.db")).seated(35, 3)) {
            f.ids.forEach(id -> f.venue().checkIn(f.event(), id));
            Set<String> before = seats(f);

            CheckIn in = f.venue()
                    .walkIn(
                            f.event(),
                            new WalkIn(
                                    "飛込 太郎",
                                    "とびこみ たろう",
                                    "株式会社飛込",
                                    "",
                                    "製造業",
                                    "",
                                    false,
                                    "tobi@example.jp",
                                    "",
                                    2,
                                    null,
                                    null,
                                    true));

            assertThat(in.placed()).isTrue();
            assertThat(in.person().walkIn()).isTrue();
            assertThat(in.person().attendance()).isEqualTo(Attendance.CHECKED_IN);
            Set<String> after = seats(f);
            after.removeIf(s -> s.startsWith(in.person().id() + ":"));
            assertThat(after).as("nobody else moved").isEqualTo(before);
            assertThat(f.venue().counts(f.event()).walkIns()).isEqualTo(1);
        }
    }

    @Test
    void aWalkInThatCannotBeSavedLeavesNothingBehind() {
        try (VenueFixture f = new VenueFixture(folder.resolve("d.db")).seated(10, 4)) {
            int people = f.venue().people(f.event()).size();
            String taken = f.venue().people(f.event()).getFirst().email();

            assertThatThrownBy(() -> f.venue()
                            .walkIn(
                                    f.event(),
                                    new WalkIn("二重", "", "", "", "", "", false, taken, "", 1, null, null, false)))
                    .isInstanceOf(UserError.class);
            assertThatThrownBy(() -> f.venue()
                            .walkIn(
                                    f.event(),
                                    new WalkIn("誤り", "", "", "", "", "", false, "", "", 9, null, null, false)))
                    .isInstanceOf(UserError.class)
                    .extracting(e -> ((UserError) e).key())
                    .isEqualTo("venue.error.noTheme");

            assertThat(f.venue().people(f.event())).hasSize(people);
        }
    }

    @Test
    void theCountsSplitByTableAndAttendance() {
        try (VenueFixture f = new VenueFixture(folder.resolve("e.db")).seated(21, 5)) {
            f.venue().checkIn(f.event(), f.ids.get(0));
            f.venue().checkIn(f.event(), f.ids.get(1));
            f.venue().markAbsent(f.event(), f.ids.get(2));

            VenueCounts counts = f.venue().counts(f.event());

            assertThat(counts.checkedIn()).isEqualTo(2);
            assertThat(counts.absent()).isEqualTo(1);
            assertThat(counts.expected()).isEqualTo(18);
            assertThat(counts.tables()).hasSize(7);
            assertThat(counts.tables().stream()
                            .mapToInt(VenueCounts.TableCount::seated)
                            .sum())
                    .isEqualTo(20);
            assertThat(counts.tables().stream()
                            .mapToInt(VenueCounts.TableCount::checkedIn)
                            .sum())
                    .isEqualTo(2);
        }
    }

    @Test
    void theSearchFindsByReadingInEitherKanaNameOrganisationEmailAndCode() {
        try (VenueFixture f = new VenueFixture(folder.resolve("f.db")).seated(5, 6)) {
            CheckIn in = f.venue()
                    .walkIn(
                            f.event(),
                            new WalkIn(
                                    "山田 花子",
                                    "やまだ はなこ",
                                    "掛川製茶株式会社",
                                    "",
                                    "",
                                    "",
                                    false,
                                    "hanako@example.jp",
                                    "",
                                    null,
                                    null,
                                    null,
                                    false));
            CheckinSearch search = CheckinSearch.of(f.venue().people(f.event()));
            long id = in.person().id();

            assertThat(search.single("やまだ")).map(VenuePerson::id).contains(id);
            assertThat(search.single("ヤマダハナコ")).map(VenuePerson::id).contains(id);
            assertThat(search.single("ﾔﾏﾀﾞ")).map(VenuePerson::id).contains(id);
            assertThat(search.single("山田")).map(VenuePerson::id).contains(id);
            assertThat(search.single("掛川製茶")).map(VenuePerson::id).contains(id);
            assertThat(search.single("HANAKO@")).map(VenuePerson::id).contains(id);
            assertThat(search.single(String.valueOf(id))).map(VenuePerson::id).contains(id);
            assertThat(search.find("")).hasSize(6);
            assertThat(search.single("")).isEmpty();
        }
    }

    private static Set<String> seats(VenueFixture f) {
        Set<String> seats = new HashSet<>();
        f.venue().people(f.event()).forEach(p -> seats.add(p.id() + ":" + p.table()));
        return seats;
    }

    private static String eventStatus(VenueFixture f) {
        return f.app.database().read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT status FROM event WHERE id = ?")) {
                s.setLong(1, f.event());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }
}
