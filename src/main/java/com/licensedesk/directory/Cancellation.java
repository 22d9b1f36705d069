package com.licensedesk.directory;

/**
 * How whoever asked for a search stops it half-way: the directory hands over how it stops, the caller decides when.
 * A stopped search ends with a {@link java.util.concurrent.CancellationException}.
 */
@FunctionalInterface
public interface Cancellation {

    /** Runs {@code stop} once the search is no longer wanted (at once when it already is not). */
    void whenCancelled(Runnable stop);
}
