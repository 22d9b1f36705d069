package com.licensedesk.expiry;

import com.licensedesk.session.Actor;
import com.licensedesk.ui.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renewal reminders as a job of the desk's daily work: sent at its first run of a day (Japan time), not again that
 * day. Reminders are recorded per licence, so every desk sharing a database may run this and each is still sent once.
 */
public final class DailyReminders {
    private static final Logger LOG = LoggerFactory.getLogger(DailyReminders.class);
    private static final Actor DAILY_RUN = Actor.system("renewal-reminders");

    private final RenewalReminders reminders;
    private final Clock clock;
    /** Read and written by the one thread that runs the job. */
    private LocalDate lastRun;

    public DailyReminders(RenewalReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Sends the reminders due today unless this job has sent today's already; what it sent, if it ran. */
    public Optional<RenewalReminders.Sent> runIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        if (today.equals(lastRun)) {
            return Optional.empty();
        }
        RenewalReminders.Sent sent = reminders.send(DAILY_RUN);
        lastRun = today;
        LOG.info("Renewal reminders: {} mails for {} licences", sent.mails(), sent.licences());
        return Optional.of(sent);
    }
}
