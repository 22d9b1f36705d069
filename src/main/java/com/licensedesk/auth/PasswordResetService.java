package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialCommands.RequestReset;
import com.licensedesk.auth.CredentialCommands.ResetPassword;
import com.licensedesk.auth.CredentialCommands.SendResetCode;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.change.Transactor;
import com.licensedesk.domain.MailAddress;
import com.licensedesk.session.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * パスワードのリセット by mail: a request by login ID or mail address sends each matching account a one-time code
 * (valid 30 minutes, single use, void after 5 wrong tries or once a newer one is issued); the code shows the login
 * ID and lets a new password be set, which also lifts a lockout. Requests are throttled per login ID or address and
 * per desk.
 */
public final class PasswordResetService {
    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    public static final int WRONG_TRIES = 5;
    /** Every answer to a request takes at least this long, so that its time does not tell whether an account exists. */
    public static final Duration ANSWER_TIME = Duration.ofMillis(400);
    static final int PER_SUBJECT_PER_HOUR = 3;
    static final int PER_DESK_PER_HOUR = 20;
    /** Codes typed without a request of this run: a guess is hopeless (60 bits), the limit keeps it so. */
    static final int WRONG_CODES_PER_DESK_PER_HOUR = 10;
    /** The throttle's subject for wrong codes from a desk; no login ID or address starts with it. */
    private static final String WRONG_CODE = "#wrong-code ";

    /** What a request came to. */
    public sealed interface Request {
        /**
         * The answer to every request that is not throttled, whether or not an account matched: mail went to these
         * accounts (none for an unknown subject). The masked addresses are what may be shown: only a typed address,
         * masked, the same whether known or not. A request by login ID shows none: the address of an account found by
         * its login ID would tell that the login ID exists.
         */
        record Sent(Set<Long> accountIds, List<String> maskedAddresses) implements Request {
        }

        record Throttled() implements Request {
        }
    }

    /** What a typed code came to. */
    public sealed interface CodeCheck {
        record Accepted(long accountId, String loginId) implements CodeCheck {
        }

        record Wrong(int triesLeft) implements CodeCheck {
        }

        /** Too many wrong tries, expired, or none left open: a new request is needed. */
        record Void() implements CodeCheck {
        }

        /** A wrong code typed without a request of this run: the desk may try {@code triesLeft} more this hour. */
        record WrongAtDesk(int triesLeft) implements CodeCheck {
        }

        /** Too many wrong codes from this desk without a request of its own: wait, or request a new code. */
        record Throttled() implements CodeCheck {
        }
    }

    private final ChangePipeline pipeline;
    private final Transactor transactor;
    private final CredentialRepository credentials;
    private final ResetCodeRepository codes;
    private final SignInAttempts attempts;
    private final SignInMail mail;
    private final PasswordHasher hasher;
    private final OneTimeCode codeMaker;
    private final String desk;
    private final Clock clock;
    private final EvenAnswer evenAnswer;

    /**
     * {@code transactor}: for the checks of typed codes, whose wrong tries are counted and no more (no mail, no audit
     * entry); {@code evenAnswer}: each request's answer takes {@link #ANSWER_TIME} in the application.
     */
    public PasswordResetService(ChangePipeline pipeline, Transactor transactor, CredentialRepository credentials,
                                ResetCodeRepository codes, SignInAttempts attempts, SignInMail mail,
                                PasswordHasher hasher, OneTimeCode codeMaker, String desk, Clock clock,
                                EvenAnswer evenAnswer) {
        this.pipeline = pipeline;
        this.transactor = transactor;
        this.credentials = credentials;
        this.codes = codes;
        this.attempts = attempts;
        this.mail = mail;
        this.hasher = hasher;
        this.codeMaker = codeMaker;
        this.desk = desk;
        this.clock = clock;
        this.evenAnswer = evenAnswer;
    }

    /**
     * 送信 on the request screen. A mail address shared by several accounts gets one mail per account. The answer is
     * the same for a subject no account has, and takes as long: slow, call it off the FX thread.
     */
    public Request request(String loginIdOrEmail) {
        return evenAnswer.take(() -> answer(loginIdOrEmail));
    }

    private Request answer(String loginIdOrEmail) {
        // No login ID or mail address is longer; the rest is never looked at (nor lower-cased, which is not linear).
        String stripped = loginIdOrEmail.strip();
        String subject = stripped.length() > MailAddress.MAX ? stripped.substring(0, MailAddress.MAX) : stripped;
        return pipeline.run(Actor.customer(cut(subject)), new RequestReset(subject, desk), this::request);
    }

