package com.licensedesk.app;

import com.licensedesk.ui.Tasks;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on the composition root's executor and hands the outcome back on the FX thread. */
final class FxTasks implements Tasks {
    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();

    FxTasks(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return; // the application is closing: nothing is left to report to
        }
        running.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Throwable failure) {
                Platform.runLater(() -> finish(() -> onFailure.accept(failure)));
            }
        });
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
}
