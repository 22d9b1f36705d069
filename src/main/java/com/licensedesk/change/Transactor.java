package com.licensedesk.change;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every repository call made inside, on this thread, commits together or not
 * at all. A call inside a transaction joins it.
 */
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
