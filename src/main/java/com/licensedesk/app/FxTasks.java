package com.licensedesk.app;

import com.licensedesk.ui.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs work on the composition root's executor and hands the outcome back on the FX thread. Progress reaches the
 * FX thread at most once per frame's worth of updates: a report waiting to be shown is replaced, not queued. A
 * cancelled job's stop hooks run on {@code stopping}, off the FX thread.
 */
final class FxTasks implements Tasks {
    private final ExecutorService executor;
    private final ExecutorService stopping;
    private final AtomicInteger running = new AtomicInteger();
    /** Runs {@link #later} that have neither run nor been cancelled. */
    private final AtomicInteger delayed = new AtomicInteger();

    FxTasks(ExecutorService executor, ExecutorService stopping) {
        this.executor = executor;
        this.stopping = stopping;
    }

    @Override
    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FxJob job = new FxJob(stopping);
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

    @Override
    public Job later(Duration delay, Runnable onFxThread) {
        return new Later(delay, onFxThread);
    }

    /** True when no work is running, waiting to report or waiting for its delay: what tests wait for. */
    boolean isIdle() {
        return running.get() == 0 && delayed.get() == 0;
    }

    /** A run on the FX thread after a pause of the animation clock; cancelled before it ends, it never runs. */
    private final class Later implements Job {
        private final PauseTransition pause;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private boolean cancelled;
        private boolean ran;
        private boolean over;

        Later(Duration delay, Runnable onFxThread) {
            pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(event -> {
                if (!over) {
                    // Counted as waiting until it ran, also if it cancels itself: work it starts is counted before
                    // this is not.
                    ran = true;
                    try {
                        onFxThread.run();
                    } finally {
                        end();
                    }
                }
            });
            delayed.incrementAndGet();
            pause.play();
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (!over && !ran) {
                end();
                pause.stop();
            }
        }

        private void end() {
            over = true;
            delayed.decrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progress.getReadOnlyProperty();
        }
    }

    private static final class FxJob implements Job, Progress {
        private final ExecutorService stopping;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Runnable> stops = new ArrayList<>();
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private final AtomicBoolean reportWaiting = new AtomicBoolean();
        private volatile double latest = -1;

        FxJob(ExecutorService stopping) {
            this.stopping = stopping;
        }

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
        public void whenCancelled(Runnable stop) {
            synchronized (stops) {
                if (!cancelled.get()) {
                    stops.add(stop);
                    return;
                }
            }
            stop.run(); // the work asks on its own thread, before it starts what could be stopped
        }

        @Override
        public void cancel() {
            List<Runnable> now;
            synchronized (stops) {
                if (cancelled.getAndSet(true)) {
                    return;
                }
                now = List.copyOf(stops);
                stops.clear();
            }
            try {
                now.forEach(stopping::execute);
            } catch (RejectedExecutionException closing) {
                // The application is closing: its pool closes what was still running.
            }
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progress.getReadOnlyProperty();
        }
    }
}
