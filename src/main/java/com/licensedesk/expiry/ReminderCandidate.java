package com.licensedesk.expiry;

import com.licensedesk.catalog.ProductKey;
import java.time.LocalDate;
import java.util.Set;

/** A licence a renewal reminder may be due for, with the thresholds (days) already reminded of for its expiry. */
public record ReminderCandidate(long licenceId, long accountId, String companyName, String supportContactEmail,
                                String product, ProductKey key, int seats, LocalDate expires,
                                Set<Integer> remindedAt) {
}
