package com.licensedesk.company;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.SaveOutcome;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 会社情報 in two tabs, ご契約者 and サポート窓口. 送信 on a tab saves that tab's fields and nothing else; edits on the
 * other tab stay on screen, unsaved, until the person leaves the screen, when they are discarded.
 */
public final class CompanyInfoViewModel implements PersonalData {
    private final CompanyInfoService service;
    private final Session session;
    private final Messages messages;
    private final Activity activity;
    private final CompanySection contractor = new CompanySection("", () -> true);
    private final CompanySection supportCompany = new CompanySection("support", () -> true);
    private final ContactSection supportPerson = new ContactSection("support", () -> true);
    private final FormField emergencyEmail = EmergencyContact.emailField();
    private final Form supportForm = Form.joining(supportCompany.form(), supportPerson.form(), Form.of(emergencyEmail));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    public CompanyInfoViewModel(CompanyInfoService service, Session session, Tasks tasks, Messages messages) {
        this.service = service;
        this.session = session;
        this.messages = messages;
        this.activity = new Activity(tasks, messages, CompanyInfoViewModel.class);
    }

    public Form contractorForm() {
        return contractor.form();
    }

    public Form supportForm() {
        return supportForm;
    }

    /** 備考: the vendor's note on the contract, shown read only. */
    public ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return activity.banner();
    }

    /** The screen is opened: both tabs show what is stored, whatever was typed on an earlier visit. */
    public void shown() {
        clear();
        Acting acting = session.require();
        activity.runFor(session, acting, "Loading the company information",
                () -> service.details(acting.accountId()), this::show);
    }

    /** ご契約者 → 送信: only this tab's fields. */
    public void submitContractor() {
        submit(contractor.form(), acting -> {
            CompanyProfile typed = contractor.toProfile();
            return () -> service.saveContractor(acting, typed);
        });
    }

    /** サポート窓口 → 送信: only this tab's fields. */
    public void submitSupport() {
        submit(supportForm, acting -> {
            SupportContact typed = new SupportContact(supportCompany.toProfile(), supportPerson.toContact());
            String typedEmergencyEmail = emergencyEmail.value();
            return () -> service.saveSupportContact(acting, typed, typedEmergencyEmail);
        });
    }

    /** Checks the tab; when it passes, takes its values here on the FX thread and saves them in the background. */
    private void submit(Form tab, Function<Acting, Callable<FieldChanges>> save) {
        if (activity.isBusy() || !activity.validate(tab)) {
            return;
        }
        Acting acting = session.require();
        activity.runFor(session, acting, "Saving the company information", save.apply(acting),
                changes -> SaveOutcome.show(activity.banner(), changes, messages));
    }

    /** Nothing of the account stays on screen: for leaving the screen and for the end of a session. */
    @Override
    public void clear() {
        contractor.form().clear();
        supportForm.clear();
        note.set("");
        activity.banner().clear();
    }

    private void show(CompanyDetails details) {
        contractor.show(details.contractor());
        note.set(details.note());
        supportCompany.show(details.supportContact().company());
        supportPerson.show(details.supportContact().person());
        emergencyEmail.text().set(details.emergencyEmail());
    }
}
