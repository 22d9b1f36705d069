package com.licensedesk.account;

import com.licensedesk.company.ContactPerson;
import java.time.Instant;

/** An account about to be created: its login ID, the password's hash and the user's data. */
public record NewAccount(String loginId, String passwordHash, ContactPerson user, Instant createdAt) {
}
