package jp.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tsunagu.store.StoreChange.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions that compose, keep the first error, and tell subscribers only what was committed. */
class TransactionTest {
    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anOuterFailureAfterAnInnerCallLeavesNothing() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
                    insertEvent(c.createStatement(), "outer");
                    database.inTransaction(inner -> insertEvent(inner.createStatement(), "inner"));
                    throw new IllegalStateException("the walk-in could not be seated");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the walk-in could not be seated");

        assertThat(eventNames()).isEmpty();
    }

    @Test
    void innerWorkIsKeptWhenTheWholeCommits() {
        database.inTransaction(c -> {
            insertEvent(c.createStatement(), "outer");
            return database.inTransaction(inner -> insertEvent(inner.createStatement(), "inner"));
        });

        assertThat(eventNames()).containsExactly("outer", "inner");
    }

    @Test
    void aCaughtInnerFailureUndoesOnlyTheInnerPart() {
        database.inTransaction(c -> {
            insertEvent(c.createStatement(), "kept");
            try {
                database.inTransaction(inner -> {
                    insertEvent(inner.createStatement(), "undone");
                    throw new IllegalArgumentException("refused");
                });
            } catch (IllegalArgumentException expected) {
                // the outer work goes on without the inner part
            }
            return null;
        });

        assertThat(eventNames()).containsExactly("kept");
    }

    @Test
    void theFirstErrorIsTheOneThrown() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
                    database.inTransaction(inner -> {
                        inner.createStatement().execute("INSERT INTO event (name) VALUES ('')");
                        return null;
                    });
                    return null;
                }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("CHECK constraint failed")
                .hasMessageNotContaining("auto-commit");
        assertThat(eventNames()).isEmpty();
    }

    @Test
    void subscribersHearOfCommittedChangesOnceAndOfRolledBackOnesNever() {
        List<Set<StoreChange>> heard = new ArrayList<>();
        database.changes().subscribe(heard::add);

        database.inTransaction(c -> {
            insertEvent(c.createStatement(), "one");
            database.changed(1, Topic.EVENTS);
            database.inTransaction(inner -> {
                database.changed(1, Topic.PEOPLE);
                database.changed(1, Topic.EVENTS);
                return null;
            });
            assertThat(heard).as("nobody hears before the commit").isEmpty();
            return null;
        });
        assertThatThrownBy(() -> database.inTransaction(c -> {
                    database.changed(1, Topic.SEATS);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(heard).containsExactly(Set.of(new StoreChange(1, Topic.EVENTS), new StoreChange(1, Topic.PEOPLE)));
    }

    @Test
    void aCaughtInnerFailureTakesItsChangesBackToo() {
        List<Set<StoreChange>> heard = new ArrayList<>();
        database.changes().subscribe(heard::add);

        database.inTransaction(c -> {
            database.changed(2, Topic.ATTENDANCE);
            try {
                database.inTransaction(inner -> {
                    database.changed(2, Topic.SEATS);
                    throw new IllegalArgumentException("refused");
                });
            } catch (IllegalArgumentException expected) {
                // only the attendance change happened
            }
            return null;
        });

        assertThat(heard).containsExactly(Set.of(new StoreChange(2, Topic.ATTENDANCE)));
    }

    @Test
    void aClosedSubscriptionHearsNothing() {
        List<Set<StoreChange>> heard = new ArrayList<>();
        StoreChanges.Subscription subscription = database.changes().subscribe(heard::add);
        subscription.close();

        database.inTransaction(c -> {
            database.changed(1, Topic.TABLES);
            return null;
        });

        assertThat(heard).isEmpty();
    }

    private static Void insertEvent(Statement statement, String name) throws SQLException {
        try (statement) {
            statement.execute("INSERT INTO event (name) VALUES ('" + name + "')");
        }
        return null;
    }

    private List<String> eventNames() {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT name FROM event ORDER BY id")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        });
    }
}
