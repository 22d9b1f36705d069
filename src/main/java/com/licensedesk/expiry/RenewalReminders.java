package com.licensedesk.expiry;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.change.Transactor;
import com.licensedesk.mail.Outbox;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import com.licensedesk.ui.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renewal reminders: at each threshold (days before expiry, by default 90, 30 and 7) the customer's support contact
 * gets one mail listing every licence that has reached it. A licence is reminded at most once per threshold and
 * expiry: the record of it is inserted in the transaction that queues the mail, and a desk whose insert finds the
 * record already there (another desk, an earlier run) leaves that licence out. A licence first seen late (registered
 * nine days before expiry) is reminded once, at the nearest threshold it has reached.
 */
public final class RenewalReminders {
    /** Customers whose reminders commit together: few commits for a whole database, short locks for other desks. */
    private static final int CUSTOMERS_PER_TRANSACTION = 250;

    /** One mail: a customer, a threshold, the licences in it. */
    public record Reminder(long accountId, String companyName, String recipient, int daysBefore,
                           List<ReminderCandidate> licences) {
    }

    /** What a run sent: mails (one per customer and threshold), the licences they list, and the customers. */
    public record Sent(int mails, int licences, int customers) {
    }

    private final Transactor transactor;
    private final ReminderStore store;
    private final Outbox outbox;
    private final ReminderMail mail;
    private final AuditLog audit;
    private final Clock clock;
    private final List<Integer> thresholds;

    /** {@code days}: the thresholds, in any order; none means reminders are off. */
    public RenewalReminders(Transactor transactor, ReminderStore store, Outbox outbox, ReminderMail mail,
                            AuditLog audit, Clock clock, List<Integer> days) {
        this.transactor = transactor;
        this.store = store;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.thresholds = days.stream().filter(d -> d >= 0).distinct().sorted().toList();
    }

    public List<Integer> thresholds() {
        return thresholds;
    }

    /** The reminders due today (Japan time) and not yet sent, by company; sends nothing (the dry run). */
    public List<Reminder> due() {
        if (thresholds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        int farthest = thresholds.get(thresholds.size() - 1);
        Map<String, Reminder> reminders = new LinkedHashMap<>();
        for (ReminderCandidate licence : store.candidates(today, today.plusDays(farthest))) {
            long daysLeft = ChronoUnit.DAYS.between(today, licence.expires());
            Optional<Integer> threshold = thresholds.stream().filter(days -> daysLeft <= days).findFirst();
            if (threshold.isEmpty() || licence.remindedAt().contains(threshold.get())) {
                continue;
            }
            reminders.computeIfAbsent(licence.accountId() + "/" + threshold.get(), group -> new Reminder(
                    licence.accountId(), licence.companyName(), licence.supportContactEmail(), threshold.get(),
                    new ArrayList<>())).licences().add(licence);
        }
        return reminders.values().stream()
                .sorted(Comparator.comparing(Reminder::companyName).thenComparing(Reminder::accountId)
                        .thenComparing(Reminder::daysBefore))
                .toList();
    }

    /** Sends what is due; {@code actor} is the operator who asked, or the desk's own daily run. */
    public Sent send(Actor actor) {
        actor.require(Permission.CHANGE_CUSTOMERS);
        List<Reminder> due = due();
        int mails = 0;
        int licences = 0;
        java.util.Set<Long> customers = new java.util.HashSet<>();
        for (int start = 0; start < due.size(); start += CUSTOMERS_PER_TRANSACTION) {
            List<Reminder> chunk = due.subList(start, Math.min(due.size(), start + CUSTOMERS_PER_TRANSACTION));
            List<Reminder> sent = transactor.inTransaction(() -> {
                List<Reminder> written = new ArrayList<>();
                for (Reminder reminder : chunk) {
                    sendOne(reminder, actor).ifPresent(written::add);
                }
                return written;
            });
            for (Reminder reminder : sent) {
                mails++;
                licences += reminder.licences().size();
                customers.add(reminder.accountId());
            }
        }
        return new Sent(mails, licences, customers.size());
    }

    /** The licences this desk recorded first, in one mail; none when another desk was first for all of them. */
    private Optional<Reminder> sendOne(Reminder reminder, Actor actor) {
        List<ReminderCandidate> ours = reminder.licences().stream()
                .filter(licence -> store.record(licence.licenceId(), reminder.daysBefore(), licence.expires(),
                        clock.instant()))
                .toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        Reminder sending = new Reminder(reminder.accountId(), reminder.companyName(), reminder.recipient(),
                reminder.daysBefore(), ours);
        outbox.enqueue(mail.reminder(sending));
        audit.record(new AuditEntry(clock.instant(), Optional.of(reminder.accountId()), actor, AuditAction.REMINDER_SENT,
                "days=" + reminder.daysBefore() + "; keys=" + String.join(",",
                        ours.stream().map(licence -> licence.key().masked()).toList())));
        return Optional.of(sending);
    }
}
