package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialCommands.DisableTwoFactor;
import com.licensedesk.auth.CredentialCommands.EnableTwoFactor;
import com.licensedesk.auth.CredentialCommands.EnableTwoFactorAtKiosk;
import com.licensedesk.auth.CredentialCommands.ResetTwoFactorAtDesk;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.ChangedElsewhere;
import com.licensedesk.change.Outcome;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Permission;
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
 * secret itself is never logged. At a kiosk enrolled with a home, switching on is journalled with the secret sealed
 * to home, and home replays both changes only onto an account whose two-factor sign-in is as the kiosk's was.
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

    private final ChangePipeline pipeline;
    private final TwoFactorRepository twoFactor;
    private final CredentialRepository credentials;
    private final SignInService signIn;
    private final SignInMail mail;
    private final SecretBox secrets;
    private final SecretForHome forHome;
    private final PasswordHasher hasher;
    private final Totp totp;
    private final OneTimeCode codes;
    private final SecureRandom random;
    private final String issuer;
    private final Clock clock;

    /**
     * {@code secrets}: this desk's, which seals the secret before it is stored; {@code forHome}: seals it for home
     * at an enrolled kiosk, and opens a kiosk's at home.
     */
    public TwoFactorService(ChangePipeline pipeline, TwoFactorRepository twoFactor, CredentialRepository credentials,
                            SignInService signIn, SignInMail mail, SecretBox secrets, SecretForHome forHome,
                            PasswordHasher hasher, Totp totp, OneTimeCode codes, SecureRandom random, String issuer,
                            Clock clock) {
        this.pipeline = pipeline;
        this.twoFactor = twoFactor;
        this.credentials = credentials;
        this.signIn = signIn;
        this.mail = mail;
        this.secrets = secrets;
        this.forHome = forHome;
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
        OptionalLong step = totp.accept(offer.secret(), typedCode, clock.instant(), 0);
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
        String sealed = secrets.seal(offer.secret());
        Optional<String> sealedForHome = forHome.sealedForHome(offer.secret());
        if (sealedForHome.isPresent()) {
            // The journal carries home's seal; this kiosk stores its own, which stays out of the command.
            pipeline.run(Actor.customer(loginId), new EnableTwoFactorAtKiosk(accountId, loginId,
                    sealedForHome.get(), step.getAsLong(), hashes), (command, context) -> enable(
                    new EnableTwoFactor(command.accountId(), command.loginId(), sealed, command.lastStep(),
                            command.recoveryCodeHashes()), context));
        } else {
            pipeline.run(Actor.customer(loginId), new EnableTwoFactor(accountId, loginId, sealed, step.getAsLong(),
                    hashes), this::enable);
        }
        return Optional.of(List.copyOf(recovery));
    }

    /**
     * A kiosk's switching on, replayed at home: the secret opened with home's key and sealed under home's
     * {@link SecretBox}. Waits for a person ({@link ChangedElsewhere}) when two-factor sign-in was switched on at
     * home since, with a secret the customer's app may hold instead.
     */
    public Outcome<Boolean> enableFromKiosk(EnableTwoFactorAtKiosk command, ChangeContext context) {
        if (twoFactor.secret(command.accountId()).isPresent()) {
            throw new ChangedElsewhere(Boolean.TRUE);
        }
        return enable(new EnableTwoFactor(command.accountId(), command.loginId(),
                secrets.seal(forHome.open(command.secretForHome())), command.lastStep(),
                command.recoveryCodeHashes()), context);
    }

    Outcome<Boolean> enable(EnableTwoFactor command, ChangeContext context) {
        twoFactor.enable(command.accountId(), command.sealedSecret(), command.lastStep(),
                command.recoveryCodeHashes());
        return Outcome.changed(true)
                .mailing(mail.twoFactorEnabled(credentials.of(command.accountId()), context.now()))
                .audited(command.accountId(), AuditAction.TWO_FACTOR_ENABLED, "");
    }

    /**
     * An operator switches two-factor sign-in off for a customer at the desk, after checking who they are (the
     * customer lost the authenticator). Notice mail; audited with the operator as the actor.
     */
    public void resetAtDesk(Acting acting) {
        pipeline.run(acting.actor(), new ResetTwoFactorAtDesk(acting.accountId(), acting.loginId()), this::resetAtDesk);
    }

    Outcome<Boolean> resetAtDesk(ResetTwoFactorAtDesk command, ChangeContext context) {
        if (!context.actor().isOperator()) {
            throw new NotPermitted(context.actor(), Permission.CHANGE_CUSTOMERS);
        }
        twoFactor.disable(command.accountId());
        return Outcome.changed(true)
                .mailing(mail.twoFactorDisabled(credentials.of(command.accountId()), context.now()))
                .audited(command.accountId(), AuditAction.TWO_FACTOR_RESET_AT_DESK, "");
    }

    /** Switches off with the password and a current code; wrong ones count toward the lockout. Slow: hashes. */
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
        pipeline.run(Actor.customer(account.loginId()), new DisableTwoFactor(accountId, account.loginId()),
                this::disable);
        return new Disabled.Done();
    }

    /**
     * A kiosk's switching off, replayed at home. Waits for a person ({@link ChangedElsewhere}) when two-factor
     * sign-in is off at home already (switched off at the desk since, or the kiosk's switching on never applied).
     */
    public Outcome<Boolean> disableFromKiosk(DisableTwoFactor command, ChangeContext context) {
        if (twoFactor.secret(command.accountId()).isEmpty()) {
            throw new ChangedElsewhere(Boolean.FALSE);
        }
        return disable(command, context);
    }

    /** The handler of {@link DisableTwoFactor}, the password and code checked where they were typed. */
    Outcome<Boolean> disable(DisableTwoFactor command, ChangeContext context) {
        twoFactor.disable(command.accountId());
        return Outcome.changed(true)
                .mailing(mail.twoFactorDisabled(credentials.of(command.accountId()), context.now()))
                .audited(command.accountId(), AuditAction.TWO_FACTOR_DISABLED, "");
    }
}
