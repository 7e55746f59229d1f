package jp.tsunagu.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatingServiceTest {
    @TempDir
    Path folder;

    private Database database;
    private StoreFixture store;
    private SeatingService seating;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
        store = new StoreFixture(database);
        Registrants registrants = new Registrants(database);
        Seats seats = new Seats(database);
        TablemateHistory history = new TablemateHistory(database, registrants, seats);
        store.events().onClose(history::record);
        store.events().countTableUseWith(seats::countAt, (event, table) -> 0);
        seating = new SeatingService(database, store.events(), registrants, seats, history, new SeatingSolver());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void seatsEveryoneNotAbsentAndSavesIt() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(store.person(plan, "参加者" + i, 1 + i % 7));
        }
        store.absent(ids.get(3));

        SeatingResult result = seating.assign(plan.event().id());

        SeatingBoard board = seating.board(plan.event().id());
        assertThat(board.people()).hasSize(19).noneMatch(p -> p.id() == ids.get(3));
        assertThat(board.unseated()).isEmpty();
        assertThat(board.review().score()).isEqualTo(result.score());
        assertThat(result.score().firstChoice()).isEqualTo(19);
        assertThat(board.person(ids.get(0)).orElseThrow().table()).isEqualTo(1);
    }

    @Test
    void keepsLockedPeopleOnReRun() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        long event = plan.event().id();
        long a = store.person(plan, "鈴木", 1);
        long b = store.person(plan, "佐藤", 2);
        seating.assign(event);

        seating.move(event, a, 5);
        seating.lock(event, a, true);
        seating.assign(event);

        SeatedPerson locked = seating.board(event).person(a).orElseThrow();
        assertThat(locked.table()).isEqualTo(5);
        assertThat(locked.locked()).isTrue();
        assertThat(seating.board(event).person(b).orElseThrow().table()).isEqualTo(2);
    }

    @Test
    void movesSwapsAndLocksEachAsOneChange() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        long event = plan.event().id();
        long a = store.person(plan, "鈴木", 1);
        long b = store.person(plan, "佐藤", 2);
        seating.assign(event);
        seating.lock(event, a, true);

        seating.swap(event, a, b);

        SeatingBoard board = seating.board(event);
        assertThat(board.person(a).orElseThrow().seat()).isEqualTo(new Seat(a, 2, true));
        assertThat(board.person(b).orElseThrow().seat()).isEqualTo(new Seat(b, 1, false));
        assertThat(board.review().score().firstChoice()).isZero();
        assertThat(board.review().reasonFor(b)).isPresent();

        seating.move(event, b, null);
        assertThat(seating.board(event).unseated()).extracting(SeatedPerson::id).containsExactly(b);
        assertThat(seating.board(event).review().violations()).singleElement().satisfies(v -> assertThat(v.rule())
                .isEqualTo(Violation.SEATED));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        long event = plan.event().id();
        long a = store.person(plan, "鈴木", 1);
        long b = store.person(plan, "佐藤", 2);
        seating.assign(event);
        List<Seat> before = seating.seats(event);

        assertThatThrownBy(() -> seating.put(event, List.of(new Seat(a, 3, false), new Seat(b, 99, false))))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("seating.error.noTable");
        assertThat(seating.seats(event)).isEqualTo(before);
    }

    @Test
    void findsEarlierTablematesByEmailElseNameAndOrganisation() {
        EventPlan earlier = store.event("前回", LocalDate.of(2025, 12, 6));
        long e1 = store.person(earlier, "鈴木 一郎", "", "", false, "ichiro@example.jp", 1, null, null);
        long e2 = store.person(earlier, "佐藤花子", "株式会社佐藤", "", false, "", 1, null, null);
        long e3 = store.person(earlier, "田中", "", "", false, "", 2, null, null);
        seating.put(
                earlier.event().id(), List.of(new Seat(e1, 1, false), new Seat(e2, 1, false), new Seat(e3, 2, false)));
        EventPlan later = store.event("次回", LocalDate.of(2027, 6, 1));
        long l1 = store.person(later, "鈴木一郎", "", "", false, "ICHIRO@example.jp", 1, null, null);
        long l2 = store.person(later, "佐藤花子", "佐藤株式会社", "", false, "", 1, null, null);
        EventPlan now = store.event("今回", LocalDate.of(2026, 12, 5));
        long n1 = store.person(now, "鈴木一郎", "", "", false, "ichiro@example.jp", 1, null, null);
        long n2 = store.person(now, "佐藤 花子", "佐藤株式会社", "", false, "", 1, null, null);
        long n3 = store.person(now, "田中", "", "", false, "", 1, null, null);
        seating.put(later.event().id(), List.of(new Seat(l1, 3, false), new Seat(l2, 3, false)));
        store.events().close(earlier.event().id());
        store.events().close(later.event().id());

        SeatingProblem problem = seating.problem(now.event().id());

        // Only the earlier event counts; the later one (also together) does not add anything.
        assertThat(problem.earlierTablemates()).containsExactly(new TablematePair(n1, n2));
        assertThat(problem.participants()).extracting(Participant::id).containsExactly(n1, n2, n3);
    }

    @Test
    void theBoardStillSaysWhyPeopleHaveNoSeatAfterTheSeatingIsSaved() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        for (int i = 0; i < 9; i++) {
            store.person(plan, "社員" + i, "株式会社掛川製茶", "", false, "", 1, null, null);
        }
        seating.assign(plan.event().id());

        SeatingBoard board = seating.board(plan.event().id());

        assertThat(board.unseated()).hasSize(2);
        assertThat(board.review().violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message().key()).isEqualTo("seating.violation.organisationTooLarge"));
    }

    @Test
    void usesTheEventsRules() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        store.rules(plan.event().id(), "first_choice = 20, separate_organisations = 0");

        SeatingRules rules = seating.problem(plan.event().id()).rules();

        assertThat(rules.firstChoice()).isEqualTo(20);
        assertThat(rules.separateOrganisations()).isFalse();
        assertThat(rules.secondChoice()).isEqualTo(6);
    }

    @Test
    void participantsChangedWhileSolvingAreSaidAndNothingIsSaved() throws Exception {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        long first = store.person(plan, "山田 太郎", 1);
        store.person(plan, "鈴木 花子", 2);
        boolean[] added = {false};

        // Another command adds a person through its own connection while the solver runs.
        assertThatThrownBy(() -> seating.assign(
                        plan.event().id(),
                        progress -> {
                            if (!added[0]) {
                                added[0] = true;
                                try (Database other = Database.open(folder.resolve("store.db"))) {
                                    new StoreFixture(other).person(plan, "後から 来た", 3);
                                }
                            }
                        },
                        () -> false))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.key()).isEqualTo("seating.error.changedMeanwhile"));

        assertThat(added[0]).isTrue();
        assertThat(seating.seats(plan.event().id()))
                .filteredOn(seat -> seat.personId() == first)
                .allSatisfy(seat -> assertThat(seat.table()).isNull());
    }

    @Test
    void onlyAClosedEventIsHistoryAndNothingDoneLaterRewritesIt() {
        EventPlan earlier = store.event("前回", LocalDate.of(2025, 12, 6));
        long earlierId = earlier.event().id();
        long e1 = store.person(earlier, "鈴木 一郎", "", "", false, "ichiro@example.jp", 1, null, null);
        long e2 = store.person(earlier, "佐藤 花子", "", "", false, "hanako@example.jp", 1, null, null);
        seating.put(earlierId, List.of(new Seat(e1, 1, false), new Seat(e2, 1, false)));
        EventPlan now = store.event("今回", LocalDate.of(2026, 12, 5));
        long n1 = store.person(now, "鈴木 一郎", "", "", false, "ichiro@example.jp", 1, null, null);
        long n2 = store.person(now, "佐藤 花子", "", "", false, "hanako@example.jp", 1, null, null);

        // Seated together, but the event is not over: not yet history.
        assertThat(seating.problem(now.event().id()).earlierTablemates()).isEmpty();

        store.events().close(earlierId);
        assertThat(store.events().status(earlierId)).isEqualTo(jp.tsunagu.event.EventStatus.CLOSED);
        // A re-run that moves them apart and a deleted table do not rewrite who sat together.
        seating.put(earlierId, List.of(new Seat(e1, 1, false), new Seat(e2, 2, false)));
        assertThatThrownBy(() -> store.events().removeTable(earlierId, 1))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("event.error.tableInUse");
        store.events().removeTable(earlierId, 1, true);
        store.events().dropTheme(earlierId, 2, true);

        assertThat(seating.problem(now.event().id()).earlierTablemates()).containsExactly(new TablematePair(n1, n2));
        assertThatThrownBy(() -> store.events().close(earlierId))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("event.error.closed");
    }

    @Test
    void aTableWithPeopleIsRemovedOnlyWhenTheUserAgrees() {
        EventPlan plan = store.event("交流会", LocalDate.of(2026, 12, 5));
        long event = plan.event().id();
        long a = store.person(plan, "鈴木", 3);
        seating.put(event, List.of(new Seat(a, 3, false)));

        assertThat(store.events().tableUse(event, 3).seated()).isEqualTo(1);
        assertThatThrownBy(() -> store.events().dropTheme(event, 3))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("event.error.themeInUse");
        assertThat(seating.seats(event)).containsExactly(new Seat(a, 3, false));
        // An empty table goes without a question.
        store.events().removeTable(event, 7);
        assertThat(store.events().plan(event).tables()).hasSize(6);
    }
}
