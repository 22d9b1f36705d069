package com.licensedesk.licences;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.session.Acting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 製品を追加する: a key becomes a licence of the signed-in account, with its mail to the support contact and an audit
 * record, in one transaction. Its handler adds まとめて追加's keys too.
 */
public final class AddKeyService {
    private final ChangePipeline pipeline;
    private final KeyAvailability keys;
    private final LicenceRepository licences;
    private final CompanyRepository companies;
    private final LicenceMail licenceMail;

    public AddKeyService(ChangePipeline pipeline, KeyAvailability keys, LicenceRepository licences,
                         CompanyRepository companies, LicenceMail licenceMail) {
        this.pipeline = pipeline;
        this.keys = keys;
        this.licences = licences;
        this.companies = companies;
        this.licenceMail = licenceMail;
    }

    /** {@link KeyRefused} when the key was taken, or left the catalogue, between the check and 続行. */
    public CatalogEntry add(Acting acting, ProductKey key, AgreementAcceptance agreement) {
        try {
            return pipeline.run(acting.actor(), new AddKeys(acting.accountId(), acting.loginId(), List.of(key),
                    agreement, false), this::addKeys).get(0);
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            throw new KeyRefused(KeyProblem.ALREADY_REGISTERED);
        }
    }

    /** The handler of {@link AddKeys}: every key, or none; each must still be available ({@link KeyRefused}). */
    public Outcome<List<CatalogEntry>> addKeys(AddKeys command, ChangeContext context) {
        long accountId = command.accountId();
        KeyAvailability.WhenExpired expired = command.batch()
                ? KeyAvailability.WhenExpired.REFUSED : KeyAvailability.WhenExpired.ALLOWED;
        List<CatalogEntry> entries = new ArrayList<>();
        for (ProductKey key : command.keys()) {
            CatalogEntry entry = keys.require(key, Optional.of(accountId), expired);
            licences.add(accountId, key, command.agreement(), context.now());
            entries.add(entry);
        }
        String supportEmail = companies.supportContactEmail(accountId);
        Outcome<List<CatalogEntry>> outcome = Outcome.changed(List.copyOf(entries)).mailing(command.batch()
                ? licenceMail.registeredMany(entries, supportEmail, accountId)
                : licenceMail.registered(entries.get(0), supportEmail, accountId));
        for (CatalogEntry entry : entries) {
            outcome = outcome.audited(accountId, AuditAction.LICENCE_ADDED, "key=" + entry.key() + "; product="
                    + entry.product() + "; agreement=" + command.agreement().version()
                    + (command.batch() ? "; batch=" + entries.size() : ""));
        }
        return outcome;
    }
}
