package com.licensedesk.testing;

import com.licensedesk.ui.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds work until the test releases it: for what happens when an answer arrives late. */
public final class HeldTasks implements Tasks {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        InPlaceTasks.InPlaceJob job = new InPlaceTasks.InPlaceJob();
        held.add(() -> InPlaceTasks.runAs(job, work, onSuccess, onFailure));
        return job;
    }

    /** Runs every held piece of work now, in order, and delivers its answer. */
    public void release() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    public int waiting() {
        return held.size();
    }
}
