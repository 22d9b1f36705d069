package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.change.Transactor;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.session.Acting;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Permission;
import com.licensedesk.ui.Formats;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * For a customer standing at the desk who cannot receive mail: a one-time temporary password, shown once to the
 * operator (and printable), valid 24 hours, which the customer must replace at the next sign-in. The customer gets a
 * notice mail (without the password); the audit log records who issued it. Only an operator acting for the
 * customer may issue one. Slow: hashes; call off the FX thread.
 */
public final class TemporaryPasswordService {
    public static final Duration VALID_FOR = Duration.ofHours(24);
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 12;

    /** The password as the operator reads it out, and until when it works. */
    public record Issued(String password, Instant validUntil) {
        @Override
        public String toString() {
            return "Issued[validUntil=" + validUntil + "]";
        }
    }

    private final Transactor transactor;
    private final CredentialRepository credentials;
    private final SignInAttempts attempts;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    private final Clock clock;

    public TemporaryPasswordService(Transactor transactor, CredentialRepository credentials, SignInAttempts attempts,
                                    Outbox outbox, MailTemplates templates, AuditLog audit, PasswordHasher hasher,
                                    SecureRandom random, Clock clock) {
        this.transactor = transactor;
        this.credentials = credentials;
        this.attempts = attempts;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.hasher = hasher;
        this.random = random;
        this.clock = clock;
    }

    public Issued issue(Acting acting) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        if (!acting.atDesk()) {
            throw new NotPermitted(acting.actor(), Permission.CHANGE_CUSTOMERS);
        }
        String password = newPassword();
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        Instant until = now.plus(VALID_FOR);
        transactor.inTransaction(() -> {
            Credentials account = credentials.of(acting.accountId());
            credentials.setTemporaryPassword(acting.accountId(), hash, until, now);
            // A customer locked out by wrong tries gets in with the new password.
            attempts.record(LoginId.folded(account.loginId()), now, SignInAttempts.Outcome.CLEARED);
            outbox.enqueue(templates.compose(account.language(), "temporaryPassword", account.email(),
                    account.loginId(), Formats.dateTime(now), Formats.dateTime(until)));
            audit.record(new AuditEntry(now, Optional.of(acting.accountId()), acting.actor(),
                    AuditAction.TEMPORARY_PASSWORD_ISSUED, "valid until " + until));
        });
        return new Issued(password, until);
    }

    /** 12 characters without look-alikes, with upper case, lower case and digits, as the password rule wants. */
    String newPassword() {
        String all = UPPER + LOWER + DIGITS;
        char[] chars = new char[LENGTH];
        chars[0] = UPPER.charAt(random.nextInt(UPPER.length()));
        chars[1] = LOWER.charAt(random.nextInt(LOWER.length()));
        chars[2] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        for (int i = 3; i < LENGTH; i++) {
            chars[i] = all.charAt(random.nextInt(all.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }
}
