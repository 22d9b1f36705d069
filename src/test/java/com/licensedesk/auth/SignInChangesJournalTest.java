package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.change.JournalEntry;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import com.licensedesk.session.Role;
import com.licensedesk.store.JooqJournal;
import com.licensedesk.store.JooqTwoFactor;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What sign-in and the changes to it leave in the journal: hashes only, and no entry for an event or a secret. */
class SignInChangesJournalTest {
    private static final Pattern CODE = Pattern.compile("リセットコード: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private long accountId;
    private int registered;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        registered = new JooqJournal(desk.store().database).read(0, 100).size();
    }

    @Test
    void aPasswordChangeIsJournalledWithTheNewHashNeverThePassword() {
        assertThat(desk.services().passwordChange.change(accountId, "Sakura7Desk", "Kaede8Window"))
                .isInstanceOf(PasswordChangeService.Result.Changed.class);

        List<JournalEntry> journal = journal();
        assertThat(journal).extracting(JournalEntry::commandType).containsExactly("ChangePassword");
        assertThat(journal.get(0).command()).contains(desk.store().accounts.of(accountId).passwordHash())
                .doesNotContain("Kaede8Window").doesNotContain("Sakura7Desk");
    }

    @Test
    void signInTriesAreAuditedAndNeverJournalled() {
        desk.services().signIn.signIn("Tanaka_01", "wrong");
        desk.services().signIn.signIn("Tanaka_01", "Sakura7Desk");
        desk.services().passwordChange.change(accountId, "wrong", "Kaede8Window");

        assertThat(desk.store().audit.forAccount(accountId)).extracting(AuditEntry::action).contains(
                AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_SUCCEEDED, AuditAction.PASSWORD_CHANGE_REFUSED);
        assertThat(journal()).isEmpty();
    }

    @Test
    void aTwoFactorSecretIsStoredSealedAndNeverJournalled() {
        TwoFactorService.Offer offer = desk.services().twoFactor.offer("Tanaka_01");
        assertThat(desk.services().twoFactor.enable(accountId, offer,
                desk.services().totp.code(offer.secret(), desk.clock().instant()))).isPresent();

        assertThat(journal()).isEmpty();
        assertThat(String.valueOf(desk.store().value("select totp_sealed from account where id = " + accountId)))
                .startsWith("v1:").doesNotContain(offer.secret());
        assertThatThrownBy(() -> new JooqTwoFactor(desk.store().database, Fixtures.SECRETS)
                .enable(accountId, offer.secret(), 0, List.of())).isInstanceOf(IllegalArgumentException.class);

        desk.services().twoFactor.resetAtDesk(new Acting(accountId, "Tanaka_01",
                Actor.operator("clerk_01", Role.CLERK)));
        assertThat(journal()).extracting(JournalEntry::commandType).containsExactly("ResetTwoFactorAtDesk");
    }

    @Test
    void aResetJournalsOnlyTheNewPasswordWithTheCodesHashAndEachCodeIsAuditedUnderItsAccount() {
        desk.services().passwordReset.request("tanaka@example.co.jp");
        List<OutboxMail> unsent = desk.store().outbox.unsent();
        Matcher code = CODE.matcher(unsent.get(unsent.size() - 1).body());
        assertThat(code.find()).isTrue();

        assertThat(desk.services().passwordReset.reset(accountId, code.group(1), "Kaede8Window")).isTrue();

        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(entry -> entry.action() == AuditAction.RESET_CODE_SENT).extracting(AuditEntry::actor)
                .containsExactly(Actor.customer("Tanaka_01"));
        List<JournalEntry> journal = journal();
        assertThat(journal).extracting(JournalEntry::commandType).containsExactly("ResetPassword");
        assertThat(journal.get(0).command()).contains(OneTimeCode.hash(code.group(1)))
                .doesNotContain(code.group(1)).doesNotContain("Kaede8Window");
    }

    @Test
    void everyActorMaySignInAndARoleStillLimitsTheRest() {
        Actor readOnly = Actor.operator("viewer_01", Role.READ_ONLY);
        assertThat(readOnly.may(Permission.SIGN_IN)).isTrue();
        assertThat(readOnly.may(Permission.CHANGE_CUSTOMERS)).isFalse();
        assertThat(Actor.customer("Tanaka_01").may(Permission.SIGN_IN)).isTrue();
        assertThat(Actor.customer("Tanaka_01").may(Permission.MANAGE_DESK)).isFalse();
        assertThat(Actor.operator("clerk_01", Role.CLERK).may(Permission.MANAGE_DESK)).isFalse();
    }

    /** What the journal gained after the customer's own registration, which every test starts from. */
    private List<JournalEntry> journal() {
        return new JooqJournal(desk.store().database).read(registered, 100);
    }
}
