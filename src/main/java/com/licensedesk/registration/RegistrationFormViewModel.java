package com.licensedesk.registration;

import java.time.LocalDate;
import java.time.Clock;
import com.licensedesk.ui.Formats;
import com.licensedesk.session.Acting;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.KeyRefused;
import com.licensedesk.directory.SameCompany;
import com.licensedesk.directory.CustomerSummary;
import com.licensedesk.auth.LoginId;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.company.CompanySection;
import com.licensedesk.company.ContactSection;
import com.licensedesk.company.EmergencyContact;
import com.licensedesk.company.SupportContact;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Dialogs.SameCompanyAnswer;
import com.licensedesk.ui.Dialogs.SameCompanyCandidate;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.postal.PostalCodes;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The registration form's five sections: 会社情報, ユーザ登録情報, 購入先情報, 緊急連絡先情報 and サポート窓口. The support
 * contact's own fields count only when {@code supportDiffers} is ticked; otherwise the company and the user are the
 * support contact.
 */
public final class RegistrationFormViewModel implements PersonalData {
    private final RegistrationWizard wizard;
    private final RegistrationService service;
    private final Session session;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Consumer<RegistrationService.Registered> whenRegistered;
    private final Optional<AtDesk> atDesk;
    /** The operator said 新規に登録する: a second 続行 after a refusal does not ask again. */
    private boolean registerAnyway;

    /**
     * What the desk adds to the form: before an account is made, a look for the same company, whose account then
     * gets the key instead if the operator says so.
     */
    public record AtDesk(SameCompany sameCompany, AddKeyService addKey, Clock clock) {
    }

    private final BooleanProperty supportDiffers = new SimpleBooleanProperty(this, "supportDiffers", false);
    private final CompanySection company;
    private final ContactSection user;
    private final FormField loginId = FormField.named(LoginId.FIELD.name()).spec(LoginId.FIELD).build();
    private final NewPasswordFields password = new NewPasswordFields("password", "passwordConfirm");
    private final FormField purchaseSource = FormField.named(RegistrationRequest.PURCHASE_SOURCE.name())
            .spec(RegistrationRequest.PURCHASE_SOURCE).build();
    private final FormField emergencyEmail = EmergencyContact.emailField();
    private final CompanySection supportCompany;
    private final ContactSection supportPerson;
    private final Form form;

    private final Activity activity;
    private final Banner banner;

    /**
     * {@code session} tells whether an operator registers the customer at the desk; {@code dialogs} asks the
     * operator about the same company found.
     */
    public RegistrationFormViewModel(RegistrationWizard wizard, RegistrationService service, Session session,
                                     Tasks tasks, Messages messages, Dialogs dialogs,
                                     Consumer<RegistrationService.Registered> whenRegistered,
                                     Optional<AtDesk> atDesk, PostalCodes postalCodes) {
        this.atDesk = atDesk;
        this.company = new CompanySection("", () -> true, postalCodes, messages.locale());
        this.supportCompany = new CompanySection("support", supportDiffers::get, postalCodes, messages.locale());
        this.user = new ContactSection("", () -> true, messages.locale());
        this.supportPerson = new ContactSection("support", supportDiffers::get, messages.locale());
        this.wizard = wizard;
        this.session = session;
        this.service = service;
        this.activity = new Activity(tasks, messages, RegistrationFormViewModel.class);
        this.banner = activity.banner();
        this.messages = messages;
        this.dialogs = dialogs;
        this.whenRegistered = whenRegistered;
        this.form = Form.joining(company.form(),
                Form.joining(Form.of(loginId), password.form()), user.form(),
                Form.of(purchaseSource, emergencyEmail),
                supportCompany.form(), supportPerson.form());
        supportDiffers.addListener((obs, was, differs) -> {
            if (!differs) {
                Form.joining(supportCompany.form(), supportPerson.form()).fields().forEach(FormField::clearError);
            }
        });
    }

    /** Every field of the form, in screen order, by {@code fx:id}. */
    public Form form() {
        return form;
    }

    public BooleanProperty supportDiffers() {
        return supportDiffers;
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** 続行: checks every field; when all pass, registers in the background and moves to the products screen. */
    public void submit() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        int refused = form.validate(messages);
        if (refused > 0) {
            refuse();
            return;
        }
        RegistrationRequest request = request();
        if (session.staff().isPresent() && atDesk.isPresent() && !registerAnyway) {
            AtDesk desk = atDesk.get();
            LocalDate today = LocalDate.now(desk.clock().withZone(Formats.JAPAN));
            activity.run("Looking for the same company",
                    () -> desk.sameCompany().candidates(request.company(), request.user(), today), found -> {
                        if (found.isEmpty()) {
                            register(request);
                        } else {
                            dialogs.chooseSameCompany(found.stream().map(RegistrationFormViewModel::candidate)
                                    .toList(), answer -> answered(answer, found));
                        }
                    });
            return;
        }
        register(request);
    }

