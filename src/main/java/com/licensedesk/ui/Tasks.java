package com.licensedesk.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * Runs slow work (the database, the mail server, a password hash) off the FX thread and hands the outcome back on
 * it. Long work reports its progress and can be cancelled. View models take this, so that their tests can run the
 * work in place.
 */
public interface Tasks {

    <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work that reports nothing and is not cancelled half-way. */
    default <T> Job run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(progress -> work.call(), onSuccess, onFailure);
    }

    /**
     * Runs {@code onFxThread} on the FX thread once {@code delay} has passed, unless its job is cancelled first: for
     * work that waits until the person stops typing. Called on the FX thread.
     */
    Job later(Duration delay, Runnable onFxThread);

    /** Work that may report how far it got and look whether it was cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What running work sees of its job. */
    interface Progress {
        /** {@code done} of {@code total} units (rows, mails); a total of 0 or less means "not known". */
        void update(long done, long total);

        boolean isCancelled();

        /**
         * Runs {@code stop} when the job is cancelled, off the FX thread (at once, on the calling thread, when it
         * already is): for work that waits on something it can interrupt, such as a statement on the database.
         */
        void whenCancelled(Runnable stop);
    }

    /** Work handed to {@link Tasks}: its progress from 0 to 1 (−1 while unknown), and a way to stop it. */
    interface Job {
        /**
         * Asks the work to stop; work that looks at {@link Progress#isCancelled()} or gave a way to stop it
         * ({@link Progress#whenCancelled}) ends early.
         */
        void cancel();

        boolean isCancelled();

        ReadOnlyDoubleProperty progress();
    }
}
