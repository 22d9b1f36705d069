package com.licensedesk.operators;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.auth.Totp;
import com.licensedesk.session.Role;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The desk's staff: the first admin, roles enforced in the services, staff sign-in with its lockout. */
class OperatorsTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private OperatorService operators;
    private StaffSignInService signIn;
    private SignInAttempts attempts;

    @BeforeEach
    void open() {
        operators = desk.services().operators;
        attempts = desk.store().repositories.signInAttempts();
        signIn = desk.services().staffSignIn;
    }

    @Test
    void theFirstAdminIsMadeOnceAndSignsIn() {
        assertThat(operators.needsFirstAdmin()).isTrue();
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(operators.needsFirstAdmin()).isFalse();
        assertThatThrownBy(() -> operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "intruder", "X", "Admin9Harbor"))
                .isInstanceOfSatisfying(OperatorService.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OperatorService.Refusal.ALREADY_SET_UP));

        assertThat(signIn.signIn("DESK.ADMIN", "Admin9Harbor")).isEqualTo(new StaffSignInService.Result.SignedIn(
                new StaffMember(admin.id(), "desk.admin", "佐藤 花子", Role.ADMIN)));
    }

    @Test
    void wrongUnknownAndDeactivatedGetOneAnswerAndTheFifthFailureLocks() {
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        Actor adminActor = Actor.operator(admin.loginId(), Role.ADMIN);
        operators.add(adminActor, "clerk.one", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        operators.deactivate(adminActor, "clerk.one");
        assertThat(signIn.signIn("clerk.one", "Clerk1Pass")).isEqualTo(new StaffSignInService.Result.Refused());
        assertThat(signIn.signIn("nobody.here", "Clerk1Pass")).isEqualTo(new StaffSignInService.Result.Refused());
        for (int i = 0; i < 3; i++) {
            assertThat(signIn.signIn("desk.admin", "wrong")).isEqualTo(new StaffSignInService.Result.Refused());
        }
        assertThat(signIn.signIn("desk.admin", "wrong")).isInstanceOf(StaffSignInService.Result.Refused.class);
        assertThat(signIn.signIn("desk.admin", "wrong")).isInstanceOf(StaffSignInService.Result.Locked.class);
        assertThat(signIn.signIn("desk.admin", "Admin9Harbor")).isInstanceOf(StaffSignInService.Result.Locked.class);
        assertThat(attempts.recentFailures("desk.admin", Fixtures.NOW.minusSeconds(60)))
                .as("a customer with the same login ID is not locked by staff failures").isEmpty();
        desk.clock().advance(Duration.ofMinutes(16));
        assertThat(signIn.signIn("desk.admin", "Admin9Harbor")).isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }

    @Test
    void onlyAnAdminManagesTheStaffAndTheLastAdminAndOneselfStay() {
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        Actor adminActor = Actor.operator(admin.loginId(), Role.ADMIN);
        Actor clerk = Actor.operator("clerk.one", Role.CLERK);
        operators.add(adminActor, "clerk.one", "鈴木 一郎", Role.CLERK, "Clerk1Pass");
        assertThatThrownBy(() -> operators.add(clerk, "clerk.two", "X", Role.ADMIN, "Clerk1Pass"))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> operators.resetPassword(Actor.operator("viewer", Role.READ_ONLY), "clerk.one",
                "Other1Pass")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> operators.deactivate(adminActor, "desk.admin"))
                .isInstanceOfSatisfying(OperatorService.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OperatorService.Refusal.SELF));
        assertThatThrownBy(() -> operators.deactivate(Actor.system("cli"), "desk.admin"))
                .isInstanceOfSatisfying(OperatorService.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OperatorService.Refusal.LAST_ADMIN));
        assertThatThrownBy(() -> operators.add(adminActor, "CLERK.ONE", "X", Role.CLERK, "Clerk1Pass"))
                .isInstanceOfSatisfying(OperatorService.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OperatorService.Refusal.LOGIN_ID_TAKEN));
        operators.resetPassword(adminActor, "clerk.one", "Other1Pass");
        assertThat(signIn.signIn("clerk.one", "Other1Pass")).isInstanceOf(StaffSignInService.Result.SignedIn.class);
        assertThat(operators.all()).extracting(Operator::loginId).containsExactly("clerk.one", "desk.admin");
    }

    @Test
    void aReadOnlyOperatorsSignInsAreAuditedThoughTheyMayChangeNothing() {
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        operators.add(Actor.operator(admin.loginId(), Role.ADMIN), "desk.viewer", "高橋 健", Role.READ_ONLY,
                "Viewer1Pass");

        assertThat(signIn.signIn("desk.viewer", "wrong")).isEqualTo(new StaffSignInService.Result.Refused());
        assertThat(signIn.signIn("desk.viewer", "Viewer1Pass")).isInstanceOf(StaffSignInService.Result.SignedIn.class);
        assertThat(desk.store().value("SELECT COUNT(*) FROM audit_log WHERE actor = 'desk.viewer'"
                + " AND action IN ('STAFF_SIGN_IN_FAILED', 'STAFF_SIGN_IN_SUCCEEDED')").toString()).isEqualTo("2");
    }

    @Test
    void aReadOnlyOperatorChangesNoCustomerAndAClerkDoes() {
        long accountId = desk.registeredCustomer();
        Acting viewer = new Acting(accountId, "Tanaka_01", Actor.operator("viewer", Role.READ_ONLY));
        Acting clerk = new Acting(accountId, "Tanaka_01", Actor.operator("clerk.one", Role.CLERK));
        var moved = desk.store().companies.details(accountId).contractor();
        var changed = new com.licensedesk.company.CompanyProfile(moved.companyName(), moved.companyNameKana(),
                "横浜支店", moved.branchNameKana(), moved.postalCode(), moved.prefecture(), moved.address1(), "");
        AgreementAcceptance agreement = new AgreementAcceptance("2026-11", Fixtures.NOW);

        assertThatThrownBy(() -> desk.services().companyInfo.saveContractor(viewer, changed, 0))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> desk.services().userInfo.save(viewer, desk.store().accounts.user(accountId), 0))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> desk.services().addKey.add(viewer, Fixtures.key(DemoCatalog.TRIAL_CODE), agreement))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> desk.services().registration.register(
                Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "someone"), viewer.actor()))
                .isInstanceOf(NotPermitted.class);
        assertThat(desk.store().rows("licence")).isEqualTo(1);

        desk.services().companyInfo.saveContractor(clerk, changed, 0);
        desk.services().addKey.add(clerk, Fixtures.key(DemoCatalog.TRIAL_CODE), agreement);
        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.LICENCE_ADDED))
                .singleElement().extracting(AuditEntry::actor).isEqualTo(clerk.actor());
    }

    @Test
    void anOperatorWithTwoFactorSignsInWithACurrentCodeOnlyOnce() {
        Operator admin = operators.createFirstAdmin(desk.services().setupCode.current().orElseThrow(),
                "desk.admin", "佐藤 花子", "Admin9Harbor");
        OperatorService.TotpOffer offer = operators.enableTotp(Actor.system("cli"), "desk.admin");
        assertThat(offer.uri()).startsWith("otpauth://totp/");
        StaffSignInService.Result first = signIn.signIn("desk.admin", "Admin9Harbor");
        assertThat(first).isInstanceOf(StaffSignInService.Result.NeedsSecondFactor.class);
        StaffMember member = ((StaffSignInService.Result.NeedsSecondFactor) first).member();
        assertThat(signIn.verify(member, "000000".equals(new Totp().code(offer.secret(), desk.clock().instant()))
                ? "111111" : "000000")).isEqualTo(new StaffSignInService.Result.Refused());
        String code = new Totp().code(offer.secret(), desk.clock().instant());
        assertThat(signIn.verify(member, code)).isInstanceOf(StaffSignInService.Result.SignedIn.class);
        assertThat(signIn.verify(member, code)).as("a code works once").isEqualTo(new StaffSignInService.Result.Refused());
        operators.disableTotp(Actor.operator(admin.loginId(), Role.ADMIN), "desk.admin");
        assertThat(signIn.signIn("desk.admin", "Admin9Harbor")).isInstanceOf(StaffSignInService.Result.SignedIn.class);
    }
}
