package jp.tsunagu.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpsTest {
    @TempDir
    Path folder;

    @Test
    void everySeedWithItsPeopleHistoryAndWhetherItIsOverdue() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            FollowUps followUps = new FollowUps(database, two.events, two.outcomes);

            List<SeedFollowUp> seeds = followUps.seeds(two.event.event().id(), LocalDate.of(2027, 1, 10));

            assertThat(seeds)
                    .extracting(s -> s.seed().id())
                    .containsExactly(two.seedSuzukiSato, two.seedSuzukiKato, two.seedTable2);
            SeedFollowUp met = seeds.get(0);
            assertThat(met.people()).extracting(ReportPerson::name).containsExactly("鈴木一郎", "佐藤花子");
            assertThat(met.history()).hasSize(2);
            assertThat(met.lastChange()).isEqualTo(LocalDate.of(2026, 12, 18));
            // Met on 12-18: 23 days by 01-10, not yet overdue. Closed is never overdue.
            assertThat(met.overdue()).isFalse();
            assertThat(seeds.get(1).overdue()).isFalse();
            // Never moved since the event (12-05): 36 days.
            assertThat(seeds.get(2).status()).isEqualTo(SeedStatus.NEW);
            assertThat(seeds.get(2).lastChange()).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(seeds.get(2).overdue()).isTrue();

            long entry = followUps.set(two.seedTable2, SeedStatus.INTRODUCED, LocalDate.of(2027, 1, 9), "紹介した");
            assertThat(followUps
                            .seeds(two.event.event().id(), LocalDate.of(2027, 1, 10))
                            .get(2)
                            .overdue())
                    .isFalse();
            followUps.unset(entry);
            assertThat(followUps
                            .seeds(two.event.event().id(), LocalDate.of(2027, 1, 10))
                            .get(2)
                            .status())
                    .isEqualTo(SeedStatus.NEW);
        }
    }

    @Test
    void aPersonsPageFindsThemAtBothEventsWithTablematesAndConnections() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            PersonHistory history = new PersonHistory(database, two.events, two.outcomes);

            // 佐藤 has no email: found at the spring event by name and organisation (株式会社 / (株)).
            PersonPage page = history.of(two.sato);

            assertThat(page.visits()).extracting(v -> v.event().name()).containsExactly("春の交流会", "掛川マッチング交流会");
            assertThat(page.visits().get(0).tablemates())
                    .extracting(ReportPerson::name)
                    .containsExactlyInAnyOrder("鈴木一郎", "田中次郎");
            assertThat(page.visits().get(1).tablemates())
                    .extracting(ReportPerson::name)
                    .containsExactlyInAnyOrder("鈴木一郎", "伊藤三郎", "加藤四郎");
            assertThat(page.connections()).hasSize(1);
            assertThat(page.connections().get(0).status()).isEqualTo(SeedStatus.MET);
            assertThat(page.connections().get(0).others())
                    .extracting(ReportPerson::name)
                    .containsExactly("鈴木一郎");
            // The same page from the earlier registration.
            assertThat(history.of(two.satoEarlier).visits()).hasSize(2);
            // 伊藤 came once.
            assertThat(history.of(two.ito).visits()).hasSize(1);
        }
    }
}
