package com.licensedesk.cli;

import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.mail.OutboxSender;
import java.util.List;

/** {@code reminders send [--dry-run]}: the renewal reminders due today, for a scheduled job. */
final class RemindersCli extends CommandGroup {
    RemindersCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 0, "reminders", "send")) {
            return send(false);
        }
        if (matches(words, 0, "reminders", "send", "--dry-run")) {
            return send(true);
        }
        return usage();
    }

    /**
     * 更新のお知らせ for a scheduled job: the reminders due today are queued (each licence and threshold once, whatever
     * other desks did) and, when a mail server is set, delivered with the rest of the outbox. {@code --dry-run} lists
     * them and queues nothing.
     */
    private int send(boolean dryRun) {
        try (Installation.Opened opened = installation.open()) {
            if (dryRun) {
                List<RenewalReminders.Reminder> due = opened.reminders().due();
                for (RenewalReminders.Reminder reminder : due) {
                    out.println(messages.get("cli.reminders.would", reminder.companyName(), reminder.recipient(),
                            reminder.daysBefore(), reminder.licences().size(),
                            String.join(", ", reminder.licences().stream().map(l -> l.key().masked()).toList())));
                }
                out.println(messages.get("cli.reminders.dryRun", due.size(),
                        due.stream().mapToInt(r -> r.licences().size()).sum()));
                return Cli.OK;
            }
            RenewalReminders.Sent sent = opened.reminders().send(CLI);
            out.println(messages.get("cli.reminders.sent", sent.mails(),
                    sent.customers(), sent.licences()));
            if (sent.mails() > 0 && opened.mailSender().canSend()) {
                OutboxSender.Round round = opened.mailSender().deliverDue();
                out.println(messages.get("cli.outbox.sent", round.sent(), opened.outboxMail().unsent().size()));
            }
            return Cli.OK;
        }
    }
}
