package com.licensedesk.account;

import java.util.Locale;
import com.licensedesk.company.ContactPerson;
import java.time.Instant;

/** An account about to be created: its login ID, the password's hash, the user's data and language. */
public record NewAccount(String loginId, String passwordHash, ContactPerson user, Locale language,
                         Instant createdAt) {
}
