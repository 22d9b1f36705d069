package com.licensedesk.app;

import com.licensedesk.ui.Tasks;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs work on the composition root's executor and hands the outcome back on the FX thread. Progress reaches the
 * FX thread at most once per frame's worth of updates: a report waiting to be shown is replaced, not queued.
 */
final class FxTasks implements Tasks {
    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();

    FxTasks(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FxJob job = new FxJob();
        if (executor.isShutdown()) {
            job.cancel();
            return job; // the application is closing: nothing is left to report to
        }
        running.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.call(job);
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Throwable failure) {
                Platform.runLater(() -> finish(() -> onFailure.accept(failure)));
            }
        });
        return job;
    }

    private void finish(Runnable outcome) {
        try {
            outcome.run();
        } finally {
            running.decrementAndGet();
        }
    }

    /** True when no work is running or waiting to report: what tests wait for. */
    boolean isIdle() {
        return running.get() == 0;
    }

    private static final class FxJob implements Job, Progress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private final AtomicBoolean reportWaiting = new AtomicBoolean();
        private volatile double latest = -1;

        @Override
        public void update(long done, long total) {
            latest = total > 0 ? Math.min(1, (double) done / total) : -1;
            if (reportWaiting.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    reportWaiting.set(false);
                    progress.set(latest);
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progress.getReadOnlyProperty();
        }
    }
}
