package jp.tsunagu.store;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one shared notifier of the store. Work inside a transaction says what it changed
 * ({@link Database#changed}); when the transaction commits, every subscriber is told once, with the
 * changes of the whole transaction. A rolled-back transaction tells nobody. Subscribers are called on
 * the thread that committed: a window hands the news to its own thread.
 */
public final class StoreChanges {
    private final List<Consumer<Set<StoreChange>>> subscribers = new CopyOnWriteArrayList<>();

    /** Starts telling {@code subscriber}; closing the returned handle stops it. */
    public Subscription subscribe(Consumer<Set<StoreChange>> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    void publish(Set<StoreChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<StoreChange> told = Set.copyOf(changes);
        for (Consumer<Set<StoreChange>> subscriber : subscribers) {
            subscriber.accept(told);
        }
    }

    /** A subscription; closing it is idempotent. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
