package com.licensedesk.licences;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Permission;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.mail.Outbox;
import com.licensedesk.change.Transactor;
import java.time.Clock;
import java.util.Optional;

/**
 * 製品を追加する: a key becomes a licence of the signed-in account, with its mail to the support contact and an audit
 * record, in one transaction.
 */
public final class AddKeyService {
    private final Transactor transactor;
    private final CatalogRepository catalog;
    private final LicenceRepository licences;
    private final CompanyRepository companies;
    private final Outbox outbox;
    private final LicenceMail licenceMail;
    private final AuditLog audit;
    private final Clock clock;

    public AddKeyService(Transactor transactor, CatalogRepository catalog, LicenceRepository licences,
                         CompanyRepository companies, Outbox outbox, LicenceMail licenceMail, AuditLog audit,
                         Clock clock) {
        this.transactor = transactor;
        this.catalog = catalog;
        this.licences = licences;
        this.companies = companies;
        this.outbox = outbox;
        this.licenceMail = licenceMail;
        this.audit = audit;
        this.clock = clock;
    }

    /** The key was taken, or left the catalogue, between the check and 続行. */
    public static final class KeyRefused extends RuntimeException {
        private final KeyProblem problem;

        public KeyRefused(KeyProblem problem) {
            super("Key refused: " + problem);
            this.problem = problem;
        }

        public KeyProblem problem() {
            return problem;
        }
    }

    public CatalogEntry add(Acting acting, ProductKey key, AgreementAcceptance agreement) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        long accountId = acting.accountId();
        try {
            return transactor.inTransaction(() -> {
                CatalogEntry entry = catalog.find(key)
                        .orElseThrow(() -> new KeyRefused(KeyProblem.NOT_IN_CATALOG));
                Optional<Long> owner = licences.ownerOf(key);
                if (owner.isPresent()) {
                    throw new KeyRefused(owner.get() == accountId
                            ? KeyProblem.ALREADY_REGISTERED_HERE : KeyProblem.ALREADY_REGISTERED);
                }
                licences.add(accountId, key, agreement, clock.instant());
                outbox.enqueue(licenceMail.registered(entry, companies.supportContactEmail(accountId), accountId));
                audit.record(new AuditEntry(clock.instant(), Optional.of(accountId), acting.actor(), AuditAction.LICENCE_ADDED,
                        "key=" + key + "; product=" + entry.product() + "; agreement=" + agreement.version()));
                return entry;
            });
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            throw new KeyRefused(KeyProblem.ALREADY_REGISTERED);
        }
    }
}