    Outcome<Request> request(RequestReset command, ChangeContext context) {
        String subject = command.subject();
        String folded = cut(subject.toLowerCase(Locale.ROOT));
        Instant now = context.now();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (codes.requestsFor(folded, hourAgo) >= PER_SUBJECT_PER_HOUR
                || codes.requestsFromDesk(command.desk(), hourAgo) >= PER_DESK_PER_HOUR) {
            return Outcome.event(new Request.Throttled(), Optional.empty(), AuditAction.RESET_THROTTLED,
                    "desk=" + command.desk());
        }
        codes.recordRequest(folded, command.desk(), now);
        // A login ID may hold an @ too: the accounts with this login ID and those with this address.
        List<Credentials> found = new ArrayList<>();
        credentials.find(subject).ifPresent(found::add);
        if (subject.contains("@")) {
            credentials.findByEmail(subject).stream()
                    .filter(account -> found.stream().noneMatch(f -> f.accountId() == account.accountId()))
                    .forEach(found::add);
        }
        List<Long> ids = new ArrayList<>();
        List<String> masked = subject.contains("@") ? List.of(MailMask.mask(subject.toLowerCase(Locale.ROOT)))
                : List.of();
        for (Credentials account : found) {
            String code = codeMaker.next();
            // Within this transaction, each account's code recorded with the account as its actor.
            pipeline.run(Actor.customer(account.loginId()), new SendResetCode(account.accountId(), account.loginId(),
                    OneTimeCode.hash(code), command.desk()), (send, sending) -> sendCode(send, sending, code));
            ids.add(account.accountId());
        }
        return Outcome.changed(new Request.Sent(Set.copyOf(ids), masked));
    }

    /** {@code code} goes into the mail only; the command holds its hash. */
    private Outcome<Boolean> sendCode(SendResetCode command, ChangeContext context, String code) {
        Instant until = context.now().plus(VALID_FOR);
        Credentials account = credentials.of(command.accountId());
        long issued = codes.issue(command.accountId(), command.codeHash(), context.now(), until);
        return Outcome.changed(true)
                .mailing(mail.resetCode(account, code, until).lapsesWith(ResetCodeRepository.mailKey(issued)))
                .audited(command.accountId(), AuditAction.RESET_CODE_SENT, "desk=" + command.desk());
    }

    /**
     * The code typed on the reset screen, among the codes of the accounts the request on this desk reached; with no
     * request in this run (リセットコードをお持ちの方 after a restart, or on another desk), among every open code, with
     * wrong codes counted against the desk.
     */
    public CodeCheck check(Collection<Long> accountIds, String typedCode) {
        if (accountIds.isEmpty()) {
            return checkAnywhere(typedCode);
        }
        Instant now = clock.instant();
        return transactor.inTransaction(() -> {
            Optional<ResetCodeRepository.OpenCode> open = codes.findOpen(OneTimeCode.hash(typedCode), accountIds);
            if (open.isPresent()) {
                return openCode(open.get(), now);
            }
            int tries = codes.addWrongTry(accountIds);
            if (tries >= WRONG_TRIES) {
                codes.closeOpen(accountIds, "VOIDED", now);
                return new CodeCheck.Void();
            }
            return tries == 0 ? new CodeCheck.Void() : new CodeCheck.Wrong(WRONG_TRIES - tries);
        });
    }

    /** A code found open: accepted while valid, else closed as expired. */
    private CodeCheck openCode(ResetCodeRepository.OpenCode open, Instant now) {
        if (now.isBefore(open.expiresAt())) {
            return new CodeCheck.Accepted(open.accountId(), credentials.of(open.accountId()).loginId());
        }
        codes.closeOpen(List.of(open.accountId()), "EXPIRED", now);
        return new CodeCheck.Void();
    }

    private CodeCheck checkAnywhere(String typedCode) {
        Instant now = clock.instant();
        String wrongFromDesk = WRONG_CODE + desk;
        return transactor.inTransaction(() -> {
            int wrong = codes.requestsFor(wrongFromDesk, now.minus(Duration.ofHours(1)));
            if (wrong >= WRONG_CODES_PER_DESK_PER_HOUR) {
                return new CodeCheck.Throttled();
            }
            Optional<ResetCodeRepository.OpenCode> open = codes.findOpenAnywhere(OneTimeCode.hash(typedCode));
            if (open.isPresent()) {
                return openCode(open.get(), now);
            }
            codes.recordRequest(wrongFromDesk, desk, now);
            int left = WRONG_CODES_PER_DESK_PER_HOUR - wrong - 1;
            return left > 0 ? new CodeCheck.WrongAtDesk(left) : new CodeCheck.Throttled();
        });
    }

    /**
     * 送信 on the reset screen: the code must still be open. The new password may be the old one, as the manual says.
     * Returns false when the code is no longer usable. Slow: hashes.
     */
    public boolean reset(long accountId, String typedCode, String newPassword) {
        String newHash = hasher.hash(newPassword);
        String loginId = credentials.of(accountId).loginId();
        return pipeline.run(Actor.customer(loginId),
                new ResetPassword(accountId, loginId, OneTimeCode.hash(typedCode), newHash, desk), this::reset);
    }

    Outcome<Boolean> reset(ResetPassword command, ChangeContext context) {
        Instant now = context.now();
        long accountId = command.accountId();
        Optional<ResetCodeRepository.OpenCode> open = codes.findOpen(command.codeHash(), List.of(accountId));
        if (open.isEmpty() || !now.isBefore(open.get().expiresAt())) {
            return Outcome.unchanged(false);
        }
        Credentials account = credentials.of(accountId);
        credentials.changePassword(accountId, command.passwordHash(), now);
        codes.closeOpen(List.of(accountId), "USED", now);
        attempts.record(LoginId.folded(account.loginId()), now, SignInAttempts.Outcome.CLEARED);
        return Outcome.changed(true).mailing(mail.passwordChanged(account, now))
                .audited(accountId, AuditAction.PASSWORD_RESET, "desk=" + command.desk());
    }

    private static String cut(String text) {
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}
