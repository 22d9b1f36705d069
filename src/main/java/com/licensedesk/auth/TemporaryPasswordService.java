package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialCommands.IssueTemporaryPassword;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.session.Acting;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Permission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

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

    private final ChangePipeline pipeline;
    private final CredentialRepository credentials;
    private final SignInAttempts attempts;
    private final SignInMail mail;
    private final PasswordHasher hasher;
    private final SecureRandom random;

    public TemporaryPasswordService(ChangePipeline pipeline, CredentialRepository credentials, SignInAttempts attempts,
                                    SignInMail mail, PasswordHasher hasher, SecureRandom random) {
        this.pipeline = pipeline;
        this.credentials = credentials;
        this.attempts = attempts;
        this.mail = mail;
        this.hasher = hasher;
        this.random = random;
    }

    public Issued issue(Acting acting) {
        // Refused before the slow hash; the handler asks again for a command that comes another way.
        requireAtDesk(acting);
        String password = newPassword();
        Instant until = pipeline.now().plus(VALID_FOR);
        IssueTemporaryPassword command = new IssueTemporaryPassword(acting.accountId(), acting.loginId(),
                hasher.hash(password), until);
        pipeline.run(acting.actor(), command, this::issue);
        return new Issued(password, until);
    }

    Outcome<Instant> issue(IssueTemporaryPassword command, ChangeContext context) {
        requireAtDesk(new Acting(command.accountId(), command.loginId(), context.actor()));
        Instant now = context.now();
        Credentials account = credentials.of(command.accountId());
        credentials.setTemporaryPassword(command.accountId(), command.passwordHash(), command.validUntil(), now);
        // A customer locked out by wrong tries gets in with the new password.
        attempts.record(LoginId.folded(account.loginId()), now, SignInAttempts.Outcome.CLEARED);
        return Outcome.changed(command.validUntil())
                .mailing(mail.temporaryPassword(account, now, command.validUntil()))
                .audited(command.accountId(), AuditAction.TEMPORARY_PASSWORD_ISSUED, "valid until " + command.validUntil());
    }

    /** Only an operator acting for the customer at the desk, whose role lets them change customers. */
    private static void requireAtDesk(Acting acting) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        if (!acting.atDesk()) {
            throw new NotPermitted(acting.actor(), Permission.CHANGE_CUSTOMERS);
        }
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
