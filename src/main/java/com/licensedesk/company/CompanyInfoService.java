package com.licensedesk.company;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.audit.FieldChanges;
import com.licensedesk.mail.Outbox;
import com.licensedesk.store.Transactor;
import java.time.Clock;
import java.util.Optional;

/**
 * 会社情報: each tab is saved on its own, with its mail to the support contact and an audit record of what changed,
 * in one transaction. A save that changes nothing writes nothing and sends nothing.
 */
public final class CompanyInfoService {
    static final String SCREEN = "company.title";

    private final Transactor transactor;
    private final CompanyRepository companies;
    private final Outbox outbox;
    private final AccountChangeMail mail;
    private final AuditLog audit;
    private final Clock clock;

    public CompanyInfoService(Transactor transactor, CompanyRepository companies, Outbox outbox,
                              AccountChangeMail mail, AuditLog audit, Clock clock) {
        this.transactor = transactor;
        this.companies = companies;
        this.outbox = outbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    public CompanyDetails details(long accountId) {
        return companies.details(accountId);
    }

    /** ご契約者 → 送信. */
    public FieldChanges saveContractor(long accountId, String loginId, CompanyProfile contractor) {
        return transactor.inTransaction(() -> {
            CompanyDetails before = companies.details(accountId);
            FieldChanges changes = new FieldChanges();
            CompanySection.compare("", before.contractor(), contractor, changes);
            if (!changes.isEmpty()) {
                companies.updateContractor(accountId, contractor);
                String supportEmail = before.supportContact().person().email();
                mail.confirmation(supportEmail, supportEmail, loginId, SCREEN, changes).forEach(outbox::enqueue);
                record(accountId, loginId, "CONTRACTOR_CHANGED", changes);
            }
            return changes;
        });
    }

    /** サポート窓口 → 送信. A changed support address gets the mail; the old one gets a notice. */
    public FieldChanges saveSupportContact(long accountId, String loginId, SupportContact support,
                                           String emergencyEmail) {
        return transactor.inTransaction(() -> {
            CompanyDetails before = companies.details(accountId);
            FieldChanges changes = new FieldChanges();
            CompanySection.compare("support", before.supportContact().company(), support.company(), changes);
            ContactSection.compare("support", before.supportContact().person(), support.person(), changes);
            changes.compare("emergencyEmail", before.emergencyEmail(), emergencyEmail);
            if (!changes.isEmpty()) {
                companies.updateSupportContact(accountId, support, emergencyEmail);
                mail.confirmation(support.person().email(), before.supportContact().person().email(), loginId,
                        SCREEN, changes).forEach(outbox::enqueue);
                record(accountId, loginId, "SUPPORT_CONTACT_CHANGED", changes);
            }
            return changes;
        });
    }

    private void record(long accountId, String loginId, String action, FieldChanges changes) {
        audit.record(new AuditEntry(clock.instant(), Optional.of(accountId), loginId, action, changes.auditDetail()));
    }
}
