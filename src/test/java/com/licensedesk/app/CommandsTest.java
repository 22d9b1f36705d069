package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialCommands;
import com.licensedesk.auth.SignInCommands;
import com.licensedesk.change.AccountCommand;
import com.licensedesk.change.Command;
import com.licensedesk.change.CommandJson;
import com.licensedesk.cli.MaintenanceCommands;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.company.CompanyCommands;
import com.licensedesk.desk.OutboxAdministration;
import com.licensedesk.expiry.ReminderCandidate;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.kiosks.KioskCommands;
import com.licensedesk.operators.OperatorCommands;
import com.licensedesk.session.Role;
import com.licensedesk.company.SupportContact;
import com.licensedesk.licences.AddKeys;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.registration.RegisterCustomer;
import com.licensedesk.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command survives its journal form: written as JSON and read back, it is the same command. */
class CommandsTest {
    private final CommandJson json = Commands.json();

    /** One command of each type, with every field set, as the screens would make them. */
    static List<Command> samples() {
        return List.of(
                new CompanyCommands.SaveContractor(7, "Tanaka_01", Fixtures.company(), 3),
                new CompanyCommands.SaveSupportContact(7, "Tanaka_01",
                        new SupportContact(Fixtures.company(), Fixtures.user("support@example.co.jp")),
                        "emergency@example.co.jp", 2),
                new CompanyCommands.ExcludeFromReminders(7, "Tanaka_01", true),
                new UserInfoService.SaveUserInfo(7, "Tanaka_01", Fixtures.user("tanaka@example.co.jp"), 1),
                new RegisterCustomer(Fixtures.key(DemoCatalog.ACTIVATION_CODE),
                        new AgreementAcceptance("2026-11", Fixtures.NOW), "Tanaka_01",
                        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                        Fixtures.company(), Fixtures.user("tanaka@example.co.jp"), "サンプル販売株式会社",
                        "emergency@example.co.jp",
                        Optional.of(new SupportContact(Fixtures.company(), Fixtures.user("support@example.co.jp"))),
                        Locale.JAPANESE),
                new AddKeys(7, "Tanaka_01", List.of(Fixtures.key(DemoCatalog.REGISTRATION_KEY),
                        Fixtures.key(DemoCatalog.TRIAL_CODE)), new AgreementAcceptance("2026-11", Fixtures.NOW), true),
                new OperatorCommands.CreateFirstAdmin("desk.admin", "佐藤 花子", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"),
                new OperatorCommands.AddOperator("desk.clerk", "鈴木 一郎", Role.CLERK,
                        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"),
                new OperatorCommands.DeactivateOperator("desk.clerk"),
                new KioskCommands.EnrolKiosk("shinjuku-1", "{\"primaryKeyId\":1}", "{\"primaryKeyId\":2}"),
                new KioskCommands.RevokeKiosk("shinjuku-1", "盗難のため"),
                new KioskCommands.JoinHome("shinjuku-1", "本店", "{\"primaryKeyId\":1}", "{\"primaryKeyId\":2}"),
                new OperatorCommands.ResetOperatorPassword("desk.clerk", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"),
                new OperatorCommands.EnableOperatorTwoFactor("desk.admin"),
                new OperatorCommands.DisableOperatorTwoFactor("desk.admin"),
                new OperatorCommands.StaffSignedIn("desk.admin", true),
                new OperatorCommands.StaffSignInFailed("desk.admin", OperatorCommands.StaffSignInFailure.WRONG_CODE),
                new CatalogImporter.RecordCatalogImport("catalogue.csv", 120, 3, 40, 2),
                new RenewalReminders.SendReminders(List.of(new RenewalReminders.Reminder(7, "サンプル株式会社",
                        "support@example.co.jp", 30, List.of(new ReminderCandidate(11, 7, "サンプル株式会社",
                        "support@example.co.jp", "Tsubasa Server", Fixtures.key("AB-1234-ABCD-EFGH-JK12"), 5,
                        java.time.LocalDate.of(2026, 12, 19), java.util.Set.of(90)))))),
                new OutboxAdministration.ResendMail(42),
                new OutboxAdministration.CancelMail(43),
                new MaintenanceCommands.PruneAuditLog(java.time.LocalDate.of(2026, 4, 1)),
                new MaintenanceCommands.RecordRestore("license-desk-2026-11-23.db", "12"),
                new CredentialCommands.ChangePassword(7, "Tanaka_01", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                        true),
                new CredentialCommands.IssueTemporaryPassword(7, "Tanaka_01",
                        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$dGVtcA", Fixtures.NOW.plusSeconds(86_400)),
                new CredentialCommands.EnableTwoFactor(7, "Tanaka_01", "v1:bm9uY2VhbmRzZWFsZWQ=", 57_000_000L,
                        List.of("c2FsdGFuZGhhc2gx", "c2FsdGFuZGhhc2gy")),
                new CredentialCommands.EnableTwoFactorAtKiosk(7, "Tanaka_01", "hpke1:ZW5jYXBzdWxhdGVkYW5kc2VhbGVk",
                        57_000_000L, List.of("c2FsdGFuZGhhc2gx", "c2FsdGFuZGhhc2gy")),
                new CredentialCommands.DisableTwoFactor(7, "Tanaka_01"),
                new CredentialCommands.ResetTwoFactorAtDesk(7, "Tanaka_01"),
                new CredentialCommands.RequestReset("tanaka@example.co.jp", "desk-1"),
                new CredentialCommands.SendResetCode(7, "Tanaka_01", "9f86d081884c7d659a2feaa0c55ad015", "desk-1"),
                new CredentialCommands.ResetPassword(7, "Tanaka_01", "9f86d081884c7d659a2feaa0c55ad015",
                        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bmV3", "desk-1"),
                new SignInCommands.SignInEvent(Optional.of(7L), "Tanaka_01", AuditAction.SIGN_IN_PASSWORD_ACCEPTED,
                        "two-factor code next"),
                new SignInCommands.SignInSucceeded(7, "Tanaka_01", "recovery code"),
                new SignInCommands.FailedTry(Optional.of(7L), "Tanaka_01", AuditAction.PASSWORD_CHANGE_REFUSED,
                        "wrong current password", true));
    }

    @Test
    void everyCommandTypeHasASampleHere() {
        Map<Class<?>, Long> sampled = samples().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(sampled.keySet()).containsExactlyInAnyOrderElementsOf(Commands.TYPES);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aCommandReadBackFromItsJournalFormIsTheSameCommand(Command command) {
        String written = json.write(command);

        assertThat(json.read(written, CommandJson.FORMAT_VERSION)).contains(command);
        assertThat(written).as("named by its type, not its Java class")
                .contains("\"type\":\"" + command.getClass().getSimpleName() + "\"")
                .doesNotContain("com.licensedesk");
    }

    @Test
    void aNewerFormatIsNotReadAndAFieldAnOlderWriterLackedIsAbsent() {
        Command command = samples().get(0);
        assertThat(json.read(json.write(command), CommandJson.FORMAT_VERSION + 1)).isEmpty();
        String withMore = json.write(command).replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(json.read(withMore, CommandJson.FORMAT_VERSION)).contains(command);
    }

    @Test
    void aCommandOnAnAccountRebindsToAnotherAccountAndChangesNothingElse() {
        List<AccountCommand> onAccounts = samples().stream().filter(AccountCommand.class::isInstance)
                .map(AccountCommand.class::cast).toList();
        assertThat(onAccounts).as("every command naming an account and its login ID that is journalled")
                .hasSameSizeAs(samples().stream().filter(Command::journalled)
                        .filter(command -> !(command instanceof RegisterCustomer)).toList());
        for (AccountCommand command : onAccounts) {
            AccountCommand rebound = command.onAccount(99, "Tanaka_02");
            assertThat(rebound).isInstanceOf(command.getClass());
            assertThat(rebound.accountId()).isEqualTo(99);
            assertThat(rebound.loginId()).isEqualTo("Tanaka_02");
            assertThat(rebound.onAccount(command.accountId(), command.loginId())).isEqualTo(command);
        }
        RegisterCustomer registration = samples().stream().filter(RegisterCustomer.class::isInstance)
                .map(RegisterCustomer.class::cast).findFirst().orElseThrow();
        assertThat(registration.withLoginId("Tanaka_02").loginId()).isEqualTo("Tanaka_02");
        assertThat(registration.withLoginId("Tanaka_02").withLoginId(registration.loginId())).isEqualTo(registration);
    }

    @Test
    void aTwoFactorSecretIsNotInACommandsText() {
        assertThat(samples()).filteredOn(command -> command instanceof CredentialCommands.EnableTwoFactor
                        || command instanceof CredentialCommands.EnableTwoFactorAtKiosk).hasSize(2)
                .allSatisfy(command -> assertThat(command.toString()).contains("Tanaka_01")
                        .doesNotContain("bm9uY2VhbmRzZWFsZWQ").doesNotContain("ZW5jYXBzdWxhdGVkYW5kc2VhbGVk"));
    }

    @Test
    void typeNamesAreUnique() {
        assertThat(Commands.TYPES.stream().map(Class::getSimpleName).distinct()).hasSize(Commands.TYPES.size());
        assertThat(json.types().values()).containsExactlyInAnyOrderElementsOf(Commands.TYPES);
    }
}
