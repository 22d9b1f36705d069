package com.licensedesk.store;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.auth.ResetCodeRepository;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.auth.SignInAttempts;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.change.Journal;
import com.licensedesk.change.Place;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.directory.Directory;
import com.licensedesk.expiry.ExpiryBoard;
import com.licensedesk.expiry.ReminderStore;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.kiosks.PlaceIdentityRepository;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.operators.OperatorRepository;
import com.licensedesk.sync.ReceivedEntries;
import java.time.Clock;

/**
 * The store's implementation of each feature's repository, over one database: what the composition root hands the
 * services. A test puts another implementation in one place (a repository that fails) with the constructor.
 */
public record Repositories(Database database, CatalogRepository catalog, JooqAccountRepository accounts,
                           CompanyRepository companies, LicenceRepository licences, OutboxRepository outbox,
                           AuditLog audit, Journal journal, SignInAttempts signInAttempts, JooqTwoFactor twoFactor,
                           OperatorRepository operators, ResetCodeRepository resetCodes, Directory directory,
                           ExpiryBoard expiryBoard, ReminderStore reminders, Place place, KioskRepository kiosks,
                           PlaceIdentityRepository placeIdentity, ReceivedEntries receivedEntries) {

    /** {@code desk}: this desk's name in the audit log; {@code secrets} seals the two-factor secrets. */
    public static Repositories on(Database database, Clock clock, String desk, SecretBox secrets) {
        JooqOutboxRepository outbox = new JooqOutboxRepository(database);
        return new Repositories(database, new JooqCatalogRepository(database, clock),
                new JooqAccountRepository(database), new JooqCompanyRepository(database),
                new JooqLicenceRepository(database), outbox,
                new JooqAuditLog(database, desk), new JooqJournal(database), new JooqSignInAttempts(database),
                new JooqTwoFactor(database, secrets), new JooqOperatorRepository(database, secrets),
                new JooqResetCodes(database, outbox), new JooqDirectory(database), new JooqExpiryBoard(database),
                new JooqReminders(database), new JooqPlace(database), new JooqKiosks(database),
                new JooqPlaceIdentity(database), new JooqReceivedEntries(database));
    }
}
