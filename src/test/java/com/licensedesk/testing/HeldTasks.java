package com.licensedesk.testing;

import com.licensedesk.ui.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds work, and what waits for a delay, until the test releases it: for what happens when an answer arrives late,
 * and for what a delay lets pass.
 */
public final class HeldTasks implements Tasks {
    private final List<Runnable> held = new ArrayList<>();
    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        InPlaceTasks.InPlaceJob job = new InPlaceTasks.InPlaceJob();
        held.add(() -> InPlaceTasks.runAs(job, work, onSuccess, onFailure));
        return job;
    }

    /** Held until {@link #release()}: a job cancelled by then never runs. */
    @Override
    public Job later(Duration delay, Runnable onFxThread) {
        InPlaceTasks.InPlaceJob job = new InPlaceTasks.InPlaceJob();
        delayed.add(() -> {
            if (!job.isCancelled()) {
                onFxThread.run();
            }
        });
        return job;
    }

    /**
     * Runs every held piece of work now, in order, and delivers its answer; then lets every delay held pass. Work
     * that starts meanwhile is held for the next release.
     */
    public void release() {
        List<Runnable> now = List.copyOf(held);
        List<Runnable> passed = List.copyOf(delayed);
        held.clear();
        delayed.clear();
        now.forEach(Runnable::run);
        passed.forEach(Runnable::run);
    }

    /** Runs the held piece of work at {@code index} (0: the first asked for) now and delivers its answer. */
    public void releaseOne(int index) {
        held.remove(index).run();
    }

    /** Pieces of work held, not counting what waits for a delay. */
    public int waiting() {
        return held.size();
    }
}
