package com.licensedesk.desk;

import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 送信メール: every mail with its state, attempts, the server's last answer and the next attempt; a mail opened to
 * read (a body holding a secret shown redacted); a failed mail sent again, a waiting one cancelled.
 */
public final class OutboxMonitorViewModel implements PersonalData {
    /** At most this many mails, newest first. */
    public static final int LIMIT = 1_000;

    /** One mail as listed. */
    public record Row(long id, String created, String recipient, String subject, String state, String attempts,
                      String lastAnswer, String nextAttempt, OutboxMail mail) {
    }

    /** A state filter choice: empty for every state. */
    public record StateChoice(Optional<OutboxMail.State> state, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final OutboxAdministration outbox;
    private final Session session;
    private final Messages messages;
    private final Runnable mailWaiting;
    private final Activity activity;
    private final ObservableList<StateChoice> states = FXCollections.observableArrayList();
    private final ObjectProperty<StateChoice> state = new SimpleObjectProperty<>(this, "state");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable", true);

    /** {@code mailWaiting} wakes the sender after a resend. */
    public OutboxMonitorViewModel(OutboxAdministration outbox, Session session, Tasks tasks, Messages messages,
                                  Runnable mailWaiting) {
        this.outbox = outbox;
        this.session = session;
        this.messages = messages;
        this.mailWaiting = mailWaiting;
        this.activity = new Activity(tasks, messages, OutboxMonitorViewModel.class);
        states.add(new StateChoice(Optional.empty(), messages.get("audit.filter.all")));
        for (OutboxMail.State each : OutboxMail.State.values()) {
            states.add(new StateChoice(Optional.of(each), label(each)));
        }
    }

    public ObservableList<StateChoice> states() {
        return states;
    }

    public ObjectProperty<StateChoice> state() {
        return state;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The body of the chosen mail, or why it is not shown. */
    public ReadOnlyStringProperty body() {
        return body.getReadOnlyProperty();
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** 再送 and 取り消し: offered to operators who may change customers' data, not to a read-only one. */
    public ReadOnlyBooleanProperty changeable() {
        return changeable.getReadOnlyProperty();
    }

    /** The screen opens on every mail, newest first. */
    public void shown() {
        changeable.set(session.mayChangeCustomers());
        state.set(states.get(0));
        load();
    }

    /** The list again, for the state chosen. */
    public void load() {
        Optional<OutboxMail.State> chosen = Optional.ofNullable(state.get()).flatMap(StateChoice::state);
        activity.run("Reading the outbox", () -> outbox.list(chosen, LIMIT), found -> {
            rows.setAll(found.stream().map(this::row).toList());
            body.set("");
        });
    }

    /** A row is chosen: its body, unless it holds a secret. */
    public void choose(Row row) {
        if (row == null) {
            body.set("");
            return;
        }
        // The server's answer first: the table's column is narrow, and it is what an operator looks for.
        String answer = row.mail().lastError().map(error -> messages.get("outbox.body.answer", error) + "\n\n")
                .orElse("");
        body.set(answer + (row.mail().holdsSecret() ? messages.get("outbox.body.secret") : row.mail().body()));
    }

    /** 再送 of a failed mail. */
    public void resend(Row row) {
        if (row == null || activity.isBusy()) {
            return;
        }
        var actor = session.staff().map(StaffMember::actor).orElseThrow();
        activity.run("Resending a mail", () -> outbox.resend(actor, row.id()), done -> {
            if (done) {
                activity.banner().success(messages.get("outbox.resent", row.recipient(), row.subject()));
                mailWaiting.run();
            } else {
                activity.banner().info(messages.get("outbox.notFailed", row.recipient(), row.subject()));
            }
            load();
        });
    }

    /** 取り消し of a waiting mail. */
    public void cancel(Row row) {
        if (row == null || activity.isBusy()) {
            return;
        }
        var actor = session.staff().map(StaffMember::actor).orElseThrow();
        activity.run("Cancelling a mail", () -> outbox.cancel(actor, row.id()), done -> {
            activity.banner().success(messages.get(done ? "outbox.cancelled" : "outbox.notWaiting",
                    row.recipient(), row.subject()));
            load();
        });
    }

    @Override
    public void clear() {
        rows.clear();
        body.set("");
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private String label(OutboxMail.State each) {
        return messages.get(switch (each) {
            case WAITING -> "outbox.state.waiting";
            case SENT -> "outbox.state.sent";
            case FAILED -> "outbox.state.failed";
            case CANCELLED -> "outbox.state.cancelled";
            case EXPIRED -> "outbox.state.expired";
        });
    }

    private Row row(OutboxMail mail) {
        return new Row(mail.id(), Formats.dateTime(mail.createdAt()), mail.recipient(), mail.subject(),
                label(mail.state()), String.valueOf(mail.attempts()), mail.lastError().orElse(""),
                mail.state() == OutboxMail.State.WAITING ? Formats.dateTime(mail.nextAttemptAt()) : "", mail);
    }
}
