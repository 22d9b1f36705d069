package com.licensedesk.desk;

import com.licensedesk.domain.StorageTrouble;
import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Tasks;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status bar under every desk screen: who is signed in at which desk, where mail goes, and how much of it waits
 * or failed its last attempt; and while the disk is full or the database cannot be reached, that. The counts are read
 * in the background while the window is open.
 */
public final class DeskStatusViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DeskStatusViewModel.class);
    private final OutboxRepository outbox;
    private final Session session;
    private final Tasks tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper(this, "operator", "");
    private final ReadOnlyStringWrapper desk = new ReadOnlyStringWrapper(this, "desk", "");
    private final ReadOnlyStringWrapper smtp = new ReadOnlyStringWrapper(this, "smtp", "");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyStringWrapper failed = new ReadOnlyStringWrapper(this, "failed", "");
    private final ReadOnlyBooleanWrapper anyFailed = new ReadOnlyBooleanWrapper(this, "anyFailed", false);
    private final ReadOnlyStringWrapper storage = new ReadOnlyStringWrapper(this, "storage", "");
    private final ReadOnlyBooleanWrapper storageTroubled = new ReadOnlyBooleanWrapper(this, "storageTroubled", false);
    private boolean reading;

    /** {@code smtpHost} is the configured SMTP server, if any. */
    public DeskStatusViewModel(OutboxRepository outbox, Session session, Tasks tasks, Messages messages,
                               String deskName, Optional<String> smtpHost) {
        this.outbox = outbox;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        desk.set(messages.get("desk.status.desk", deskName));
        smtp.set(smtpHost.map(host -> messages.get("desk.status.smtp.host", host))
                .orElseGet(() -> messages.get("desk.status.smtp.none")));
        waiting.set(messages.get("desk.status.waiting", "-"));
        failed.set(messages.get("desk.status.failed", "-"));
    }

    public ReadOnlyStringProperty operator() {
        return operator.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty desk() {
        return desk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty smtp() {
        return smtp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waiting() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failed() {
        return failed.getReadOnlyProperty();
    }

    /** True while some mail failed its last attempt: the count is shown as a warning. */
    public ReadOnlyBooleanProperty anyFailed() {
        return anyFailed.getReadOnlyProperty();
    }

    /** The storage trouble, said while there is one: 「ディスクの空き容量がありません」, 「データベースに接続できません」. */
    public ReadOnlyStringProperty storage() {
        return storage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty storageTroubled() {
        return storageTroubled.getReadOnlyProperty();
    }

    /** The store's storage trouble now, or none since a later call went through (on the FX thread). */
    public void storageTrouble(Optional<StorageTrouble.Kind> trouble) {
        storage.set(trouble.map(kind -> messages.get(switch (kind) {
            case DISK_FULL -> "desk.status.diskFull";
            case DATABASE_UNREACHABLE -> "desk.status.databaseUnreachable";
        })).orElse(""));
        storageTroubled.set(trouble.isPresent());
    }

    /** Reads the counts again (one read at a time) and names the signed-in operator. */
    public void refresh() {
        operator.set(session.staff().map(member -> messages.get("desk.status.operator", member.name(),
                messages.get(member.role().labelKey()))).orElse(""));
        if (reading) {
            return;
        }
        reading = true;
        tasks.run(outbox::counts, counts -> {
            reading = false;
            waiting.set(messages.get("desk.status.waiting", counts.waiting()));
            failed.set(messages.get("desk.status.failed", counts.failing()));
            anyFailed.set(counts.failing() > 0);
        }, failure -> {
            reading = false;
            if (StorageTrouble.in(failure).isPresent()) {
                // Said in the bar itself, and logged by the store when it began: not again every few seconds.
                LOG.debug("Could not count the outbox: {}", failure.getMessage());
            } else {
                LOG.warn("Could not count the outbox", failure);
            }
        });
    }
}
