package com.licensedesk.ui;

import com.licensedesk.domain.StorageTrouble;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Acting;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Session;
import com.licensedesk.ui.form.Form;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a view model runs its background work, the same way on every screen: one piece at a time, busy while it runs,
 * and a failure logged once (with its trace) and said on the banner without one.
 */
public final class Activity {
    private final Tasks tasks;
    private final Messages messages;
    private final Logger log;
    private final Banner banner = new Banner();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** {@code owner} names the view model in the log. */
    public Activity(Tasks tasks, Messages messages, Class<?> owner) {
        this.tasks = tasks;
        this.messages = messages;
        this.log = LoggerFactory.getLogger(owner);
    }

    public Banner banner() {
        return banner;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * Runs {@code work} unless other work of this view model is running; {@code onSuccess} gets its answer on the FX
     * thread. {@code what} says in the log what failed. False when it did not start.
     */
    public <T> boolean run(String what, Callable<T> work, Consumer<T> onSuccess) {
        return start(what, progress -> work.call(), onSuccess, () -> true) != null;
    }

    /** Like {@link #run}, with failures the view model answers itself (a refusal it can explain). */
    public <T> boolean run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        tasks.run(work, answer -> {
            busy.set(false);
            onSuccess.accept(answer);
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
        return true;
    }

    /**
     * Runs two pieces of work at once (the window has two workers), busy until both have answered; {@code onSuccess}
     * gets both answers on the FX thread, {@code onFailure} the first failure (a second one is added to it as
     * suppressed). False when other work of this view model is running.
     */
    public <A, B> boolean runTogether(String what, Callable<A> first, Callable<B> second,
                                      BiConsumer<A, B> onSuccess, Consumer<Throwable> onFailure) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        Together<A, B> both = new Together<>(onSuccess, onFailure);
        tasks.run(first, answer -> both.first(answer), both::failed);
        tasks.run(second, answer -> both.second(answer), both::failed);
        return true;
    }

    /** Two answers awaited together, each delivered on the FX thread. */
    private final class Together<A, B> {
        private final BiConsumer<A, B> onSuccess;
        private final Consumer<Throwable> onFailure;
        private int answered;
        private A first;
        private B second;
        private Throwable failure;

        Together(BiConsumer<A, B> onSuccess, Consumer<Throwable> onFailure) {
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void first(A answer) {
            first = answer;
            answered();
        }

        void second(B answer) {
            second = answer;
            answered();
        }

        void failed(Throwable failed) {
            if (failure == null) {
                failure = failed;
            } else {
                failure.addSuppressed(failed);
            }
            answered();
        }

        private void answered() {
            if (++answered < 2) {
                return;
            }
            busy.set(false);
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onSuccess.accept(first, second);
            }
        }
    }

    /** Like {@link #run}, for long work that reports its progress and can be cancelled through the job. */
    public <T> Tasks.Job runLong(String what, Tasks.Work<T> work, Consumer<T> onSuccess) {
        return start(what, work, onSuccess, () -> true);
    }

    /**
     * Work for an account: its answer is used only while {@code acting} is still the session's. A load that ends
     * after the person left (or the kiosk started over) fills no screen for the next one.
     */
    public <T> boolean runFor(Session session, Acting acting, String what, Callable<T> work, Consumer<T> onSuccess) {
        return start(what, progress -> work.call(), onSuccess, () -> session.isCurrent(acting)) != null;
    }

    /** Like {@link #runFor}, with failures the view model answers itself ({@code onFailure}: true when it did). */
    public <T> boolean runFor(Session session, Acting acting, String what, Callable<T> work, Consumer<T> onSuccess,
                              Predicate<Throwable> onFailure) {
        return start(what, progress -> work.call(), onSuccess, () -> session.isCurrent(acting), onFailure) != null;
    }

    private <T> Tasks.Job start(String what, Tasks.Work<T> work, Consumer<T> onSuccess,
                                BooleanSupplier stillWanted) {
        return start(what, work, onSuccess, stillWanted, failure -> false);
    }

    private <T> Tasks.Job start(String what, Tasks.Work<T> work, Consumer<T> onSuccess,
                                BooleanSupplier stillWanted, Predicate<Throwable> answered) {
        if (busy.get()) {
            return null;
        }
        busy.set(true);
        return tasks.run(work, answer -> {
            busy.set(false);
            if (stillWanted.getAsBoolean()) {
                onSuccess.accept(answer);
            }
        }, failure -> {
            busy.set(false);
            if (stillWanted.getAsBoolean() && !answered.test(failure)) {
                failed(what, failure);
            }
        });
    }

    /**
     * Checks a form before it is sent: every refused field shows its reason and the banner says how many need
     * attention. True when the form may be sent.
     */
    public boolean validate(Form form) {
        banner.clear();
        int refused = form.validate(messages);
        if (refused > 0) {
            banner.fieldsNeedAttention(messages, form);
        }
        return refused == 0;
    }

    /**
     * A failure the screen does not answer itself, said on the banner in the user's words: a full disk or a database
     * that cannot be reached as such (logged in a line: the store logged the trace when the trouble began), anything
     * else as unexpected, logged with its trace. Nothing typed is cleared.
     */
    public void failed(String what, Throwable failure) {
        if (failure instanceof NotPermitted) {
            // The role does not allow it: expected, and said as such.
            log.info("{} refused: {}", what, failure.getMessage());
            banner.error(messages.get("common.error.notPermitted"));
            return;
        }
        Optional<StorageTrouble> trouble = StorageTrouble.in(failure);
        if (trouble.isPresent()) {
            log.warn("{} failed: {}", what, trouble.get().getMessage());
            banner.error(messages.get(switch (trouble.get().kind()) {
                case DISK_FULL -> "common.error.diskFull";
                case DATABASE_UNREACHABLE -> "common.error.databaseUnreachable";
            }));
            return;
        }
        log.error("{} failed", what, failure);
        banner.error(messages.get("common.error.unexpected"));
    }

    /**
     * Writing {@code file} failed (an export, a report): the banner names the file; when it was reading the database
     * that failed for a full disk or a lost server, it says that instead, as {@link #failed} does.
     */
    public void failedToWrite(String what, Throwable failure, Path file) {
        if (StorageTrouble.in(failure).isPresent()) {
            failed(what, failure);
            return;
        }
        log.warn("{} failed", what, failure);
        banner.error(messages.get("common.error.export", file));
    }
}
