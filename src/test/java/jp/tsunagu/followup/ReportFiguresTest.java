package jp.tsunagu.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's figures against events counted by hand (TwoEvents). */
class ReportFiguresTest {
    @TempDir
    Path folder;

    @Test
    void attendanceCountsWalkInsAndNoShowsAsProductMdSays() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            ReportFigures f = report(database, two).figures(two.event.event().id());

            // 7 registered (小林 walked in); 6 came (5 registered + the walk-in); 田中 absent, 山田 never came.
            assertThat(f.registered()).isEqualTo(7);
            assertThat(f.walkIns()).isEqualTo(1);
            assertThat(f.attended()).isEqualTo(6);
            assertThat(f.noShows()).isEqualTo(2);
            // (6 - 1) / 7 = 0.7142... rounded half up to three decimals.
            assertThat(f.attendanceRate()).isEqualByComparingTo(new BigDecimal("0.714"));
            assertThat(f.byCategory())
                    .containsExactly(
                            Map.entry("企業", new CategoryFigures(2, 2)),
                            Map.entry("団体", new CategoryFigures(2, 1)),
                            Map.entry("市民", new CategoryFigures(2, 2)),
                            Map.entry("掛川YEG会員", new CategoryFigures(1, 1)));
        }
    }

    @Test
    void tablesPairsAndSeedsAreCountedOverThePeopleWhoCame() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            ReportFigures f = report(database, two).figures(two.event.event().id());

            TableFigures table1 = f.tables().get(0);
            // 鈴木, 佐藤, 伊藤, 加藤: 製造業 twice, 小売業, 個人・市民; three at their 1st choice (theme 1).
            assertThat(table1)
                    .isEqualTo(new TableFigures(
                            1, 1, two.event.table(1).orElseThrow().theme().name(), 4, 3, 3, 2, 2, 1));
            // 小林 (walk-in, その他) and 中村 (農業, 1st choice theme 2); 田中 absent and 山田 who never came do not count.
            TableFigures table2 = f.tables().get(1);
            assertThat(table2.present()).isEqualTo(2);
            assertThat(table2.industries()).isEqualTo(1);
            assertThat(table2.firstChoice()).isEqualTo(1);
            assertThat(table2.seeds()).isEqualTo(1);
            assertThat(f.tables()).hasSize(7);
            assertThat(f.tables().get(2).present()).isZero();

            // C(4,2) + C(2,2) = 7 pairs; 鈴木 and 佐藤 sat together at the spring event (佐藤 has no email:
            // the same name, and 株式会社佐藤商店 and (株)佐藤商店 are one organisation); 鈴木's email differs in case only.
            assertThat(f.pairs()).isEqualTo(7);
            assertThat(f.firstTimePairs()).isEqualTo(6);
            // 加藤 with the three others at table 1, 中村 with 小林 at table 2.
            assertThat(f.yegPairs()).isEqualTo(4);

            assertThat(f.interests()).isEqualTo(2);
            assertThat(f.seeds()).isEqualTo(3);
            assertThat(f.steps()).isEqualTo(1);
            // 製造業 + 小売業 is cross-industry; 製造業 twice is not; その他 + 農業 is one industry.
            assertThat(f.crossIndustrySeeds()).isEqualTo(1);
            assertThat(f.seedsByStatus())
                    .containsExactly(
                            Map.entry(SeedStatus.NEW, 1),
                            Map.entry(SeedStatus.INTRODUCED, 0),
                            Map.entry(SeedStatus.MET, 1),
                            Map.entry(SeedStatus.WORKING, 0),
                            Map.entry(SeedStatus.CLOSED, 1));
        }
    }

    @Test
    void jsonUsesProductMdsKeys() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            Map<String, Object> json =
                    report(database, two).figures(two.event.event().id()).json();

            assertThat(json)
                    .containsOnlyKeys(
                            "registered",
                            "walkIns",
                            "attended",
                            "noShows",
                            "attendanceRate",
                            "byCategory",
                            "tables",
                            "interests",
                            "seeds",
                            "steps",
                            "seedsByStatus",
                            "crossIndustrySeeds",
                            "pairs",
                            "firstTimePairs",
                            "yegPairs");
            assertThat(json.get("seedsByStatus"))
                    .isEqualTo(Map.of("new", 1, "introduced", 0, "met", 1, "working", 0, "closed", 1));
        }
    }

    @Test
    void anEventWithNobodyRegisteredHasARateOfZero() {
        assertThat(FigureCounter.rate(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(FigureCounter.rate(2, 3)).isEqualByComparingTo(new BigDecimal("0.667"));
        assertThat(FigureCounter.rate(1, 8)).isEqualByComparingTo(new BigDecimal("0.125"));
    }

    static FollowUpReport report(Database database, TwoEvents two) {
        return new FollowUpReport(database, two.events, two.seating, two.outcomes);
    }
}
