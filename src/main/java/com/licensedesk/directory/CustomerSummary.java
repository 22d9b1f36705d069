package com.licensedesk.directory;

import java.time.LocalDate;
import java.util.Optional;

/** One customer as 顧客一覧 shows it. */
public record CustomerSummary(long accountId, String companyName, String companyNameKana, String loginId,
                              String contactName, String phone, int licenceCount, Optional<LocalDate> nextExpiry) {
}