    private static SameCompanyCandidate candidate(CustomerSummary customer) {
        return new SameCompanyCandidate(customer.companyName(), customer.loginId(), customer.contactName(),
                customer.phone());
    }

    /** What the operator said to 登録済みの会社があります; キャンセル leaves the form as it was typed. */
    private void answered(SameCompanyAnswer answer, List<CustomerSummary> found) {
        switch (answer.choice()) {
            case ADD_TO_EXISTING -> found.stream()
                    .filter(customer -> answer.existing().equals(Optional.of(candidate(customer))))
                    .findFirst().ifPresent(this::addToExisting);
            case REGISTER_ANYWAY -> {
                registerAnyway = true;
                submit();
            }
            case CANCEL -> { }
        }
    }

    /** この会社に追加: the key goes to the customer found, with its mail and audit record, instead of a new account. */
    private void addToExisting(CustomerSummary customer) {
        Acting acting = session.staff().orElseThrow().actingFor(customer.accountId(), customer.loginId());
        var key = wizard.key();
        var agreement = wizard.agreement().orElseThrow();
        AddKeyService addKey = atDesk.get().addKey();
        activity.run("Adding the key to the customer found", () -> new RegistrationService.Registered(
                customer.accountId(), customer.loginId(), customer.companyName(), addKey.add(acting, key, agreement),
                false),
                this::done, failure -> {
                    if (failure instanceof KeyRefused refused) {
                        banner.error(messages.get(refused.problem().messageKey()));
                    } else {
                        activity.failed("Adding the key to the customer found", failure);
                    }
                });
    }

    private void register(RegistrationRequest request) {
        banner.info(messages.get("registration.registering"));
        Actor actor = session.staff().map(StaffMember::actor).orElseGet(() -> Actor.customer(request.loginId()));
        activity.run("Registration", () -> service.register(request, actor), this::done, failure -> {
            if (failure instanceof RegistrationRefused refusal) {
                showRefusal(refusal.reason());
            } else if (failure instanceof InvalidInput invalid) {
                // The service holds the fields to the same rules the form does; should it find more, say where.
                invalid.problems().forEach(p -> form.field(p.field()).refuse(messages.get(p.problem())));
                refuse();
            } else {
                activity.failed("Registration", failure);
            }
        });
    }

    private void done(RegistrationService.Registered registered) {
        banner.clear();
        form.clear();
        supportDiffers.set(false);
        registerAnyway = false;
        wizard.finish();
        whenRegistered.accept(registered);
    }

    private void showRefusal(RegistrationRefused.Reason reason) {
        switch (reason) {
            case LOGIN_ID_TAKEN -> {
                loginId.refuse(messages.get("registration.loginId.taken"));
                refuse();
            }
            case KEY_ALREADY_REGISTERED -> banner.error(messages.get("registration.key.gone"));
            case KEY_NOT_IN_CATALOG -> banner.error(messages.get("registration.key.unknown"));
            case TOO_MANY_TAKEN_LOGIN_IDS -> {
                loginId.refuse(messages.get("registration.loginId.tooManyTaken"));
                refuse();
            }
        }
    }

    private void refuse() {
        banner.fieldsNeedAttention(messages, form);
    }

    private RegistrationRequest request() {
        Optional<SupportContact> differentSupport = supportDiffers.get()
                ? Optional.of(new SupportContact(supportCompany.toProfile(), supportPerson.toContact()))
                : Optional.empty();
        return new RegistrationRequest(wizard.key(), wizard.agreement().orElseThrow(), loginId.value(),
                password.password().value(), company.toProfile(), user.toContact(), purchaseSource.value(), emergencyEmail.value(),
                differentSupport, messages.locale());
    }

    /** Everything typed is gone: for the next person at a kiosk. */
    @Override
    public void clear() {
        registerAnyway = false;
        form.clear();
        supportDiffers.set(false);
        banner.clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    /** キャンセル: back to the product check; everything typed stays for when the person comes back. */
    public void cancel() {
        banner.clear();
        wizard.back();
    }
}
