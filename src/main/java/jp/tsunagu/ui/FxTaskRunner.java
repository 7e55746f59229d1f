package jp.tsunagu.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs one piece of work at a time on a background thread (the store has one connection anyway)
 * and exposes its title, progress and running state for the status bar, with cancel.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tsunagu-work");
        thread.setDaemon(true);
        return thread;
    });
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty title = new SimpleStringProperty("");
    private Task<?> current;

    @Override
    public <T> void run(String taskTitle, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnSucceeded(e -> {
            finished();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailed.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        current = task;
        title.set(taskTitle);
        progress.bind(task.progressProperty());
        running.set(true);
        executor.execute(task);
    }

    private void finished() {
        progress.unbind();
        progress.set(-1);
        running.set(false);
        current = null;
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** A JavaFX task that hands the work a {@link Progress} view of itself. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
