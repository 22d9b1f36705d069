package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.ui.Tasks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's background work: a delayed run counts as work until it ran, and a cancelled job is stopped off the FX
 * thread.
 */
@ExtendWith(ApplicationExtension.class)
class FxTasksTest {
    private static final int BOUND_SECONDS = 60;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ExecutorService stopping = Executors.newSingleThreadExecutor();
    private final FxTasks tasks = new FxTasks(background, stopping);

    @AfterEach
    void stop() {
        background.shutdownNow();
        stopping.shutdownNow();
    }

    private <T> T onFxThread(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aDelayedRunIsWorkUntilItRanAndACancelledOneNeverRuns() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        Tasks.Job cancelled = onFxThread(() -> tasks.later(Duration.ofHours(1), () -> ran.add("cancelled")));
        assertThat(tasks.isIdle()).as("waiting for its delay").isFalse();
        onFxThread(() -> {
            cancelled.cancel();
            return null;
        });
        assertThat(tasks.isIdle()).isTrue();

        // One that starts work as it runs and cancels itself meanwhile, as the directory's search does.
        AtomicReference<Tasks.Job> itself = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        onFxThread(() -> {
            itself.set(tasks.later(Duration.ofMillis(1), () -> {
                itself.get().cancel();
                tasks.run(() -> release.await(BOUND_SECONDS, TimeUnit.SECONDS), done -> ran.add("work"),
                        failure -> { });
                ran.add("delayed");
            }));
            return null;
        });
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, () -> ran.contains("delayed"));
        assertThat(tasks.isIdle()).as("its work runs").isFalse();
        release.countDown();
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, tasks::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).containsExactly("delayed", "work");
    }

    @Test
    void aCancelledJobsStopHookRunsOffTheFxThreadAndAtOnceWhenAskedAfterwards() throws Exception {
        CountDownLatch hooked = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Boolean> stoppedOnFxThread = new AtomicReference<>();
        AtomicReference<Tasks.Progress> seen = new AtomicReference<>();
        Tasks.Job job = tasks.run(progress -> {
            seen.set(progress);
            progress.whenCancelled(() -> {
                stoppedOnFxThread.set(Platform.isFxApplicationThread());
                stopped.countDown();
            });
            hooked.countDown();
            return stopped.await(BOUND_SECONDS, TimeUnit.SECONDS);
        }, done -> { }, failure -> { });
        assertThat(hooked.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

        onFxThread(() -> {
            job.cancel();
            return null;
        });

        assertThat(stopped.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(stoppedOnFxThread.get()).isFalse();
        List<String> late = new CopyOnWriteArrayList<>();
        seen.get().whenCancelled(() -> late.add("at once"));
        assertThat(late).containsExactly("at once");
    }
}
