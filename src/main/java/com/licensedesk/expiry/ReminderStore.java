package com.licensedesk.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What renewal reminders read and the one record per licence and threshold that keeps them from going twice. */
public interface ReminderStore {

    /**
     * Licences ending from {@code from} through {@code through} of customers not excluded from reminders, each with
     * the thresholds already reminded of for its current expiry.
     */
    List<ReminderCandidate> candidates(LocalDate from, LocalDate through);

    /**
     * Records that the licence was reminded of at {@code daysBefore} for {@code expires}; false, and nothing written,
     * when some desk has recorded it already. Call inside the transaction that queues the mail.
     */
    boolean record(long licenceId, int daysBefore, LocalDate expires, Instant sentAt);

}
