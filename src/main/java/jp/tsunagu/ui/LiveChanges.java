package jp.tsunagu.ui;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import jp.tsunagu.store.StoreChange;
import jp.tsunagu.store.StoreChanges;

/**
 * The window's side of the store's change notifier: a view watches the topics it draws for the
 * event it shows, and is told on the FX thread after another part of the app committed a change
 * (a check-in at reception shows at once on the board and a projector window). A burst of commits
 * makes one reload, not one each.
 */
public final class LiveChanges {
    private final StoreChanges changes;
    private final Executor uiThread;

    /** @param uiThread where views are told (the FX thread; the calling thread in view model tests) */
    public LiveChanges(StoreChanges changes, Executor uiThread) {
        this.changes = changes;
        this.uiThread = uiThread;
    }

    /** On the FX thread, always later (never inside the committing call); at once when there is no FX toolkit. */
    public static Executor fxThread() {
        return work -> {
            try {
                Platform.runLater(work);
            } catch (IllegalStateException toolkitNotRunning) {
                work.run(); // a view model test without a window
            }
        };
    }

    /**
     * Calls {@code reload} after each committed change to one of {@code topics} of the event
     * {@code shownEvent} gives (0 or less: none shown, nothing is told).
     */
    public StoreChanges.Subscription watch(LongSupplier shownEvent, Set<StoreChange.Topic> topics, Runnable reload) {
        AtomicBoolean pending = new AtomicBoolean();
        return changes.subscribe(changed -> {
            long eventId = shownEvent.getAsLong();
            boolean concerns = eventId > 0
                    && changed.stream()
                            .anyMatch(c -> topics.contains(c.topic()) && (c.eventId() == eventId || c.eventId() == 0));
            if (concerns && pending.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    pending.set(false);
                    reload.run();
                });
            }
        });
    }
}
