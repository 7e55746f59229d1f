package jp.tsunagu.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomesTest {
    @TempDir
    Path folder;

    @Test
    void readsATablesOutcomesInWorksheetOrderWithTheirPeople() {
        try (Database database = Database.open(folder.resolve("store.db"))) {
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO event (id, name) VALUES (1, '交流会')");
                    s.execute("INSERT INTO person (id, event_id, name) VALUES (10, 1, '青木'), (11, 1, '井上')");
                    s.execute("INSERT INTO outcome (id, event_id, table_number, kind, position, text, owner_id, due)"
                            + " VALUES (1, 1, 2, 'step', 0, '現地見学', 10, '2026-12-20'),"
                            + " (2, 1, 2, 'seed', 0, '空き店舗の活用', NULL, NULL),"
                            + " (3, 1, 2, 'interest', 1, '人手不足', NULL, NULL),"
                            + " (4, 1, 2, 'interest', 0, '地域の担い手', NULL, NULL),"
                            + " (5, 1, 3, 'interest', 0, '別のテーブル', NULL, NULL)");
                    s.execute("INSERT INTO outcome_person VALUES (2, 11, 0), (2, 10, 1)");
                }
                return null;
            });
            Outcomes outcomes = new Outcomes(database);

            List<Outcome> table2 = outcomes.forTable(1, 2);

            assertThat(table2).extracting(Outcome::text).containsExactly("地域の担い手", "人手不足", "空き店舗の活用", "現地見学");
            assertThat(table2.get(2).people()).containsExactly(11L, 10L);
            assertThat(table2.get(2).status()).isEqualTo(SeedStatus.NEW);
            assertThat(table2.get(3).ownerId()).isEqualTo(10L);
            assertThat(table2.get(3).due()).isEqualTo(LocalDate.of(2026, 12, 20));
            assertThat(outcomes.list(1)).hasSize(5);
        }
    }
}
