package jp.tsunagu.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work off the UI thread, showing its progress with a cancel button. Tests use
 * {@link CurrentThreadTaskRunner}, which runs the work at once.
 */
public interface TaskRunner {
    /** What the work sees: where to report progress, and whether the user cancelled. */
    interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs {@code work}; then, on the UI thread, {@code onDone} with its result or {@code onFailed}
     * with what it threw. A cancelled task calls neither.
     */
    <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /**
     * Like {@link #run}, for work whose newer request makes an older one stale (the print preview
     * while options are typed): a request with the same {@code key} replaces this one. If this one is
     * still waiting it never runs; if it runs, it is cancelled and its result is dropped.
     */
    /**
     * Reads from the store for a view, off the UI thread, without the status bar: a list refresh
     * waits there while an import holds the store, and the window stays responsive. Only the newest
     * read of one {@code key} is handed to {@code onDone} (on the UI thread); older ones are dropped.
     * This default reads at once on the calling thread (view model tests).
     */
    default <T> void read(String key, Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = read.call();
        } catch (Exception e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    /**
     * Like {@link #read}, asked after {@code delayMillis} of quiet: a newer read of the same key
     * within the pause replaces this one before it touches the store (a search typed key by key).
     * This default reads at once (view model tests).
     */
    default <T> void readAfter(
            String key, long delayMillis, Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        read(key, read, onDone, onFailed);
    }

    /**
     * Carries out a user's change on the store (a move on the board, a save, an undo) off the UI
     * thread, after the reads and changes asked before it, so that the window never waits for the
     * store; then {@code onDone} with the result, or {@code onFailed}, on the UI thread. Changes
     * run one at a time in the order asked. This default runs at once (view model tests).
     */
    default <T> void change(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        read("change", work, onDone, onFailed);
    }

    /**
     * Runs {@code then} on the UI thread once every change asked so far has been carried out and
     * shown: Ctrl+Z waits for the move just made, so that it undoes that move, not the edit before it.
     * This default runs at once (view model tests, where changes are done at once).
     */
    default void afterChanges(Runnable then) {
        then.run();
    }

    default <T> void runLatest(
            String key, String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        run(title, work, onDone, onFailed);
    }
}
