package com.licensedesk.company;

import com.licensedesk.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.testing.HeldTasks;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 会社情報's view model without a toolkit: what it loads, refuses, saves, and never shows to the next person. */
class CompanyInfoViewModelTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();
    private CompanyInfoService service;
    private final Session session = new Session();
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.registeredCustomer();
        service = desk.services().companyInfo;
    }

    @Test
    void showsWhatIsStoredRefusesBadFieldsAndSavesOneTab() {
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        assertThat(viewModel.contractorForm().field("companyName").text().get()).isEqualTo("サンプル株式会社");
        assertThat(viewModel.companyName().get()).isEqualTo("サンプル株式会社");

        viewModel.contractorForm().field("postalCode").text().set("12");
        viewModel.contractorForm().field("companyNameKana").text().set("abc");
        viewModel.submitContractor();
        assertThat(viewModel.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(viewModel.banner().text()).contains("2");
        assertThat(viewModel.contractorForm().field("postalCode").error().get()).contains("7桁");
        assertThat(viewModel.contractorForm().field("postalCode").text().get()).as("nothing typed is lost")
                .isEqualTo("12");

        viewModel.contractorForm().field("postalCode").text().set("100-0001");
        viewModel.contractorForm().field("companyNameKana").text().set("サンプル");
        viewModel.contractorForm().field("branchName").text().set("大阪支社");
        viewModel.contractorForm().field("companyName").text().set("サンプル工業株式会社");
        viewModel.submitContractor();
        assertThat(viewModel.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(viewModel.companyName().get()).as("the acting banner's name").isEqualTo("サンプル工業株式会社");
        assertThat(desk.store().companies.details(accountId).contractor().branchName()).isEqualTo("大阪支社");
        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED))
                .singleElement().extracting(AuditEntry::actor).isEqualTo(Actor.customer("Tanaka_01"));


        viewModel.otherTabShown();
        assertThat(viewModel.banner().kind()).as("the saved message stays with the saved tab")
                .isEqualTo(Banner.Kind.NONE);
    }

    @Test
    void onAnEnglishScreenAPostalCodeFillsThePrefectureOnlyAndALatinNameIsKeptAsTyped() {
        Messages english = new Messages(Locale.ENGLISH, "License Desk");
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE, english,
                Fixtures.POSTAL_CODES);
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        Form contractor = viewModel.contractorForm();
        contractor.field("address1").text().set("");

        contractor.field("postalCode").text().set("530-0001");

        assertThat(contractor.field("prefecture").text().get()).isEqualTo("大阪府");
        assertThat(contractor.field("prefecture").shown("大阪府", Locale.ENGLISH)).isEqualTo("Osaka");
        assertThat(contractor.field("address1").text().get()).as("left for the person").isEmpty();

        FormField name = viewModel.supportForm().field("supportContactName");
        FormField department = viewModel.supportForm().field("supportDepartment");
        name.text().set("John Smith");
        department.text().set("IT ｼｽﾃﾑ");
        name.validate(english);
        department.validate(english);
        assertThat(name.text().get()).isEqualTo("John Smith");
        assertThat(name.error().get()).isEmpty();
        assertThat(department.text().get()).as("half-width katakana still widened").isEqualTo("IT システム");
    }

    @Test
    void onAJapaneseScreenTheSameNameIsWidenedAsTheManualAsks() {
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, Fixtures.POSTAL_CODES);
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        FormField name = viewModel.supportForm().field("supportContactName");

        name.text().set("John Smith");
        name.validate(Fixtures.JAPANESE);

        assertThat(name.text().get()).isEqualTo("Ｊｏｈｎ Ｓｍｉｔｈ");
    }

    @Test
    void aReadOnlyOperatorSeesTheCompanyButIsOfferedNoChange() {
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE, Fixtures.POSTAL_CODES);
        session.begin(new Acting(accountId, "Tanaka_01", Actor.operator("desk.viewer", Role.READ_ONLY)));
        viewModel.shown();
        assertThat(viewModel.contractorForm().field("companyName").text().get()).isEqualTo("サンプル株式会社");
        assertThat(viewModel.remindersOffered().get()).as("shown at the desk, to read").isTrue();
        assertThat(viewModel.changeable().get()).as("no field to edit, no 送信, no reminder choice").isFalse();

        session.begin(new Acting(accountId, "Tanaka_01", Actor.operator("desk.clerk", Role.CLERK)));
        viewModel.shown();
        assertThat(viewModel.changeable().get()).isTrue();
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        assertThat(viewModel.changeable().get()).isTrue();
    }

    @Test
    void twoDesksEditingOneTabTheSecondSeesTheFirstsChangeAndKeepsWhatItTyped() {
        Session otherSession = new Session();
        CompanyInfoViewModel first = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE, Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        CompanyInfoViewModel second = new CompanyInfoViewModel(service, otherSession, Fixtures.IN_PLACE,
                Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(new Acting(accountId, "Tanaka_01", Actor.operator("desk.one", Role.CLERK)));
        otherSession.begin(new Acting(accountId, "Tanaka_01", Actor.operator("desk.two", Role.CLERK)));
        first.shown();
        second.shown();

        first.contractorForm().field("branchName").text().set("大阪支店");
        first.submitContractor();
        second.contractorForm().field("address2").text().set("本社ビル5階");
        second.submitContractor();

        assertThat(second.banner().kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(second.banner().text()).startsWith("他の端末で変更されています。最新の内容を表示しました。")
                .contains("「本社ビル5階」").doesNotContain("大阪支店");
        assertThat(second.contractorForm().field("branchName").text().get()).as("the current values")
                .isEqualTo("大阪支店");
        assertThat(desk.store().companies.details(accountId).contractor().branchName()).isEqualTo("大阪支店");
        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED))
                .as("only the change that was made").singleElement().extracting(AuditEntry::detail).asString()
                .contains("大阪支店").doesNotContain("本社ビル");

        second.contractorForm().field("address2").text().set("本社ビル5階");
        second.submitContractor();
        assertThat(second.banner().kind()).as("sent again from the current version").isEqualTo(Banner.Kind.SUCCESS);
        assertThat(desk.store().companies.details(accountId).contractor())
                .satisfies(saved -> assertThat(saved.branchName()).isEqualTo("大阪支店"))
                .satisfies(saved -> assertThat(saved.address2()).isEqualTo("本社ビル5階"));
    }

    @Test
    void anOperatorActingForTheCustomerIsTheActorAndTheCustomerTheAccount() {
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(new Acting(accountId, "Tanaka_01", Actor.operator("desk.suzuki", Role.CLERK)));
        viewModel.shown();
        viewModel.contractorForm().field("address2").text().set("サンプルビル 5F");
        viewModel.submitContractor();

        assertThat(desk.store().audit.forAccount(accountId))
                .filteredOn(e -> e.action().equals(AuditAction.CONTRACTOR_CHANGED))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(Actor.operator("desk.suzuki", Role.CLERK));
                    assertThat(entry.accountId()).hasValue(accountId);
                    assertThat(entry.detail()).contains("contractor.address2");
                });
    }

    @Test
    void aLoadThatEndsAfterTheSessionEndedFillsNothing() {
        HeldTasks held = new HeldTasks();
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, held, Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        session.end();
        viewModel.clear();

        held.release();

        assertThat(viewModel.contractorForm().field("companyName").text().get()).isEmpty();
        assertThat(viewModel.note().get()).isEmpty();
        assertThat(viewModel.busy().get()).isFalse();
    }

    @Test
    void aLoadForAnEarlierSignInOfTheSameAccountIsStaleToo() {
        HeldTasks held = new HeldTasks();
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, held, Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(Acting.self(accountId, "Tanaka_01"));
        viewModel.shown();
        session.begin(Acting.self(accountId, "Tanaka_01"));

        held.release();

        assertThat(viewModel.contractorForm().field("companyName").text().get()).isEmpty();
    }

    @Test
    void theChangeMailIsInTheCustomersLanguageAndSaysAnOperatorMadeIt() {
        long englishId = desk.register(Fixtures.englishRegistration(DemoCatalog.REGISTRATION_KEY, "Smith_01"));
        CompanyInfoViewModel viewModel = new CompanyInfoViewModel(service, session, Fixtures.IN_PLACE,
                Fixtures.JAPANESE,
                Fixtures.POSTAL_CODES);
        session.begin(new Acting(englishId, "Smith_01", Actor.operator("desk.suzuki", Role.CLERK)));
        viewModel.shown();
        viewModel.contractorForm().field("address2").text().set("Sample Building 5F");
        viewModel.submitContractor();

        assertThat((String) desk.store().value("select subject from outbox_mail order by id desc limit 1"))
                .isEqualTo("Your License Desk account information was changed");
        assertThat((String) desk.store().value("select body from outbox_mail order by id desc limit 1"))
                .contains("Changed fields")
                .contains("made for you by staff at your reseller's desk");
    }
}
