package com.licensedesk.expiry;

import com.licensedesk.change.NotJournalled;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.mail.NewMail;
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

    /**
     * The reminders of up to {@link #CUSTOMERS_PER_TRANSACTION} customers, sent together. Not journalled: reminders
     * are sent from home, never from a kiosk.
     */
    public record SendReminders(List<Reminder> reminders) implements NotJournalled {
    }

    private final ReminderStore store;
    private final ChangePipeline pipeline;
    private final ReminderMail mail;
    private final Clock clock;
    private final List<Integer> thresholds;

    /** {@code days}: the thresholds, in any order; none means reminders are off. */
    public RenewalReminders(ReminderStore store, ChangePipeline pipeline, ReminderMail mail, Clock clock,
                            List<Integer> days) {
        this.store = store;
        this.pipeline = pipeline;
        this.mail = mail;
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
        // Before the search for what is due, which the pipeline would refuse to send.
        actor.require(Permission.CHANGE_CUSTOMERS);
        List<Reminder> due = due();
        int mails = 0;
        int licences = 0;
        java.util.Set<Long> customers = new java.util.HashSet<>();
        for (int start = 0; start < due.size(); start += CUSTOMERS_PER_TRANSACTION) {
            List<Reminder> chunk = due.subList(start, Math.min(due.size(), start + CUSTOMERS_PER_TRANSACTION));
            List<Reminder> sent = pipeline.run(actor, new SendReminders(List.copyOf(chunk)), this::send);
            for (Reminder reminder : sent) {
                mails++;
                licences += reminder.licences().size();
                customers.add(reminder.accountId());
            }
        }
        return new Sent(mails, licences, customers.size());
    }

    /** Each reminder's mail and audit entry, for the licences this desk recorded first; the reminders sent. */
    Outcome<List<Reminder>> send(SendReminders command, ChangeContext context) {
        List<Reminder> sent = new ArrayList<>();
        List<NewMail> mails = new ArrayList<>();
        List<Outcome.Audited> audited = new ArrayList<>();
        for (Reminder reminder : command.reminders()) {
            sendOne(reminder, context).ifPresent(sending -> {
                sent.add(sending);
                mails.add(mail.reminder(sending));
                audited.add(new Outcome.Audited(Optional.of(sending.accountId()), AuditAction.REMINDER_SENT,
                        "days=" + sending.daysBefore() + "; keys=" + String.join(",",
                                sending.licences().stream().map(licence -> licence.key().masked()).toList())));
            });
        }
        return new Outcome<>(List.copyOf(sent), mails, audited, !sent.isEmpty());
    }

    /** The licences this desk recorded first, in one mail; none when another desk was first for all of them. */
    private Optional<Reminder> sendOne(Reminder reminder, ChangeContext context) {
        List<ReminderCandidate> ours = reminder.licences().stream()
                .filter(licence -> store.record(licence.licenceId(), reminder.daysBefore(), licence.expires(),
                        context.now()))
                .toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(reminder.accountId(), reminder.companyName(), reminder.recipient(),
                reminder.daysBefore(), ours));
    }
}
