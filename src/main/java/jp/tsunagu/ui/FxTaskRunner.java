package jp.tsunagu.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import jp.tsunagu.i18n.UserError;

/**
 * Runs work on one background thread, in the order asked (the store has one connection anyway),
 * and exposes the running task's title, progress and running state for the status bar, with cancel.
 * Every task keeps its own progress and cancel while it waits: when the running one ends, the bar
 * shows the next. A request made with {@link #runLatest} replaces the stale one of the same key.
 * All methods are called on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger("jp.tsunagu.ui");

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tsunagu-work");
        thread.setDaemon(true);
        return thread;
    });
    // Reads for views wait on their own thread, so a list refresh is never queued behind an import.
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tsunagu-read");
        thread.setDaemon(true);
        return thread;
    });
    // Holds a debounced read (a search typed key by key) until the user pauses.
    private final ScheduledExecutorService pause = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tsunagu-pause");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Long> newestRead = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty title = new SimpleStringProperty("");
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    // Tasks not yet ended, in the order they run; the first one is running (or about to).
    private final List<WorkTask<?>> active = new ArrayList<>();
    private final Map<String, WorkTask<?>> latest = new HashMap<>();

    @Override
    public <T> void run(String taskTitle, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        start(new WorkTask<>(taskTitle, work), onDone, onFailed);
    }

    @Override
    public <T> void runLatest(
            String key, String taskTitle, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        WorkTask<T> task = new WorkTask<>(taskTitle, work);
        WorkTask<?> stale = latest.put(key, task);
        if (stale != null) {
            stale.cancel();
        }
        task.key = key;
        start(task, onDone, onFailed);
    }

    @Override
    public <T> void read(String key, Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        long number = reads.incrementAndGet();
        newestRead.put(key, number);
        reader.execute(() -> readNow(key, number, read, onDone, onFailed));
    }

    @Override
    public <T> void readAfter(
            String key, long delayMillis, Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        long number = reads.incrementAndGet();
        newestRead.put(key, number);
        pause.schedule(
                () -> {
                    if (newestRead.get(key) == number) {
                        reader.execute(() -> readNow(key, number, read, onDone, onFailed));
                    }
                },
                delayMillis,
                TimeUnit.MILLISECONDS);
    }

    // On the store thread: changes and reads for views run there one at a time, in the order asked,
    // so a list read after a change sees it, and the FX thread never waits for the store's lock.
    @Override
    public <T> void change(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        reader.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                if (!(e instanceof UserError)) {
                    LOG.log(Level.WARNING, "A change failed", e);
                }
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    // The store thread runs in order, and Platform.runLater too: this runs after every change asked
    // before it has been carried out and its result shown.
    @Override
    public void afterChanges(Runnable then) {
        reader.execute(() -> Platform.runLater(then));
    }

    private <T> void readNow(
            String key, long number, Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        if (newestRead.get(key) != number) {
            return; // a newer read of the same key is waiting: this one is stale already
        }
        try {
            T result = read.call();
            Platform.runLater(() -> {
                if (newestRead.get(key) == number) {
                    onDone.accept(result);
                }
            });
        } catch (Exception | Error e) {
            Platform.runLater(() -> onFailed.accept(e));
        }
    }

    private <T> void start(WorkTask<T> task, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        task.setOnSucceeded(e -> {
            ended(task);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            ended(task);
            Throwable error = task.getException();
            if (!(error instanceof UserError)) {
                // The user sees a message; the log keeps what went wrong for whoever helps.
                LOG.log(Level.WARNING, "Background work failed", error);
            }
            onFailed.accept(error);
        });
        task.setOnCancelled(e -> ended(task));
        active.add(task);
        showFirst();
        executor.execute(task);
    }

    private void ended(WorkTask<?> task) {
        active.remove(task);
        if (task.key != null) {
            latest.remove(task.key, task);
        }
        showFirst();
    }

    // The status bar follows the task that runs now; the waiting ones keep their own progress.
    private void showFirst() {
        progress.unbind();
        waiting.set(Math.max(0, active.size() - 1));
        if (active.isEmpty()) {
            progress.set(-1);
            title.set("");
            running.set(false);
            return;
        }
        WorkTask<?> first = active.getFirst();
        title.set(first.title);
        progress.bind(first.progressProperty());
        running.set(true);
    }

    /** Cancels the task that runs now; the next one waiting then runs. */
    public void cancel() {
        if (!active.isEmpty()) {
            active.getFirst().cancel();
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

    /** How many tasks wait behind the running one. */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting;
    }

    /** A JavaFX task that hands the work a {@link Progress} view of itself. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final String title;
        private final Work<T> work;
        private String key;

        WorkTask(String title, Work<T> work) {
            this.title = title;
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
