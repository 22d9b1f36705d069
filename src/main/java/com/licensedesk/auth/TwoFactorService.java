package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.session.Acting;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Permission;
import com.licensedesk.session.Actor;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.change.Transactor;
import com.licensedesk.ui.Formats;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 2要素認証 on and off. Switching on shows a new secret (as a QR code and as text) and takes effect only once a
 * current code from the app proves the app has it; ten recovery codes are shown at that moment and stored hashed.
 * Switching off needs the password and a current code. Each change sends a mail and writes an audit record; the
 * secret itself is never logged.
 */
public final class TwoFactorService {
    public static final int RECOVERY_CODES = 10;

    /** A secret offered for setting up an app, not yet switched on. */
    public record Offer(String secret, String uri) {
        @Override
        public String toString() {
            return "Offer[hidden]";
        }
    }

    /** What switching off came to. */
    public sealed interface Disabled {
        record Done() implements Disabled {
        }

        record WrongPasswordOrCode() implements Disabled {
        }

        record Locked(Instant until) implements Disabled {
        }
    }

    private final Transactor transactor;
    private final TwoFactorRepository twoFactor;
    private final CredentialRepository credentials;
    private final SignInService signIn;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Totp totp;
    private final OneTimeCode codes;
    private final SecureRandom random;
    private final String issuer;
    private final Clock clock;

    public TwoFactorService(Transactor transactor, TwoFactorRepository twoFactor, CredentialRepository credentials,
                            SignInService signIn, Outbox outbox,
                            MailTemplates templates, AuditLog audit, PasswordHasher hasher, Totp totp,
                            OneTimeCode codes, SecureRandom random, String issuer, Clock clock) {
        this.transactor = transactor;
        this.twoFactor = twoFactor;
        this.credentials = credentials;
        this.signIn = signIn;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.hasher = hasher;
        this.totp = totp;
        this.codes = codes;
        this.random = random;
        this.issuer = issuer;
        this.clock = clock;
    }

    public boolean isEnabled(long accountId) {
        return twoFactor.secret(accountId).isPresent();
    }

    /** 2要素認証を有効にする: a new secret for the app; nothing changes until {@link #enable}. */
    public Offer offer(String loginId) {
        String secret = Totp.newSecret(random);
        return new Offer(secret, Totp.uri(issuer, loginId, secret));
    }

    /** Switches on when the code is the app's current one; returns the recovery codes, shown this once. */
    public Optional<List<String>> enable(long accountId, Offer offer, String typedCode) {
        Instant now = clock.instant();
        OptionalLong step = totp.accept(offer.secret(), typedCode, now, 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> recovery = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = codes.next(10, 5);
            recovery.add(code);
            hashes.add(RecoveryCodeHash.of(code, random));
        }
        String loginId = credentials.of(accountId).loginId();
        transactor.inTransaction(() -> {
            twoFactor.enable(accountId, offer.secret(), step.getAsLong(), hashes);
            Credentials owner = credentials.of(accountId);
            outbox.enqueue(templates.compose(owner.language(), "twoFactorEnabled", owner.email(), loginId,
                    Formats.dateTime(now)));
            audit.record(new AuditEntry(now, Optional.of(accountId), Actor.customer(loginId), AuditAction.TWO_FACTOR_ENABLED, ""));
        });
        return Optional.of(List.copyOf(recovery));
    }

    /** Switches off with the password and a current code; wrong ones count toward the lockout. Slow: hashes. */
    /**
     * An operator switches two-factor sign-in off for a customer at the desk, after checking who they are (the
     * customer lost the authenticator). Notice mail; audited with the operator as the actor.
     */
    public void resetAtDesk(Acting acting) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        if (!acting.atDesk()) {
            throw new NotPermitted(acting.actor(), Permission.CHANGE_CUSTOMERS);
        }
        Instant now = clock.instant();
        transactor.inTransaction(() -> {
            Credentials account = credentials.of(acting.accountId());
            twoFactor.disable(acting.accountId());
            outbox.enqueue(templates.compose(account.language(), "twoFactorDisabled", account.email(),
                    account.loginId(), Formats.dateTime(now)));
            audit.record(new AuditEntry(now, Optional.of(acting.accountId()), acting.actor(),
                    AuditAction.TWO_FACTOR_RESET_AT_DESK, ""));
        });
    }

    public Disabled disable(long accountId, String password, String typedCode) {
        Credentials account = credentials.of(accountId);
        Optional<Instant> locked = signIn.lockedUntil(LoginId.folded(account.loginId()));
        if (locked.isPresent()) {
            return new Disabled.Locked(locked.get());
        }
        Instant now = clock.instant();
        Optional<TwoFactorRepository.Secret> secret = twoFactor.secret(accountId);
        boolean passwordRight = hasher.matches(password, account.passwordHash());
        OptionalLong step = secret.map(s -> totp.accept(s.secret(), typedCode, now, s.lastStep()))
                .orElse(OptionalLong.empty());
        if (!passwordRight || step.isEmpty() || !twoFactor.useStep(accountId, step.getAsLong())) {
            return signIn.recordFailure(Optional.of(accountId), account.loginId(), AuditAction.TWO_FACTOR_DISABLE_REFUSED,
                    passwordRight ? "wrong code" : "wrong password").<Disabled>map(Disabled.Locked::new)
                    .orElseGet(Disabled.WrongPasswordOrCode::new);
        }
        transactor.inTransaction(() -> {
            twoFactor.disable(accountId);
            outbox.enqueue(templates.compose(account.language(), "twoFactorDisabled", account.email(),
                    account.loginId(), Formats.dateTime(now)));
            audit.record(new AuditEntry(now, Optional.of(accountId), Actor.customer(account.loginId()), AuditAction.TWO_FACTOR_DISABLED, ""));
        });
        return new Disabled.Done();
    }
}
