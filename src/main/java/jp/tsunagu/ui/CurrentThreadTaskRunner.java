package jp.tsunagu.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view model tests. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {}

                @Override
                public void message(String text) {}

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
