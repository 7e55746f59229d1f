package jp.tsunagu.ui;

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
    default <T> void runLatest(
            String key, String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        run(title, work, onDone, onFailed);
    }
}
