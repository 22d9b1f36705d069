package com.licensedesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (the database, the mail server, a password hash) off the FX thread and hands the outcome back on
 * it. View models take this, so that their tests can run the work in place.
 */
public interface Tasks {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
