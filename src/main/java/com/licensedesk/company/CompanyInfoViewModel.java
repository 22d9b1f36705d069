package com.licensedesk.company;

import com.licensedesk.audit.FieldChanges;
import com.licensedesk.auth.Session;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.SaveOutcome;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 会社情報 in two tabs, ご契約者 and サポート窓口. 送信 on a tab saves that tab's fields and nothing else; edits on the
 * other tab stay on screen, unsaved, until the person leaves the screen, when they are discarded.
 */
public final class CompanyInfoViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyInfoViewModel.class);

    private final CompanyInfoService service;
    private final Session session;
    private final Tasks tasks;
    private final Messages messages;
    private final CompanySection contractor = new CompanySection("", () -> true);
    private final CompanySection supportCompany = new CompanySection("support", () -> true);
    private final ContactSection supportPerson = new ContactSection("support", () -> true);
    private final FormField emergencyEmail = EmergencyContact.emailField();
    private final Form supportForm = Form.joining(supportCompany.form(), supportPerson.form(), Form.of(emergencyEmail));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Banner banner = new Banner();

    public CompanyInfoViewModel(CompanyInfoService service, Session session, Tasks tasks, Messages messages) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
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
        return busy.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    /** The screen is opened: both tabs show what is stored, whatever was typed on an earlier visit. */
    public void shown() {
        clear();
        long accountId = session.require().accountId();
        busy.set(true);
        tasks.run(() -> service.details(accountId), details -> {
            busy.set(false);
            show(details);
        }, this::failed);
    }

    /** ご契約者 → 送信: only this tab's fields. */
    public void submitContractor() {
        submit(contractor.form(), who -> {
            CompanyProfile typed = contractor.toProfile();
            return () -> service.saveContractor(who.accountId(), who.loginId(), typed);
        });
    }

    /** サポート窓口 → 送信: only this tab's fields. */
    public void submitSupport() {
        submit(supportForm, who -> {
            SupportContact typed = new SupportContact(supportCompany.toProfile(), supportPerson.toContact());
            String typedEmergencyEmail = emergencyEmail.value();
            return () -> service.saveSupportContact(who.accountId(), who.loginId(), typed, typedEmergencyEmail);
        });
    }

    /** Checks the tab; when it passes, takes its values here on the FX thread and saves them in the background. */
    private void submit(Form tab, Function<Session.SignedIn, Callable<FieldChanges>> save) {
        if (busy.get()) {
            return;
        }
        banner.clear();
        int refused = tab.validate(messages);
        if (refused > 0) {
            banner.error(messages.get("common.banner.fieldsNeedAttention", refused));
            return;
        }
        Callable<FieldChanges> work = save.apply(session.require());
        busy.set(true);
        tasks.run(work, changes -> {
            busy.set(false);
            SaveOutcome.show(banner, changes, messages);
        }, this::failed);
    }

    /** Nothing of the account stays on screen: for leaving the screen and for the end of a session. */
    public void clear() {
        contractor.form().clear();
        supportForm.clear();
        note.set("");
        banner.clear();
    }

    private void show(CompanyDetails details) {
        contractor.show(details.contractor());
        note.set(details.note());
        supportCompany.show(details.supportContact().company());
        supportPerson.show(details.supportContact().person());
        emergencyEmail.text().set(details.emergencyEmail());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("Company information could not be loaded or saved", failure);
        banner.error(messages.get("common.error.unexpected"));
    }
}
