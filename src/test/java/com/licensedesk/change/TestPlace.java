package com.licensedesk.change;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.app.Commands;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.store.JooqJournal;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A database of its own with the pipeline and the services a customer uses there: at an enrolled kiosk
 * ({@value #KIOSK}, mail under {@value #KIOSK_DOMAIN}) or at a desk ({@code desk-1}).
 */
final class TestPlace implements AutoCloseable {
    static final String KIOSK = "kiosk-1";
    static final String KIOSK_DOMAIN = "kiosk.example.test";

    final TestStore store;
    final JooqJournal journal;
    final ChangePipeline pipeline;
    final RegistrationService registration;
    final UserInfoService userInfo;
    final AddKeyService addKey;

    private TestPlace(Path folder, Clock clock, Place place) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = new TestStore(folder).withDemoCatalogue();
        journal = new JooqJournal(store.database);
        pipeline = new ChangePipeline(store.database, new Outbox(store.outbox, clock, KIOSK_DOMAIN), store.audit,
                journal, Commands.json(), clock, "desk-1", place);
        KeyAvailability keys = new KeyAvailability(store.catalog, store.licences, clock);
        MailTemplates templates = new MailTemplates(Fixtures.JAPANESE);
        LicenceMail licenceMail = new LicenceMail(templates, Fixtures.JAPANESE, store.accounts);
        registration = new RegistrationService(pipeline, keys, store.accounts, store.companies, store.licences,
                licenceMail, Fixtures.CHEAP_HASHER);
        userInfo = new UserInfoService(store.accounts, pipeline,
                new AccountChangeMail(templates, Fixtures.JAPANESE, store.accounts));
        addKey = new AddKeyService(pipeline, keys, store.licences, store.companies, licenceMail);
    }

    static TestPlace kiosk(Path folder, Clock clock) {
        return new TestPlace(folder, clock, Place.kiosk(KIOSK));
    }

    static TestPlace desk(Path folder, Clock clock) {
        return new TestPlace(folder, clock, Place.desk());
    }

    @Override
    public void close() {
        store.close();
    }
}
