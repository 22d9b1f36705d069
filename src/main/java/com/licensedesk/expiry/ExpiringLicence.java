package com.licensedesk.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One registered licence as 期限管理 lists it, with the customer's support contact to call about renewing. */
public record ExpiringLicence(long licenceId, long accountId, String companyName, String loginId, String contactName,
                              String phone, String product, String key, int seats, LocalDate expires,
                              Optional<Instant> lastReminder) {
}
