package com.licensedesk.company;

import com.licensedesk.domain.InvalidInput;

import com.licensedesk.change.ChangeRecorder;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.session.Acting;

/**
 * 会社情報: each tab is saved on its own, with its mail to the support contact and an audit record of what changed,
 * in one transaction. A save that changes nothing writes nothing and sends nothing.
 */
public final class CompanyInfoService {
    static final String SCREEN = "company.title";

    private final CompanyRepository companies;
    private final ChangeRecorder changes;
    private final AccountChangeMail mail;

    public CompanyInfoService(CompanyRepository companies, ChangeRecorder changes, AccountChangeMail mail) {
        this.companies = companies;
        this.changes = changes;
        this.mail = mail;
    }

    public CompanyDetails details(long accountId) {
        return companies.details(accountId);
    }

    /**
     * ご契約者 → 送信, made from the record at {@code version}; {@link com.licensedesk.change.ChangedElsewhere} (with
     * the {@link CompanyDetails} stored now) when another desk saved it since.
     */
    public FieldChanges saveContractor(Acting acting, CompanyProfile contractor, int version) {
        contractor.checkInto(new InvalidInput.Check(), "").refuseIfAny();
        return changes.save(acting, "CONTRACTOR_CHANGED", () -> companies.details(acting.accountId()),
                before -> before.versions().contractor() == version,
                before -> new FieldChanges().include("contractor", before.contractor().changesTo(contractor)),
                () -> companies.updateContractor(acting.accountId(), contractor, version),
                (before, changed) -> {
                    String supportEmail = before.supportContact().person().email();
                    return mail.confirmation(supportEmail, supportEmail, acting, SCREEN, changed);
                });
    }

    /** サポート窓口 → 送信, as {@link #saveContractor}. A changed support address gets the mail; the old one a notice. */
    public FieldChanges saveSupportContact(Acting acting, SupportContact support, String emergencyEmail, int version) {
        InvalidInput.Check check = support.company().checkInto(new InvalidInput.Check(), "support");
        support.person().checkInto(check, "support").field(EmergencyContact.EMAIL, emergencyEmail).refuseIfAny();
        return changes.save(acting, "SUPPORT_CONTACT_CHANGED", () -> companies.details(acting.accountId()),
                before -> before.versions().supportContact() == version,
                before -> new FieldChanges()
                        .include("supportContact", before.supportContact().changesTo(support))
                        .compare("emergencyEmail", before.emergencyEmail(), emergencyEmail),
                () -> companies.updateSupportContact(acting.accountId(), support, emergencyEmail, version),
                (before, changed) -> mail.confirmation(support.person().email(),
                        before.supportContact().person().email(), acting, SCREEN, changed));
    }

    public boolean excludedFromReminders(long accountId) {
        return companies.excludedFromReminders(accountId);
    }

    /** 更新のお知らせを送らない, set at the desk on the contractor tab: audited, no mail (the customer asked for it). */
    public void excludeFromReminders(Acting acting, boolean excluded) {
        changes.setting(acting, excluded ? "REMINDERS_EXCLUDED" : "REMINDERS_INCLUDED", "",
                () -> companies.setExcludedFromReminders(acting.accountId(), excluded));
    }
}
