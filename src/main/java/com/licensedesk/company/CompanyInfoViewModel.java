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
import com.licensedesk.change.ChangedElsewhere;
import com.licensedesk.postal.PostalCodes;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * 会社情報 in two tabs, ご契約者 and サポート窓口. 送信 on a tab saves that tab's fields and nothing else; edits on the
 * other tab stay on screen, unsaved, until the person leaves the screen, when they are discarded.
 */
public final class CompanyInfoViewModel implements PersonalData {
    private final CompanyInfoService service;
    private final Session session;
    private final Messages messages;
    private final Activity activity;
    private final CompanySection contractor;
    private final CompanySection supportCompany;
    private final ContactSection supportPerson;
    private final FormField emergencyEmail = EmergencyContact.emailField();
    private final Form supportForm;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final BooleanProperty excludedFromReminders = new SimpleBooleanProperty(this, "excludedFromReminders");
    private final ReadOnlyBooleanWrapper remindersOffered = new ReadOnlyBooleanWrapper(this, "remindersOffered");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable", true);
    /** The contractor's company name as read or last saved: the desk's acting banner names the customer by it. */
    private final ReadOnlyStringWrapper companyName = new ReadOnlyStringWrapper(this, "companyName", "");
    /**
     * What the tabs were filled with, and the versions of their records: a save names its tab's version, and what
     * the clerk changed from it is what a refused save keeps in view.
     */
    private CompanyDetails loaded;

    public CompanyInfoViewModel(CompanyInfoService service, Session session, Tasks tasks, Messages messages,
                                PostalCodes postalCodes) {
        this.service = service;
        this.contractor = new CompanySection("", () -> true, postalCodes, messages.locale());
        this.supportCompany = new CompanySection("support", () -> true, postalCodes, messages.locale());
        this.supportPerson = new ContactSection("support", () -> true, messages.locale());
        this.supportForm = Form.joining(supportCompany.form(), supportPerson.form(), Form.of(emergencyEmail));
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

    /** 更新のお知らせを送らない: a desk's setting, offered while an operator acts for the customer. */
    public BooleanProperty excludedFromReminders() {
        return excludedFromReminders;
    }

    public ReadOnlyBooleanProperty remindersOffered() {
        return remindersOffered.getReadOnlyProperty();
    }

    /** The check box was changed: saved at once, on its own (it is not part of the contractor's data). */
    public void reminderChoiceChanged() {
        if (loaded == null) {
            return;
        }
        boolean excluded = excludedFromReminders.get();
        Acting acting = session.require();
        activity.runFor(session, acting, "Saving the reminder choice", () -> {
            service.excludeFromReminders(acting, excluded);
            return excluded;
        }, saved -> activity.banner().success(messages.get(saved
                ? "company.reminders.excluded" : "company.reminders.included")), failure -> {
                    excludedFromReminders.set(!excluded);
                    return false;
                });
    }

    /**
     * Whether the fields, 送信 and 更新のお知らせを送らない can be changed: not by a read-only operator, who sees the
     * company as it is stored (the service refuses them too).
     */
    public ReadOnlyBooleanProperty changeable() {
        return changeable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return activity.banner();
    }

    /** The other tab is shown: 変更が保存されました spoke of the tab that was saved, not of this one's edits. */
    public void otherTabShown() {
        if (activity.banner().kind() == Banner.Kind.SUCCESS) {
            activity.banner().clear();
        }
    }

    /** The screen is opened: both tabs show what is stored, whatever was typed on an earlier visit. */
    public void shown() {
        clear();
        Acting acting = session.require();
        remindersOffered.set(acting.atDesk());
        changeable.set(session.mayChangeCustomers());
        activity.runFor(session, acting, "Loading the company information",
                () -> new Loaded(service.details(acting.accountId()),
                        acting.atDesk() && service.excludedFromReminders(acting.accountId())), loaded -> {
                    excludedFromReminders.set(loaded.excluded());
                    show(loaded.details());
                });
    }

    public ReadOnlyStringProperty companyName() {
        return companyName.getReadOnlyProperty();
    }

    /** ご契約者 → 送信: only this tab's fields. */
    public void submitContractor() {
        if (!ready(contractor.form())) {
            return;
        }
        CompanyProfile typed = contractor.toProfile();
        int version = loaded.versions().contractor();
        save(acting -> service.saveContractor(acting, typed, version),
                saved -> {
                    loaded = loaded.withContractor(typed, version + 1);
                    companyName.set(typed.companyName());
                },
                current -> {
                    FieldChanges mine = new FieldChanges().include("contractor", loaded.contractor().changesTo(typed));
                    contractor.show(current.contractor());
                    loaded = loaded.withContractor(current.contractor(), current.versions().contractor());
                    companyName.set(current.contractor().companyName());
                    return mine;
                });
    }

    /** サポート窓口 → 送信: only this tab's fields. */
    public void submitSupport() {
        if (!ready(supportForm)) {
            return;
        }
        SupportContact typed = new SupportContact(supportCompany.toProfile(), supportPerson.toContact());
        String typedEmergencyEmail = emergencyEmail.value();
        int version = loaded.versions().supportContact();
        save(acting -> service.saveSupportContact(acting, typed, typedEmergencyEmail, version),
                saved -> loaded = loaded.withSupportContact(typed, typedEmergencyEmail, version + 1),
                current -> {
                    FieldChanges mine = new FieldChanges()
                            .include("supportContact", loaded.supportContact().changesTo(typed))
                            .compare("emergencyEmail", loaded.emergencyEmail(), typedEmergencyEmail);
                    supportCompany.show(current.supportContact().company());
                    supportPerson.show(current.supportContact().person());
                    emergencyEmail.text().set(current.emergencyEmail());
                    loaded = loaded.withSupportContact(current.supportContact(), current.emergencyEmail(),
                            current.versions().supportContact());
                    return mine;
                });
    }

    private boolean ready(Form tab) {
        return loaded != null && !activity.isBusy() && activity.validate(tab);
    }

    /**
     * Saves in the background. When another desk saved the tab meanwhile, {@code showCurrent} puts what is stored now
     * on the tab and returns what the clerk had typed differently, which the banner keeps in view.
     */
    private void save(Function<Acting, FieldChanges> work, Consumer<FieldChanges> saved,
                      Function<CompanyDetails, FieldChanges> showCurrent) {
        Acting acting = session.require();
        activity.runFor(session, acting, "Saving the company information", () -> work.apply(acting), changes -> {
            if (!changes.isEmpty()) {
                saved.accept(changes);
            }
            SaveOutcome.show(activity.banner(), changes, messages);
        }, failure -> {
            if (!(failure instanceof ChangedElsewhere elsewhere)) {
                return false;
            }
            FieldChanges typedDifferently = showCurrent.apply(elsewhere.current(CompanyDetails.class));
            activity.banner().error(ChangedElsewhereText.of(typedDifferently, messages));
            return true;
        });
    }

    /** Nothing of the account stays on screen: for leaving the screen and for the end of a session. */
    @Override
    public void clear() {
        contractor.form().clear();
        supportForm.clear();
        note.set("");
        excludedFromReminders.set(false);
        loaded = null;
        activity.banner().clear();
    }

    private record Loaded(CompanyDetails details, boolean excluded) {
    }

    private void show(CompanyDetails details) {
        loaded = details;
        companyName.set(details.contractor().companyName());
        contractor.show(details.contractor());
        note.set(details.note());
        supportCompany.show(details.supportContact().company());
        supportPerson.show(details.supportContact().person());
        emergencyEmail.text().set(details.emergencyEmail());
    }
}
