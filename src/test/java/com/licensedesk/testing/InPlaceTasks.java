package com.licensedesk.testing;

import com.licensedesk.ui.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs the work at once on the calling thread, as a view model test wants, and what waits for a delay without
 * waiting; progress is kept on the job, and a cancelled job's stop hooks run on the thread that cancels it.
 */
public final class InPlaceTasks implements Tasks {

    @Override
    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return runAs(new InPlaceJob(), work, onSuccess, onFailure);
    }

    @Override
    public Job later(Duration delay, Runnable onFxThread) {
        onFxThread.run();
        return new InPlaceJob();
    }

    /** Runs the work now as the given job. */
    static <T> Job runAs(InPlaceJob job, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(job);
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return job;
        }
        onSuccess.accept(result);
        return job;
    }

    static final class InPlaceJob implements Job, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final List<Runnable> stops = new ArrayList<>();
        private boolean cancelled;

        @Override
        public void update(long done, long total) {
            progress.set(total > 0 ? (double) done / total : -1);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void whenCancelled(Runnable stop) {
            if (cancelled) {
                stop.run();
            } else {
                stops.add(stop);
            }
        }

        @Override
        public void cancel() {
            if (!cancelled) {
                cancelled = true;
                stops.forEach(Runnable::run);
                stops.clear();
            }
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progress.getReadOnlyProperty();
        }
    }
}
