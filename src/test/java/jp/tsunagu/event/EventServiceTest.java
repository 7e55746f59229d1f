package jp.tsunagu.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventServiceTest {
    @TempDir
    Path folder;

    private Database database;
    private EventService events;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
        events = new EventService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyChangeOfTheEventsTablesIsToldToTheOpenScreens() {
        long id = events.create(new EventDetails("交流会", LocalDate.of(2026, 12, 5), ""))
                .event()
                .id();
        java.util.List<jp.tsunagu.store.StoreChange> heard = new java.util.ArrayList<>();
        database.changes().subscribe(heard::addAll);

        events.renameTheme(id, 1, "新しいテーマ");
        events.addTable(id, 2);
        assertThat(heard)
                .containsOnly(new jp.tsunagu.store.StoreChange(id, jp.tsunagu.store.StoreChange.Topic.TABLES))
                .hasSize(2);
        try {
            events.renameTheme(id, 1, " ");
        } catch (jp.tsunagu.i18n.UserError refused) {
            // a refused change tells nobody
        }
        assertThat(heard).hasSize(2);
        events.update(id, new EventDetails("改名", LocalDate.of(2026, 12, 5), ""));
        assertThat(heard.getLast().topic()).isEqualTo(jp.tsunagu.store.StoreChange.Topic.EVENTS);
    }

    @Test
    void createsAnEventWithTheSevenKakegawaThemes() {
        EventPlan plan = events.create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川商工会議所"));

        assertThat(plan.event().name()).isEqualTo("掛川マッチング交流会");
        assertThat(plan.themes()).extracting(Theme::name).containsExactlyElementsOf(DefaultThemes.KAKEGAWA);
        assertThat(plan.tables()).extracting(EventTable::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(plan.tables()).allSatisfy(t -> assertThat(t.theme().number()).isEqualTo(t.number()));
        assertThat(plan.themes())
                .extracting(Theme::colour)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("#[0-9A-F]{6}"));
    }

    @Test
    void listsEventsNewestFirstAndResolvesTheLatest() {
        events.create(new EventDetails("第1回", null, ""));
        EventPlan second = events.create(new EventDetails("第2回", null, ""));

        assertThat(events.list()).extracting(Event::name).containsExactly("第2回", "第1回");
        assertThat(events.resolve(null).id()).isEqualTo(second.event().id());
        assertThatThrownBy(() -> events.resolve(999L)).isInstanceOf(UserError.class);
    }

    @Test
    void renamesEditsAndDropsThemesAndRenumbersTheRest() {
        long id = events.create(new EventDetails("交流会", null, "")).event().id();

        events.renameTheme(id, 2, "お茶の未来");
        EventPlan added = events.addTheme(id, "観光と交流");
        EventPlan dropped = events.dropTheme(id, 3);

        assertThat(added.themes()).hasSize(8);
        assertThat(dropped.themes()).extracting(Theme::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(dropped.theme(2).orElseThrow().name()).isEqualTo("お茶の未来");
        assertThat(dropped.themes()).extracting(Theme::name).doesNotContain("脱炭素・循環型社会をめざして");
        assertThat(dropped.tables()).extracting(EventTable::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(dropped.table(7).orElseThrow().theme().name()).isEqualTo("観光と交流");
    }

    @Test
    void setsCapacitiesAndStaffPerTable() {
        long id = events.create(new EventDetails("交流会", null, "")).event().id();

        events.changeTable(id, new TableChange(3, Optional.of(TableChange.Capacity.of(8)), Optional.empty()));
        events.putStaff(id, 3, StaffRole.ADVISOR, new StaffDetails("山田 太郎", "静岡大学", "yamada@example.jp"));
        events.putStaff(id, 3, StaffRole.FACILITATOR, new StaffDetails("佐藤 花子", "掛川YEG", ""));
        EventTable replaced =
                events.putStaff(id, 3, StaffRole.ADVISOR, new StaffDetails("鈴木 一郎", "", "suzuki@example.com"));

        assertThat(replaced.capacity()).isEqualTo(8);
        assertThat(replaced.advisor()).map(TableStaff::name).contains("鈴木 一郎");
        assertThat(replaced.facilitator()).map(TableStaff::organisation).contains("掛川YEG");
        assertThat(events.plan(id).table(1).orElseThrow().advisor()).isEmpty();
    }

    @Test
    void editsATableAsOneChange() {
        long id = events.create(new EventDetails("交流会", null, "")).event().id();
        TableEdit edit =
                new TableEdit(1, "空き家の活用", 6, Optional.of(new StaffDetails("山田 太郎", "", "")), Optional.empty());

        EventTable table = events.editTable(id, edit);

        assertThat(TableEdit.of(table)).isEqualTo(edit);
    }

    @Test
    void refusesBadValuesAndChangesNothing() {
        long id = events.create(new EventDetails("交流会", null, "")).event().id();
        EventPlan before = events.plan(id);

        assertRefused(() -> events.create(new EventDetails("  ", null, "")), "event.error.nameEmpty");
        assertRefused(() -> events.update(id, new EventDetails("", null, "")), "event.error.nameEmpty");
        assertRefused(
                () -> events.changeTable(
                        id, new TableChange(1, Optional.of(TableChange.Capacity.of(0)), Optional.empty())),
                "event.error.capacity");
        assertRefused(
                () -> events.changeTable(id, new TableChange(1, Optional.empty(), Optional.of(" "))),
                "event.error.themeEmpty");
        assertRefused(
                () -> events.changeTable(
                        id, new TableChange(99, Optional.of(TableChange.Capacity.of(5)), Optional.empty())),
                "event.error.noTable");
        assertRefused(
                () -> events.putStaff(id, 1, StaffRole.ADVISOR, new StaffDetails("山田", "", "not-an-email")),
                "event.error.email");
        // A valid theme name with an invalid advisor must not rename the theme either: one transaction.
        assertRefused(
                () -> events.editTable(
                        id,
                        new TableEdit(1, "新しい名前", 5, Optional.of(new StaffDetails("", "所属", "")), Optional.empty())),
                "event.error.staffName");

        assertThat(events.plan(id)).isEqualTo(before);
        assertThat(events.list()).hasSize(1);
    }

    @Test
    void readsDatesAsPeopleTypeThemAndRefusesImpossibleOnes() {
        assertThat(EventRules.parseDate("2026-12-05")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(EventRules.parseDate("2026/12/5")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(EventRules.parseDate("２０２６年１２月５日")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(EventRules.parseDate("")).isNull();
        assertRefused(() -> EventRules.parseDate("2026-02-30"), "event.error.date");
        assertRefused(() -> EventRules.parseDate("来週の土曜"), "event.error.date");
        // The usual Japanese forms: 令和 (and 元年), a weekday after, a date without its year.
        LocalDate today = LocalDate.of(2026, 10, 1);
        assertThat(EventRules.parseDate("令和8年12月6日", today)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(EventRules.parseDate("R8/12/6", today)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(EventRules.parseDate("令和元年5月1日", today)).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(EventRules.parseDate("2026年12月6日（日）", today)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(EventRules.parseDate("2026-12-06", today)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(EventRules.parseDate("12/6", today)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(EventRules.parseDate("9/1", today))
                .as("past this year: next year's")
                .isEqualTo(LocalDate.of(2027, 9, 1));
        assertRefused(() -> EventRules.parseDate("平成32年1月1日", today), "event.error.date");
        assertRefused(() -> EventRules.parseDate("12/6"), "event.error.date");
    }

    @Test
    void keepsAtLeastOneTheme() {
        long id = events.create(new EventDetails("交流会", null, "")).event().id();
        for (int i = 0; i < 6; i++) {
            events.dropTheme(id, 1);
        }
        assertRefused(() -> events.dropTheme(id, 1), "event.error.lastTheme");
        assertThat(events.plan(id).themes()).hasSize(1);
    }

    private static void assertRefused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(UserError.class).satisfies(e -> assertThat(((UserError) e).key())
                .isEqualTo(key));
    }
}
