package com.licensedesk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.store.Restore;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reset codes and requests on a real store, with a desk.clock() the test moves. */
class PasswordResetServiceTest {
    private static final Pattern CODE = Pattern.compile("リセットコード: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private PasswordResetService service;
    private SignInService signIn;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        signIn = desk.services().signIn;
        service = desk.services().passwordReset;
    }

    @Test
    void aRequestByLoginIdMailsACodeThatShowsTheLoginIdAndSetsANewPassword() {
        PasswordResetService.Request request = service.request("tanaka_01");

        assertThat(request).as("no address: it would tell that the login ID exists")
                .isEqualTo(new PasswordResetService.Request.Sent(Set.of(accountId), List.of()));
        OutboxMail mail = lastMail();
        assertThat(mail.subject()).isEqualTo("パスワードのリセット");
        assertThat(mail.recipient()).isEqualTo("tanaka@example.co.jp");
        assertThat(mail.body()).contains("有効期限: 2026/11/24 10:30").doesNotContain("Tanaka_01")
                .doesNotContain("Sakura7Desk");
        String code = codeIn(mail);

        assertThat(service.check(Set.of(accountId), code.toLowerCase().replace("-", " ")))
                .isEqualTo(new PasswordResetService.CodeCheck.Accepted(accountId, "Tanaka_01"));
        assertThat(service.reset(accountId, code, "Sakura7Desk")).as("the old password again is fine").isTrue();
        assertThat(lastMail().subject()).isEqualTo("お客様のパスワードが変更されました。");
        assertThat(service.check(Set.of(accountId), code)).as("single use")
                .isEqualTo(new PasswordResetService.CodeCheck.Void());
    }

    @Test
    void aMailAddressSharedByTwoAccountsGetsOneMailEach() {
        RegistrationRequest second = Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_02");
        long secondId = desk.register(second);
        int before = desk.store().outbox.unsent().size();

        PasswordResetService.Request request = service.request("TANAKA@example.co.jp");

        assertThat(request).isInstanceOfSatisfying(PasswordResetService.Request.Sent.class, sent -> {
            assertThat(sent.accountIds()).containsExactlyInAnyOrder(accountId, secondId);
            assertThat(sent.maskedAddresses()).containsExactly("tan*****@example.co.jp");
        });
        List<OutboxMail> mails = desk.store().outbox.unsent().subList(before, before + 2);
        String first = codeIn(mails.get(0));
        String other = codeIn(mails.get(1));
        assertThat(first).isNotEqualTo(other);
        assertThat(service.check(Set.of(accountId, secondId), other))
                .isEqualTo(new PasswordResetService.CodeCheck.Accepted(secondId, "Tanaka_02"));
    }

    @Test
    void aCodeExpiresAfterThirtyMinutesAndANewerOneVoidsIt() {
        service.request("Tanaka_01");
        String first = codeIn(lastMail());
        service.request("Tanaka_01");
        String second = codeIn(lastMail());

        assertThat(service.check(Set.of(accountId), first)).isInstanceOf(PasswordResetService.CodeCheck.Wrong.class);
        desk.clock().advance(Duration.ofMinutes(30));
        assertThat(service.check(Set.of(accountId), second)).isEqualTo(new PasswordResetService.CodeCheck.Void());
        assertThat(service.reset(accountId, second, "Nagoya5Ferry")).isFalse();
    }

    @Test
    void fiveWrongTriesVoidTheCode() {
        service.request("Tanaka_01");
        String code = codeIn(lastMail());
        for (int left = 4; left >= 1; left--) {
            assertThat(service.check(Set.of(accountId), "AAAA-AAAA-AAAA"))
                    .isEqualTo(new PasswordResetService.CodeCheck.Wrong(left));
        }
        assertThat(service.check(Set.of(accountId), "AAAA-AAAA-AAAA"))
                .isEqualTo(new PasswordResetService.CodeCheck.Void());
        assertThat(service.check(Set.of(accountId), code)).isEqualTo(new PasswordResetService.CodeCheck.Void());
    }

