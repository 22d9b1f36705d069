package com.licensedesk.auth;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in against a real store: right, wrong, unknown, and the lockout with its audit records. */
class SignInServiceTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private SignInService signIn;
    private SignInAttempts attempts;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        attempts = desk.store().repositories.signInAttempts();
        signIn = desk.services().signIn;
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheLoginId() {
        assertThat(signIn.signIn(" TANAKA_01 ", "Sakura7Desk"))
                .isEqualTo(new SignInService.Result.SignedIn(accountId, "Tanaka_01"));
        assertThat(desk.store().audit.forAccount(accountId)).extracting(AuditEntry::action)
                .contains(AuditAction.SIGN_IN_SUCCEEDED);
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginIdGetTheSameAnswer() {
        assertThat(signIn.signIn("Tanaka_01", "sakura7Desk")).isEqualTo(new SignInService.Result.Refused());
        assertThat(signIn.signIn("nobody_here", "Sakura7Desk")).isEqualTo(new SignInService.Result.Refused());
        assertThat(desk.store().audit.forAccount(accountId)).extracting(AuditEntry::action)
                .contains(AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void textThatIsNoLoginIdIsNeverStoredNorLocked() {
        for (int i = 0; i < 6; i++) {
            assertThat(signIn.signIn("my Secret pass!", "anything")).isEqualTo(new SignInService.Result.Refused());
        }
        assertThat(((Number) desk.store().value("select count(*) from audit_log where actor like '%Secret%'"
                + " or detail like '%Secret%'")).intValue()).isZero();
        assertThat(((Number) desk.store().value(
                "select count(*) from sign_in_attempt where login_id_folded like '%secret%'"))
                .intValue()).isZero();
        assertThat(((Number) desk.store().value("select count(*) from audit_log where actor like '%"
                + LoginId.NOT_A_LOGIN_ID + "%'")).intValue()).isEqualTo(6);
    }

    @Test
    void aDeskFailingAcrossManyLoginIdsIsSlowedDown() {
        List<Duration> pauses = new ArrayList<>();
        SignInService throttled = desk.servicesWith(options -> options.pause(pauses::add)).signIn;
        for (int i = 0; i < 30; i++) {
            throttled.signIn("sprayed_" + i, "Sakura7Desk");
        }
        assertThat(pauses).as("thirty failures are free").isEmpty();
        throttled.signIn("sprayed_30", "Sakura7Desk");
        throttled.signIn("sprayed_31", "Sakura7Desk");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        desk.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        throttled.signIn("Tanaka_01", "Sakura7Desk");
        assertThat(pauses).as("ten quiet minutes later").hasSize(2);
    }

    @Test
    void wrongPasswordsFromTwoDesksAtOnceNeverGetPastTheLimit() throws Exception {
        try (TestDesk otherDesk = desk.anotherDesk()) {
            List<SignInService> desks = List.of(signIn, otherDesk.services().signIn);
            for (int round = 0; round < 9; round++) {
                String loginId = "sprayed_" + round;
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
                List<java.util.concurrent.Future<?>> tries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    SignInService desk = desks.get(i % 2);
                    tries.add(threads.submit(() -> {
                        start.await();
                        return desk.signIn(loginId, "Wrong0neX");
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<?> each : tries) {
                    each.get();
                }
                threads.shutdown();
                assertThat(attempts.recentFailures(LoginId.folded(loginId), desk.clock().instant().minusSeconds(60)))
                        .as("round %d: tries that reached the password check", round).hasSizeLessThanOrEqualTo(5);
            }
        }
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn.signIn("Tanaka_01", "wrong" + attempt)).isEqualTo(new SignInService.Result.Refused());
            desk.clock().advance(Duration.ofMinutes(3));
        }
        Instant fifth = desk.clock().instant();
        assertThat(signIn.signIn("Tanaka_01", "wrong5"))
                .isEqualTo(new SignInService.Result.Locked(fifth.plus(Duration.ofMinutes(15))));

        desk.clock().advance(Duration.ofMinutes(14));
        assertThat(signIn.signIn("Tanaka_01", "Sakura7Desk")).as("even the right password, while locked")
                .isInstanceOf(SignInService.Result.Locked.class);

        desk.clock().advance(Duration.ofMinutes(1));
        assertThat(signIn.signIn("Tanaka_01", "Sakura7Desk")).isInstanceOf(SignInService.Result.SignedIn.class);
        assertThat(desk.store().audit.forAccount(accountId)).extracting(AuditEntry::action)
                .contains(AuditAction.SIGN_IN_LOCKED, AuditAction.SIGN_IN_REFUSED_WHILE_LOCKED);
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(signIn.signIn("Tanaka_01", "wrong")).isEqualTo(new SignInService.Result.Refused());
            desk.clock().advance(Duration.ofMinutes(4));
        }
    }

    @Test
    void aSuccessOrAClearingEndsARunOfFailures() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn.signIn("Tanaka_01", "wrong");
        }
        attempts.record(LoginId.folded("Tanaka_01"), desk.clock().instant(), SignInAttempts.Outcome.CLEARED);
        desk.clock().advance(Duration.ofSeconds(1));
        assertThat(signIn.signIn("Tanaka_01", "wrong")).isEqualTo(new SignInService.Result.Refused());
    }

    @Test
    void anUnknownLoginIdLocksTooSoTheLockDoesNotTellWhetherItExists() {
        SignInService.Result last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = signIn.signIn("nobody_here", "wrong");
        }
        assertThat(last).isInstanceOf(SignInService.Result.Locked.class);
    }

    @Test
    void theLockoutRuleAtItsEdges() {
        Instant t = Fixtures.NOW;
        List<Instant> withinWindow = List.of(t, t.plusSeconds(60), t.plusSeconds(120), t.plusSeconds(180),
                t.plus(Duration.ofMinutes(15)));
        assertThat(Lockout.lockedUntil(withinWindow, t.plus(Duration.ofMinutes(15))))
                .contains(t.plus(Duration.ofMinutes(30)));
        assertThat(Lockout.lockedUntil(withinWindow, t.plus(Duration.ofMinutes(30)))).isEmpty();
        List<Instant> tooSlow = List.of(t, t.plusSeconds(60), t.plusSeconds(120), t.plusSeconds(180),
                t.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(Lockout.lockedUntil(tooSlow, t.plus(Duration.ofMinutes(16)))).isEmpty();
        assertThat(Lockout.lockedUntil(withinWindow.subList(0, 4), t.plusSeconds(200))).isEmpty();
    }
}
