package jp.tsunagu.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeWritesTest {
    @TempDir
    Path folder;

    private Database database;
    private Outcomes outcomes;
    private long event;
    private long aoki;
    private long inoue;
    private long ueda;
    private long elsewhere;

    @BeforeEach
    void tableOfThree() {
        database = Database.open(folder.resolve("store.db"));
        StoreFixture fixture = new StoreFixture(database);
        EventPlan plan = fixture.event("交流会", LocalDate.of(2026, 12, 5));
        event = plan.event().id();
        aoki = fixture.person(plan, "青木", 1);
        inoue = fixture.person(plan, "井上", 1);
        ueda = fixture.person(plan, "上田", 1);
        elsewhere = fixture.person(plan, "江藤", 2);
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                long t1 = plan.table(1).orElseThrow().id();
                long t2 = plan.table(2).orElseThrow().id();
                s.execute("INSERT INTO seat(person_id, table_id) VALUES (" + aoki + "," + t1 + "), (" + inoue + "," + t1
                        + "), (" + ueda + "," + t1 + "), (" + elsewhere + "," + t2 + ")");
            }
            return null;
        });
        outcomes = new Outcomes(database);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        database.close();
    }

    @Test
    void recordsTheThreeListsInTheOrderTyped() {
        long first = outcomes.add(event, 1, OutcomeDraft.interest("  人手不足 "));
        outcomes.add(event, 1, OutcomeDraft.interest("空き店舗"));
        long seed = outcomes.add(event, 1, OutcomeDraft.seed("共同販売", List.of(inoue, aoki)));
        long step = outcomes.add(event, 1, OutcomeDraft.step("見学日を決める", ueda, LocalDate.of(2026, 12, 20)));
        long bare = outcomes.add(event, 1, OutcomeDraft.step("報告する", null, null));

        List<Outcome> table = outcomes.forTable(event, 1);
        assertThat(table).extracting(Outcome::text).containsExactly("人手不足", "空き店舗", "共同販売", "見学日を決める", "報告する");
        assertThat(outcomes.get(first).position()).isZero();
        assertThat(outcomes.get(seed).people()).containsExactly(inoue, aoki);
        assertThat(outcomes.get(step).ownerId()).isEqualTo(ueda);
        assertThat(outcomes.get(step).due()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(outcomes.get(bare).ownerId()).isNull();
        assertThat(outcomes.members(event, 1)).extracting(TableMember::id).containsExactlyInAnyOrder(aoki, inoue, ueda);
    }

    @Test
    void aSeedNeedsTwoOfTheTablesMembersAndAStepOwnerIsOneOfThem() {
        assertThatThrownBy(() -> outcomes.add(event, 1, OutcomeDraft.seed("一人", List.of(aoki))))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.seedPeople");
        assertThatThrownBy(() -> outcomes.add(event, 1, OutcomeDraft.seed("よそ", List.of(aoki, elsewhere))))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.notMember");
        assertThatThrownBy(() -> outcomes.add(event, 1, OutcomeDraft.seed("二度", List.of(aoki, aoki))))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.samePersonTwice");
        assertThatThrownBy(() -> outcomes.add(event, 1, OutcomeDraft.step("よそ", elsewhere, null)))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.notMember");
        assertThatThrownBy(() -> outcomes.add(event, 9, OutcomeDraft.interest("ない")))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.noTable");
        assertThatThrownBy(() -> outcomes.add(event, 1, OutcomeDraft.interest("   ")))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.emptyText");
        // Nothing of the refused lines reached the store.
        assertThat(outcomes.list(event)).isEmpty();
    }

    @Test
    void editKeepsThePlaceAndAPersonWhoHasSinceMovedTable() {
        long seed = outcomes.add(event, 1, OutcomeDraft.seed("共同販売", List.of(aoki, inoue)));
        outcomes.add(event, 1, OutcomeDraft.seed("勉強会", List.of(aoki, ueda)));
        // 井上 moves to table 2 after the event; the record still names them.
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE seat SET table_id = (SELECT table_id FROM seat WHERE person_id = " + elsewhere
                        + ") WHERE person_id = " + inoue);
            }
            return null;
        });

        Outcome before = outcomes.edit(seed, OutcomeDraft.seed("共同販売会", List.of(aoki, inoue, ueda)));

        assertThat(before.text()).isEqualTo("共同販売");
        Outcome after = outcomes.get(seed);
        assertThat(after.text()).isEqualTo("共同販売会");
        assertThat(after.people()).containsExactly(aoki, inoue, ueda);
        assertThat(after.position()).isZero();
        assertThatThrownBy(() -> outcomes.edit(seed, OutcomeDraft.interest("種類を変える")))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.kindChange");
    }

    @Test
    void moveReordersOnlyItsOwnList() {
        long a = outcomes.add(event, 1, OutcomeDraft.interest("A"));
        long b = outcomes.add(event, 1, OutcomeDraft.interest("B"));
        long c = outcomes.add(event, 1, OutcomeDraft.interest("C"));
        outcomes.add(event, 1, OutcomeDraft.step("S", null, null));

        int from = outcomes.move(c, 0);

        assertThat(from).isEqualTo(2);
        assertThat(outcomes.forTable(event, 1)).extracting(Outcome::text).containsExactly("C", "A", "B", "S");
        outcomes.move(c, from);
        assertThat(outcomes.forTable(event, 1)).extracting(Outcome::id).startsWith(a, b, c);
    }

    @Test
    void statusFollowsTheLatestDatedEntryAndEveryEntryIsKept() {
        long seed = outcomes.add(event, 1, OutcomeDraft.seed("共同販売", List.of(aoki, inoue)));
        outcomes.changeStatus(seed, SeedStatus.INTRODUCED, LocalDate.of(2026, 12, 10), "紹介");
        long met = outcomes.changeStatus(seed, SeedStatus.MET, LocalDate.of(2026, 12, 20), "面談");
        // A note typed late for an earlier day is kept but does not move the seed back.
        outcomes.changeStatus(seed, SeedStatus.INTRODUCED, LocalDate.of(2026, 12, 11), "電話でも");

        assertThat(outcomes.get(seed).status()).isEqualTo(SeedStatus.MET);
        assertThat(outcomes.history(event).get(seed))
                .extracting(FollowUpEntry::date, FollowUpEntry::status, FollowUpEntry::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 10), SeedStatus.INTRODUCED, "紹介"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 11), SeedStatus.INTRODUCED, "電話でも"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 20), SeedStatus.MET, "面談"));

        outcomes.removeStatusChange(met);
        assertThat(outcomes.get(seed).status()).isEqualTo(SeedStatus.INTRODUCED);

        long interest = outcomes.add(event, 1, OutcomeDraft.interest("関心"));
        assertThatThrownBy(() -> outcomes.changeStatus(interest, SeedStatus.MET, LocalDate.now(), ""))
                .extracting(e -> ((UserError) e).key())
                .isEqualTo("outcome.error.notSeed");
    }

    @Test
    void deleteAndRestorePutTheLineBackWithItsPeopleStatusAndHistory() {
        outcomes.add(event, 1, OutcomeDraft.seed("前", List.of(aoki, ueda)));
        long seed = outcomes.add(event, 1, OutcomeDraft.seed("共同販売", List.of(aoki, inoue)));
        outcomes.add(event, 1, OutcomeDraft.seed("後", List.of(inoue, ueda)));
        outcomes.changeStatus(seed, SeedStatus.WORKING, LocalDate.of(2026, 12, 24), "試作を始めた");
        Outcome before = outcomes.get(seed);

        RemovedOutcome removed = outcomes.delete(seed);
        assertThat(outcomes.forTable(event, 1)).extracting(Outcome::text).containsExactly("前", "後");
        assertThat(rows("SELECT count(*) FROM followup_entry")).isZero();

        outcomes.restore(removed);
        assertThat(outcomes.get(seed)).isEqualTo(before);
        assertThat(outcomes.forTable(event, 1)).extracting(Outcome::text).containsExactly("前", "共同販売", "後");
        assertThat(outcomes.history(event).get(seed)).hasSize(1);
    }

    @Test
    void viewsHearOfEachChangeAfterItIsCommitted() {
        List<Set<StoreChange>> heard = new ArrayList<>();
        try (var subscription = database.changes().subscribe(heard::add)) {
            long seed = outcomes.add(event, 1, OutcomeDraft.seed("共同販売", List.of(aoki, inoue)));
            outcomes.changeStatus(seed, SeedStatus.MET, LocalDate.of(2026, 12, 20), "");
        }
        assertThat(heard.get(0)).contains(new StoreChange(event, StoreChange.Topic.OUTCOMES));
        assertThat(heard.get(1)).contains(new StoreChange(event, StoreChange.Topic.FOLLOW_UPS));
    }

    private long rows(String query) {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(query)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