    @Test
    void aCodeRequestedEarlierIsFoundByItselfAndWrongGuessesAreLimitedPerDesk() {
        service.request("Tanaka_01");
        String code = codeIn(lastMail());

        assertThat(service.check(Set.of(), code.toLowerCase()))
                .as("after a restart, or on another desk: no request of this run")
                .isEqualTo(new PasswordResetService.CodeCheck.Accepted(accountId, "Tanaka_01"));
        for (int left = 9; left >= 1; left--) {
            assertThat(service.check(Set.of(), "AAAA-AAAA-AAAA"))
                    .isEqualTo(new PasswordResetService.CodeCheck.WrongAtDesk(left));
        }
        assertThat(service.check(Set.of(), "AAAA-AAAA-AAAA"))
                .isEqualTo(new PasswordResetService.CodeCheck.Throttled());
        assertThat(service.check(Set.of(), code)).as("the desk waits, even with the right code")
                .isEqualTo(new PasswordResetService.CodeCheck.Throttled());
        desk.clock().advance(Duration.ofMinutes(61));
        assertThat(service.check(Set.of(), code)).as("expired meanwhile")
                .isEqualTo(new PasswordResetService.CodeCheck.Void());
    }

    @Test
    void requestsAreThrottledPerSubjectAndPerDeskAndUnknownSubjectsSendNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(service.request("Tanaka_01")).isInstanceOf(PasswordResetService.Request.Sent.class);
        }
        int mails = desk.store().outbox.unsent().size();
        assertThat(service.request("TANAKA_01")).isEqualTo(new PasswordResetService.Request.Throttled());
        assertThat(desk.store().outbox.unsent()).hasSize(mails);

        desk.clock().advance(Duration.ofHours(1));
        assertThat(service.request("Tanaka_01")).isInstanceOf(PasswordResetService.Request.Sent.class);
        assertThat(desk.store().outbox.unsent()).as("the new code's mail in place of the replaced one's")
                .hasSize(mails);

        assertThat(service.request("nobody@example.co.jp")).as("the same answer as for a known address")
                .isEqualTo(new PasswordResetService.Request.Sent(Set.of(), List.of("nob*****@example.co.jp")));
        assertThat(desk.store().outbox.unsent()).as("but no mail").hasSize(mails);
        for (int i = 0; i < 18; i++) { // with the two above: 20 from this desk in the last hour
            service.request("someone" + i);
        }
        assertThat(service.request("another")).as("20 per desk per hour")
                .isEqualTo(new PasswordResetService.Request.Throttled());
    }

    @Test
    void theAnswerAndItsTimeDoNotTellWhetherAnAccountExists() {
        // The monotonic time as the service reads it, before and after its work: request i's work takes 40 ms × (i + 1).
        // Whatever the work took, the service waits for the rest of the answer time; the waits are recorded, not slept.
        List<String> subjects = List.of("tanaka@example.co.jp", "nobody@example.co.jp", "Tanaka_01", "Nobody_01");
        java.util.ArrayDeque<Long> readings = new java.util.ArrayDeque<>();
        for (int i = 0; i < subjects.size(); i++) {
            readings.add(Duration.ofSeconds(i).toNanos());
            readings.add(Duration.ofSeconds(i).plusMillis(40L * (i + 1)).toNanos());
        }
        List<Duration> waits = new ArrayList<>();
        PasswordResetService timed = desk.servicesWith(options -> options.deskName("desk-2").resetAnswer(
                new EvenAnswer(PasswordResetService.ANSWER_TIME, readings::removeFirst, waits::add))).passwordReset;

        List<PasswordResetService.Request> answers = subjects.stream().map(timed::request).toList();

        assertThat(answers.get(0)).isInstanceOfSatisfying(PasswordResetService.Request.Sent.class,
                known -> assertThat(known.maskedAddresses()).containsExactly("tan*****@example.co.jp"));
        assertThat(answers.get(1)).isInstanceOfSatisfying(PasswordResetService.Request.Sent.class,
                unknown -> assertThat(unknown.maskedAddresses()).containsExactly("nob*****@example.co.jp"));
        assertThat(answers.get(2)).as("a known login ID").isInstanceOfSatisfying(
                PasswordResetService.Request.Sent.class, known -> assertThat(known.maskedAddresses()).isEmpty());
        assertThat(answers.get(3)).as("an unknown login ID").isInstanceOfSatisfying(
                PasswordResetService.Request.Sent.class, unknown -> assertThat(unknown.maskedAddresses()).isEmpty());
        assertThat(waits).as("each answer's wait fills the answer time after its work")
                .containsExactly(Duration.ofMillis(360), Duration.ofMillis(320), Duration.ofMillis(280),
                        Duration.ofMillis(240));
    }

    @Test
    void aResetLiftsALockout() {
        for (int i = 0; i < 5; i++) {
            signIn.signIn("Tanaka_01", "wrong");
        }
        assertThat(signIn.signIn("Tanaka_01", "Sakura7Desk")).isInstanceOf(SignInService.Result.Locked.class);

        service.request("Tanaka_01");
        assertThat(service.reset(accountId, codeIn(lastMail()), "Nagoya5Ferry")).isTrue();

        assertThat(signIn.signIn("Tanaka_01", "Nagoya5Ferry")).isInstanceOf(SignInService.Result.SignedIn.class);
    }

    @Test
    void codesAreRandomEasyToTypeAndStoredOnlyAsHashes() {
        OneTimeCode maker = new OneTimeCode(new SecureRandom());
        String code = maker.next();
        assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(Math.pow(OneTimeCode.ALPHABET.length(), OneTimeCode.LENGTH)).isGreaterThan(Math.pow(2, 40));
        assertThat(maker.next()).isNotEqualTo(code);
        service.request("Tanaka_01");
        String mailed = codeIn(lastMail());
        assertThat(desk.store().value("select code_hash from reset_code")).isEqualTo(OneTimeCode.hash(mailed))
                .isNotEqualTo(mailed);
        assertThat(MailMask.mask("ab@example.jp")).isEqualTo("a*****@example.jp");
    }

    @Test
    @Tag("sqlite-only") // the file and SQLite's online backup
    void theCodeLeavesNoTraceInABackupNorInTheOutboxOnceSent() throws Exception {
        service.request("tanaka_01");
        OutboxMail mail = lastMail();
        String code = codeIn(mail);
        Path backup = desk.folder().resolve("backup.db");

        desk.store().database.backupTo(backup);
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain(code);
        Path restoredFolder = desk.folder().resolve("restored");
        assertThat(Restore.run("jdbc:sqlite:" + restoredFolder.resolve("license-desk.db"), backup,
                desk.clock().instant()))
                .isInstanceOf(Restore.Outcome.Done.class);
        try (TestStore restored = new TestStore(restoredFolder)) {
            assertThat(restored.outbox.unsent()).as("the copy's reset mail will not go out late")
                    .noneMatch(OutboxMail::holdsSecret);
        }

        List<String> delivered = new ArrayList<>();
        desk.servicesWith(options -> options.transport(sent -> delivered.add(sent.body()))).mailSender.sendDue();
        assertThat(delivered).anySatisfy(body -> assertThat(body).contains(code));
        assertThat(desk.store().value("select count(*) from outbox_mail where body like '%" + code + "%'"))
                .isEqualTo(0);
    }

    @Test
    void aCodeUsedReplacedOrVoidedBeforeTheServerIsSetIsNeverMailed() {
        service.request("tanaka_01");
        String replaced = codeIn(lastMail());
        service.request("tanaka_01");
        String used = codeIn(lastMail());
        assertThat(service.reset(accountId, used, "Nagoya5Ferry")).isTrue();
        long voidedAccount = desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_02"));
        service.request("tanaka_02");
        String voided = codeIn(lastMail());
        for (int tries = 0; tries < PasswordResetService.WRONG_TRIES; tries++) {
            service.check(Set.of(voidedAccount), "AAAA-AAAA-AAAA");
        }
        service.request("tanaka@example.co.jp");
        List<OutboxMail> open = desk.store().outbox.unsent().stream()
                .filter(mail -> mail.subject().equals("パスワードのリセット")).toList();
        assertThat(open).as("one mail each for the two accounts' open codes, nothing else").hasSize(2);

        // The mail server is set within the codes' 30 minutes: only what is still of use goes out.
        List<String> delivered = new ArrayList<>();
        desk.servicesWith(options -> options.transport(sent -> delivered.add(sent.body()))).mailSender.sendDue();
        assertThat(delivered).noneMatch(body -> body.contains(replaced) || body.contains(used)
                || body.contains(voided));
        assertThat(delivered.stream().filter(body -> CODE.matcher(body).find())).hasSize(2);
        assertThat(desk.store().outbox.list(Optional.of(OutboxMail.State.EXPIRED), 10))
                .as("the three lapsed mails, kept without their codes").hasSize(3)
                .allSatisfy(mail -> assertThat(mail.body()).isEmpty());
    }

    private OutboxMail lastMail() {
        List<OutboxMail> unsent = desk.store().outbox.unsent();
        return unsent.get(unsent.size() - 1);
    }

    private static String codeIn(OutboxMail mail) {
        Matcher matcher = CODE.matcher(mail.body());
        assertThat(matcher.find()).as(mail.body()).isTrue();
        return matcher.group(1);
    }
}
