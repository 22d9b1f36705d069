package com.licensedesk.company;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.change.VersionedSave;
import com.licensedesk.company.CompanyCommands.ExcludeFromReminders;
import com.licensedesk.company.CompanyCommands.SaveContractor;
import com.licensedesk.company.CompanyCommands.SaveSupportContact;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.session.Acting;

/**
 * 会社情報: each tab is saved on its own, with its mail to the support contact and an audit record of what changed,
 * in one transaction. A save that changes nothing writes nothing and sends nothing.
 */
public final class CompanyInfoService {
    static final String SCREEN = "company.title";

    private final CompanyRepository companies;
    private final ChangePipeline pipeline;
    private final AccountChangeMail mail;

    public CompanyInfoService(CompanyRepository companies, ChangePipeline pipeline, AccountChangeMail mail) {
        this.companies = companies;
        this.pipeline = pipeline;
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
        return pipeline.run(acting.actor(), new SaveContractor(acting.accountId(), acting.loginId(), contractor,
                version), this::saveContractor);
    }

    /** The handler of {@link SaveContractor}. */
    public Outcome<FieldChanges> saveContractor(SaveContractor command, ChangeContext context) {
        CompanyProfile contractor = command.contractor();
        contractor.checkInto(new InvalidInput.Check(), "").refuseIfAny();
        Acting acting = new Acting(command.accountId(), command.loginId(), context.actor());
        return VersionedSave.of(acting.accountId(), AuditAction.CONTRACTOR_CHANGED,
                () -> companies.details(acting.accountId()),
                before -> before.versions().contractor() == command.version(),
                before -> new FieldChanges().include("contractor", before.contractor().changesTo(contractor)),
                () -> companies.updateContractor(acting.accountId(), contractor, command.version()),
                (before, changed) -> {
                    String supportEmail = before.supportContact().person().email();
                    return mail.confirmation(supportEmail, supportEmail, acting, SCREEN, changed);
                });
    }

    /** サポート窓口 → 送信, as {@link #saveContractor}. A changed support address gets the mail; the old one a notice. */
    public FieldChanges saveSupportContact(Acting acting, SupportContact support, String emergencyEmail, int version) {
        return pipeline.run(acting.actor(), new SaveSupportContact(acting.accountId(), acting.loginId(), support,
                emergencyEmail, version), this::saveSupportContact);
    }

    /** The handler of {@link SaveSupportContact}. */
    public Outcome<FieldChanges> saveSupportContact(SaveSupportContact command, ChangeContext context) {
        SupportContact support = command.support();
        support.checkInto(new InvalidInput.Check()).field(EmergencyContact.EMAIL, command.emergencyEmail())
                .refuseIfAny();
        Acting acting = new Acting(command.accountId(), command.loginId(), context.actor());
        return VersionedSave.of(acting.accountId(), AuditAction.SUPPORT_CONTACT_CHANGED,
                () -> companies.details(acting.accountId()),
                before -> before.versions().supportContact() == command.version(),
                before -> new FieldChanges()
                        .include("supportContact", before.supportContact().changesTo(support))
                        .compare("emergencyEmail", before.emergencyEmail(), command.emergencyEmail()),
                () -> companies.updateSupportContact(acting.accountId(), support, command.emergencyEmail(),
                        command.version()),
                (before, changed) -> mail.confirmation(support.person().email(),
                        before.supportContact().person().email(), acting, SCREEN, changed));
    }

    public boolean excludedFromReminders(long accountId) {
        return companies.excludedFromReminders(accountId);
    }

    /** 更新のお知らせを送らない, set at the desk on the contractor tab: audited, no mail (the customer asked for it). */
    public void excludeFromReminders(Acting acting, boolean excluded) {
        pipeline.run(acting.actor(), new ExcludeFromReminders(acting.accountId(), acting.loginId(), excluded),
                (command, context) -> VersionedSave.setting(command.accountId(), command.excluded()
                                ? AuditAction.REMINDERS_EXCLUDED : AuditAction.REMINDERS_INCLUDED, "",
                        () -> companies.setExcludedFromReminders(command.accountId(), command.excluded())));
    }
}
