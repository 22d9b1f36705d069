package com.licensedesk.registration;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.LegalTexts;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.licences.LicenceStatus;
import com.licensedesk.licences.ProductCheckViewModel;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.directory.SameCompany;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import java.util.Optional;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The wizard's three view models, without a toolkit, on a real desk.store(). */
class RegistrationViewModelsTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private final List<ScreenId> shown = new ArrayList<>();
    private final List<RegistrationService.Registered> registered = new ArrayList<>();
    private final List<String> existingCustomerKeys = new ArrayList<>();
    private RegistrationWizard wizard;
    private StartViewModel start;
    private ProductCheckViewModel check;
    private RegistrationFormViewModel form;
    private final Session session = new Session();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @BeforeEach
    void open() {
        wizard = new RegistrationWizard(new Navigator() {
            @Override
            public void show(ScreenId screen) {
                shown.add(screen);
            }

            @Override
            public void openDialog(ScreenId screen, String titleKey) {
                shown.add(screen);
            }
        });
        start = new StartViewModel(wizard, desk.services().keyAvailability, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, existingCustomerKeys::add);
        check = new ProductCheckViewModel(new ProductCheckStep(wizard), desk.services().legal, dialogs,
                Fixtures.JAPANESE, Fixtures.CLOCK, session, 30);
        form = formRegisteringWith(desk.services().registration);
    }

    /** The form registering with {@code registration}; at the desk, the same company and a key added as usual. */
    private RegistrationFormViewModel formRegisteringWith(RegistrationService registration) {
        return new RegistrationFormViewModel(wizard, registration, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, dialogs, registered::add, Optional.of(new RegistrationFormViewModel.AtDesk(
                        desk.services().sameCompany, desk.services().addKey, Fixtures.CLOCK)), Fixtures.POSTAL_CODES);
    }

    @Test
    void anEmptyOrMalformedKeyStaysOnTheStartScreenAndSaysWhy() {
        start.proceed();
        assertThat(start.keyError().get()).isEqualTo("製品キーを入力してください。");

        start.keyText().set("LD-1234");
        start.proceed();
        assertThat(start.keyError().get()).startsWith("製品キーの形式が正しくありません。");

        start.keyText().set("ZZ-1234-ABCD-EFGH-JKLM");
        start.proceed();
        assertThat(start.keyError().get()).startsWith("この製品キーは見つかりません。");

        assertThat(shown).isEmpty();
        assertThat(start.keyText().get()).isEqualTo("ZZ-1234-ABCD-EFGH-JKLM");
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.KEY);
    }

    @Test
    void anOperatorStartingARegistrationIsNotOfferedTheVisitorsLinks() {
        assertThat(start.visitorLinksOffered()).as("nobody signed in: スタッフログイン, 設定, the other language")
                .isTrue();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        assertThat(start.visitorLinksOffered()).isFalse();
        session.endStaff();
        assertThat(start.visitorLinksOffered()).isTrue();
    }

    @Test
    void anExistingCustomerGoesToTheLoginWithTheKeyOrWithout() {
        start.choice().set(StartViewModel.Choice.EXISTING_CUSTOMER);
        start.proceed();
        start.keyText().set("LD-1234");
        start.proceed();
        assertThat(start.keyError().get()).startsWith("製品キーの形式が正しくありません。");
        start.keyText().set("ld-7kq2-m9xp-4rtw-h3cn");
        start.proceed();

        assertThat(existingCustomerKeys).containsExactly("", "ld-7kq2-m9xp-4rtw-h3cn");
        assertThat(start.keyText().get()).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void aKeyRegisteredBeforeIsSaidToBeRegistered() {
        desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "someone_else"));

        start.keyText().set(DemoCatalog.REGISTRATION_KEY.toLowerCase());
        start.proceed();

        assertThat(start.keyError().get()).isEqualTo("この製品キーはすでに別のアカウントで登録されています。");
        assertThat(shown).isEmpty();
    }

    @Test
    void theProductCheckShowsTheCatalogueAndWantsTheAgreement() {
        start.keyText().set("ld2f8hkq7mx9rw3tp4nzc6vb2j8yt5d");
        start.proceed();
        assertThat(shown).containsExactly(RegistrationScreens.PRODUCT_CHECK);

        ProductCheckViewModel.Details details = check.details();
        assertThat(details.keyLine()).isEqualTo("アクティベーションコード: LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D");
        assertThat(details.product()).isEqualTo("Kasumi Cloud Mail Protect");
        assertThat(details.licenseType()).isEqualTo("製品版");
        check.showAgreement();
        check.showPrivacyPolicy();
        assertThat(dialogs.asked()).extracting(AnsweringDialogs.Asked::title)
                .containsExactly("License Desk 使用許諾契約書", "License Desk プライバシーポリシー");
        assertThat(dialogs.asked()).extracting(AnsweringDialogs.Asked::detail).satisfiesExactly(
                agreement -> assertThat(agreement).contains("License Desk 使用許諾契約書"),
                privacy -> assertThat(privacy).contains("License Desk プライバシーポリシー"));

        check.proceed();
        assertThat(check.form().check("eulaCheck").error().get()).contains("使用許諾契約書に同意してください");
        assertThat(check.banner().kindProperty().get()).isEqualTo(Banner.Kind.ERROR);
        assertThat(shown).containsExactly(RegistrationScreens.PRODUCT_CHECK);

        check.form().check("eulaCheck").ticked().set(true);
        assertThat(check.form().check("eulaCheck").error().get()).isEmpty();
        check.proceed();
        assertThat(shown).containsExactly(RegistrationScreens.PRODUCT_CHECK, RegistrationScreens.FORM);
        assertThat(wizard.agreement()).hasValueSatisfying(agreement -> {
            assertThat(agreement.version()).isEqualTo(LegalTexts.AGREEMENT_VERSION);
            assertThat(agreement.acceptedAt()).isEqualTo(Fixtures.NOW);
        });
    }

    @Test
    void cancelOnTheProductCheckGoesBackWithTheKeyStillTyped() {
        start.keyText().set(DemoCatalog.ACTIVATION_CODE);
        start.proceed();

        check.cancel();

        assertThat(shown).containsExactly(RegistrationScreens.PRODUCT_CHECK, RegistrationScreens.START);
        assertThat(start.keyText().get()).isEqualTo(DemoCatalog.ACTIVATION_CODE);
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.KEY);
    }

    @Test
    void theFormCountsTheFieldsThatNeedAttentionAndKeepsWhatWasTyped() {
        reachTheForm();
        form.form().field("companyName").text().set("サンプル株式会社");
        form.form().field("companyNameKana").text().set("Sample");
        form.form().field("branchNameKana").text().set("ｵｵｻｶ してん");
        form.form().field("postalCode").text().set("100-001");
        form.form().field("email").text().set("tanaka@");

        form.submit();

        assertThat(form.banner().textProperty().get()).matches("入力内容を確認してください。\\d+件の項目に誤りがあります。");
        assertThat(form.form().field("companyNameKana").error().get()).contains("全角カタカナ");
        assertThat(form.form().field("postalCode").error().get()).contains("7桁");
        assertThat(form.form().field("email").error().get()).contains("メールアドレス");
        assertThat(form.form().field("prefecture").error().get()).isEqualTo("必須項目です。入力してください。");
        assertThat(form.form().field("companyName").error().get()).isEmpty();
        assertThat(form.banner().refusals().get()).as("the screen is asked to show the first field in error").isEqualTo(1);
        assertThat(form.form().field("companyNameKana").value()).isEqualTo("Sample");
        assertThat(form.form().field("branchNameKana").text().get()).as("converted, visibly, not refused")
                .isEqualTo("オオサカ シテン");
        assertThat(form.form().field("branchNameKana").error().get()).isEmpty();
        assertThat(form.form().field("email").value()).isEqualTo("tanaka@");
        assertThat(registered).isEmpty();
    }

    @Test
    void theBannersCountFollowsTheFieldsAsTheyAreMendedAndGoesAtZero() {
        reachTheForm();
        fillValidForm();
        set("postalCode", "100-001");
        set("email", "tanaka@");
        form.submit();
        assertThat(form.banner().text()).isEqualTo("入力内容を確認してください。2件の項目に誤りがあります。");

        set("email", "tanaka@example.co.jp");
        form.form().field("email").validate(Fixtures.JAPANESE);
        assertThat(form.banner().text()).isEqualTo("入力内容を確認してください。1件の項目に誤りがあります。");

        set("postalCode", "100-0001");
        form.form().field("postalCode").validate(Fixtures.JAPANESE);
        assertThat(form.banner().text()).isEmpty();
        assertThat(form.banner().kind()).isEqualTo(com.licensedesk.ui.Banner.Kind.NONE);

        set("email", "x");
        form.form().field("email").validate(Fixtures.JAPANESE);
        assertThat(form.banner().text()).as("a banner once gone stays gone until the next submit").isEmpty();
    }

    @Test
    void aPostalCodeFillsThePrefectureAndTheStartOfTheAddressButNeverOverwritesWhatWasTyped() {
        reachTheForm();
        var postalCode = form.form().field("postalCode").text();
        var prefecture = form.form().field("prefecture").text();
        var address1 = form.form().field("address1").text();

        postalCode.set("１０００００１");
        assertThat(prefecture.get()).isEqualTo("東京都");
        assertThat(address1.get()).isEqualTo("千代田区千代田");

        postalCode.set("530-0001");
        assertThat(prefecture.get()).isEqualTo("大阪府");
        assertThat(address1.get()).as("what the lookup filled follows the code").isEqualTo("大阪市北区梅田");

        address1.set("大阪市北区梅田1-1-1");
        postalCode.set("100-0001");
        assertThat(prefecture.get()).isEqualTo("東京都");
        assertThat(address1.get()).as("typed by the person").isEqualTo("大阪市北区梅田1-1-1");

        prefecture.set("北海道");
        postalCode.set("000-0000");
        assertThat(prefecture.get()).as("an unknown code leaves the fields alone").isEqualTo("北海道");
        assertThat(form.form().field("supportPrefecture").text().get()).isEmpty();
    }

    @Test
    void supportFieldsAreRequiredOnlyWhenADifferentSupportContactIsAsked() {
        reachTheForm();
        fillValidForm();
        form.supportDiffers().set(true);

        form.submit();
        assertThat(form.form().field("supportCompanyName").error().get()).isNotEmpty();
        assertThat(form.form().field("supportEmail").error().get()).isNotEmpty();
        assertThat(registered).isEmpty();

        form.supportDiffers().set(false);
        assertThat(form.form().field("supportCompanyName").error().get()).isEmpty();
        form.submit();
        assertThat(registered).hasSize(1);
    }

    @Test
    void aTakenLoginIdIsSaidOnlyOnceTheRestOfTheFormIsValid() {
        desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
        reachTheForm();
        fillValidForm();
        form.form().field("loginId").text().set("TANAKA_01");
        form.form().field("address1").text().set("");

        form.submit();
        assertThat(form.form().field("loginId").error().get()).as("not told while another field is wrong").isEmpty();

        fillValidForm();
        form.form().field("loginId").text().set("TANAKA_01");
        form.submit();
        assertThat(form.form().field("loginId").error().get())
                .isEqualTo("このログインIDはすでに使用されています。別のログインIDを入力してください。");
        assertThat(form.banner().textProperty().get()).isEqualTo("入力内容を確認してください。1件の項目に誤りがあります。");
        assertThat(registered).isEmpty();
    }

    @Test
    void passwordAndItsConfirmationFollowThePolicy() {
        reachTheForm();
        fillValidForm();
        form.form().field("password").text().set("password");
        form.form().field("passwordConfirm").text().set("password1");

        form.submit();

        assertThat(form.form().field("password").error().get()).isEqualTo("パスワードに数字（0〜9）が含まれていません。");
        assertThat(form.form().field("passwordConfirm").error().get())
                .isEqualTo("パスワードとパスワードの確認入力が一致しません。");
    }

    @Test
    void aCompleteFormRegistersAndTheWizardStartsAgainEmpty() {
        reachTheForm();
        fillValidForm();

        form.submit();

        assertThat(registered).singleElement().satisfies(done -> {
            assertThat(done.loginId()).isEqualTo("Tanaka_01");
            assertThat(done.entry().product()).isEqualTo("Kasumi Cloud Mail Protect");
        });
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.KEY);
        assertThat(wizard.keyText().get()).isEmpty();
        assertThat(form.form().field("companyName").value()).isEmpty();
        assertThat(desk.store().rows("licence")).isEqualTo(1);
    }

    @Test
    void aFullDiskIsSaidAndWhatWasTypedStays() {
        // What jOOQ throws when SQLite cannot grow the file.
        String full = "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)";
        form = formRegisteringWith(registrationWith(licencesFailingWith(
                new DataAccessException("SQL [insert into licence]; " + full,
                        new SQLiteException(full, SQLiteErrorCode.SQLITE_FULL)))));
        reachTheForm();
        fillValidForm();

        form.submit();

        assertThat(form.banner().text()).startsWith("ディスクの空き容量がありません。入力した内容はそのまま残っています。");
        assertThat(form.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertWhatWasTypedStays();
    }

    @Test
    void anUnreachableDatabaseIsSaidAndWhatWasTypedStays() {
        // What the pool throws when no connection to the server could be made in time.
        form = formRegisteringWith(registrationWith(licencesFailingWith(
                new DataAccessException("Error getting connection from data source", new SQLTransientConnectionException(
                        "license-desk desk-1 - Connection is not available, request timed out after 3001ms", "08001")))));
        reachTheForm();
        fillValidForm();

        form.submit();

        assertThat(form.banner().text()).startsWith("データベースに接続できません。入力した内容はそのまま残っています。");
        assertThat(form.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertWhatWasTypedStays();
    }

    private void assertWhatWasTypedStays() {
        assertThat(registered).isEmpty();
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.FORM);
        assertThat(form.form().field("companyName").value()).isEqualTo("サンプル株式会社");
        assertThat(form.form().field("loginId").value()).isEqualTo("Tanaka_01");
        assertThat(form.form().field("password").value()).isEqualTo("Sakura7Desk");
        assertThat(form.form().field("emergencyEmail").value()).isEqualTo("emergency@example.co.jp");
        assertThat(desk.store().rows("account")).as("nothing written").isZero();
    }

    private RegistrationService registrationWith(LicenceRepository licences) {
        return desk.servicesWith(options -> options.licences(licences)).registration;
    }

    /** The store's licences, whose insert fails as {@code failure}. */
    private LicenceRepository licencesFailingWith(RuntimeException failure) {
        LicenceRepository real = desk.store().licences;
        return (LicenceRepository) Proxy.newProxyInstance(LicenceRepository.class.getClassLoader(),
                new Class<?>[] {LicenceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add")) {
                        throw failure;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void atTheDeskTheSameCompanyIsOfferedAndTheKeyCanGoToIt() {
        long existing = desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_01"));
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        reachTheForm();
        fillValidForm();
        dialogs.addingToCandidate(0);

        form.submit();

        assertThat(dialogs.sameCompanyOffered()).singleElement().asList()
                .containsExactly(new Dialogs.SameCompanyCandidate("サンプル株式会社", "Sato_01", "田中 一郎",
                        "03-53949600"));
        assertThat(registered).singleElement().satisfies(done -> {
            assertThat(done.accountId()).isEqualTo(existing);
            assertThat(done.entry().key().value()).isEqualTo(DemoCatalog.ACTIVATION_CODE);
        });
        assertThat(desk.store().rows("account")).isEqualTo(1);
        assertThat(desk.store().licences.forAccount(existing)).hasSize(2);
        assertThat(desk.store().audit.forAccount(existing))
                .filteredOn(e -> e.action().equals(AuditAction.LICENCE_ADDED))
                .singleElement().extracting(e -> e.actor().loginId()).isEqualTo("desk.clerk");
    }

    @Test
    void atTheDeskASecondCompanyCanBeRegisteredAnyway() {
        desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_01"));
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        reachTheForm();
        fillValidForm();
        dialogs.registeringAnyway();

        form.submit();

        assertThat(dialogs.asked()).extracting(AnsweringDialogs.Asked::kind)
                .containsExactly(AnsweringDialogs.Kind.SAME_COMPANY);
        assertThat(registered).singleElement().extracting(RegistrationService.Registered::loginId)
                .isEqualTo("Tanaka_01");
        assertThat(desk.store().rows("account")).isEqualTo(2);
        assertThat(desk.store().audit.forAccount(registered.get(0).accountId()))
                .filteredOn(e -> e.action().equals(AuditAction.ACCOUNT_REGISTERED))
                .singleElement().extracting(e -> e.actor().loginId()).isEqualTo("desk.clerk");
    }

    @Test
    void atTheDeskGoingBackFromTheSameCompanyWritesNothingAndKeepsTheForm() {
        long existing = desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Sato_01"));
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        reachTheForm();
        fillValidForm();

        form.submit();

        assertThat(dialogs.sameCompanyOffered()).singleElement().asList().extracting("loginId")
                .containsExactly("Sato_01");
        assertThat(registered).isEmpty();
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.FORM);
        assertThat(form.form().field("companyName").value()).as("nothing typed is lost").isEqualTo("サンプル株式会社");
        assertThat(form.form().field("loginId").value()).isEqualTo("Tanaka_01");
        assertThat(form.form().field("password").value()).isEqualTo("Sakura7Desk");
        assertThat(desk.store().rows("account")).as("nothing written").isEqualTo(1);
        assertThat(desk.store().licences.forAccount(existing)).hasSize(1);

        dialogs.registeringAnyway();
        form.submit();
        assertThat(dialogs.sameCompanyOffered()).as("asked again on the next 続行").hasSize(2);
        assertThat(registered).singleElement().extracting(RegistrationService.Registered::loginId)
                .isEqualTo("Tanaka_01");
    }

    @Test
    void freeMailDomainsAreNoSign() {
        assertThat(SameCompany.businessDomain("someone@gmail.com")).isEmpty();
        assertThat(SameCompany.businessDomain("Someone@Example.CO.JP")).hasValue("example.co.jp");
        assertThat(SameCompany.businessDomain("broken@")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theProductCheckWarnsOfAnExpiringKeyAndRefusesAnExpiredOneUnlessAnOperatorConfirmsIt() {
        start.keyText().set(DemoCatalog.EXPIRING_SOON_KEY);
        start.proceed();
        assertThat(check.details().expiryWarning()).startsWith("この製品は間もなく有効期限が切れます").contains("あと");
        check.cancel();

        start.keyText().set(DemoCatalog.EXPIRED_KEY);
        start.proceed();
        check.shown();
        assertThat(check.banner().text()).as("said as the screen opens")
                .matches("この製品キーは有効期限が切れているため、登録できません（有効期限: \\d{4}/\\d{2}/\\d{2}）。"
                        + "引き続きご利用になるには、ご購入先にお問い合わせください。");
        assertThat(check.continueOffered()).as("a customer is offered no 続行 for it").isFalse();
        assertThat(check.expiredConfirmOffered()).isFalse();
        check.form().check("eulaCheck").ticked().set(true);
        check.proceed();
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.PRODUCT_CHECK);

        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        check.shown();
        assertThat(check.banner().text()).isEmpty();
        assertThat(check.details().expiryWarning()).startsWith("この製品は有効期限が切れています");
        assertThat(check.continueOffered()).isTrue();
        assertThat(check.expiredConfirmOffered()).isTrue();
        check.proceed();
        assertThat(check.form().check("expiredConfirm").error().get()).isEqualTo("有効期限切れの製品を登録するには、確認のチェックを入れてください。");
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.PRODUCT_CHECK);
        check.form().check("expiredConfirm").ticked().set(true);
        check.form().check("eulaCheck").ticked().set(true);
        check.proceed();
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.FORM);
    }

    private void reachTheForm() {
        start.keyText().set(DemoCatalog.ACTIVATION_CODE);
        start.proceed();
        check.form().check("eulaCheck").ticked().set(true);
        check.proceed();
        assertThat(wizard.step()).isEqualTo(RegistrationWizard.Step.FORM);
    }

    private void fillValidForm() {
        set("companyName", "サンプル株式会社");
        set("companyNameKana", "サンプルカブシキガイシャ");
        set("postalCode", "１００－０００１");
        set("prefecture", "東京都");
        set("address1", "千代田区千代田1-1");
        set("loginId", "Tanaka_01");
        set("password", "Sakura7Desk");
        set("passwordConfirm", "Sakura7Desk");
        set("email", "tanaka@example.co.jp");
        set("contactName", "田中 一郎");
        set("contactNameKana", "タナカ イチロウ");
        set("phoneArea", "03");
        set("phoneNumber", "53949600");
        set("resellerName", "サンプル販売株式会社");
        set("emergencyEmail", "emergency@example.co.jp");
    }

    private void set(String id, String value) {
        form.form().field(id).text().set(value);
    }
}
