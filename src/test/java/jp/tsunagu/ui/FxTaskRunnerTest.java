package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's runner: a waiting task keeps its progress and cancel; a stale request is replaced. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aQueuedTaskKeepsItsProgressBarAndCancelWhenTheFirstEnds() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();
        onFx(() -> {
            runner.run("first", p -> releaseFirst.await(10, TimeUnit.SECONDS), r -> done.add("first"), e -> {});
            runner.run(
                    "second",
                    p -> {
                        secondStarted.countDown();
                        p.update(1, 4);
                        while (!p.isCancelled() && !releaseSecond.await(10, TimeUnit.MILLISECONDS)) {
                            // waits for the test, or for cancel
                        }
                        return "x";
                    },
                    r -> done.add("second"),
                    e -> done.add("failed"));
        });
        assertThat(runner.titleProperty().get()).isEqualTo("first");
        assertThat(runner.waitingProperty().get()).isEqualTo(1);

        releaseFirst.countDown();
        assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> runner.progressProperty().get() == 0.25);
        // Before, the first task's end switched the bar off while the second still ran.
        assertThat(runner.runningProperty().get()).isTrue();
        assertThat(runner.titleProperty().get()).isEqualTo("second");

        onFx(runner::cancel);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).containsExactly("first");
    }

    @Test
    void aNewerRequestReplacesAStaleOneOfTheSameKey() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        List<String> drawn = new CopyOnWriteArrayList<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        onFx(() -> {
            runner.run("busy", p -> release.await(10, TimeUnit.SECONDS), r -> {}, e -> {});
            for (String typed : List.of("1", "12", "123")) {
                runner.runLatest(
                        "preview",
                        "preview " + typed,
                        p -> {
                            ran.add(typed);
                            return typed;
                        },
                        drawn::add,
                        e -> {});
            }
        });
        release.countDown();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).containsExactly("123");
        assertThat(drawn).containsExactly("123");
    }
}
