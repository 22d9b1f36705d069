package com.licensedesk.store;

import com.licensedesk.app.Commands;
import com.licensedesk.change.ChangePipeline;
import java.time.Clock;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.Postgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.LocalDate;
import java.time.ZoneId;

/** A real SQLite file under a test's temporary folder, migrated, with the demo catalogue and the repositories. */
public final class TestStore implements AutoCloseable {
    public final Database database;
    public final JooqCatalogRepository catalog;
    public final JooqAccountRepository accounts;
    public final JooqCompanyRepository companies;
    public final JooqLicenceRepository licences;
    public final JooqOutboxRepository outbox;
    public final JooqAuditLog audit;

    /**
     * The store in {@code folder} on SQLite; in the PostgreSQL run ({@code -Dlicensedesk.test.db=postgresql}, see the
     * pom) a new database of its own on the test run's PostgreSQL instead.
     */
    public TestStore(Path folder) {
        this(Database.open(onPostgres() ? POSTGRES_BY_FOLDER.computeIfAbsent(folder.toAbsolutePath(),
                each -> Postgres.newDatabase()) : "jdbc:sqlite:" + folder.resolve("license-desk.db")));
    }

    /** One folder, one database, as on SQLite: a second store on the same folder is a second desk on it. */
    private static final Map<Path, String> POSTGRES_BY_FOLDER = new ConcurrentHashMap<>();

    /** True in the run of the store and service tests on PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("licensedesk.test.db"));
    }

    /** The repositories over a database the test opened itself. */
    public TestStore(Database database) {
        this.database = database;
        this.catalog = new JooqCatalogRepository(database, Fixtures.CLOCK);
        this.accounts = new JooqAccountRepository(database);
        this.companies = new JooqCompanyRepository(database);
        this.licences = new JooqLicenceRepository(database);
        this.outbox = new JooqOutboxRepository(database);
        this.audit = new JooqAuditLog(database, "desk-1");
    }

    public TestStore withDemoCatalogue() {
        catalog.save(DemoCatalog.entries(LocalDate.ofInstant(Fixtures.NOW, ZoneId.of("Asia/Tokyo"))));
        return this;
    }

    public RegistrationService registration() {
        return registration(licences);
    }

    /** The registration service, with a licence repository of the test's choosing (to inject a failure). */
    public RegistrationService registration(LicenceRepository licenceRepository) {
        return registration(licenceRepository, () -> { });
    }

    /** The registration service whose outbox tells {@code mailWritten} once the registration has committed. */
    public RegistrationService registration(LicenceRepository licenceRepository, Runnable mailWritten) {
        return new RegistrationService(pipeline(Fixtures.CLOCK, mailWritten),
                new KeyAvailability(catalog, licenceRepository, Fixtures.CLOCK), accounts, companies,
                licenceRepository, new LicenceMail(new MailTemplates(Fixtures.JAPANESE), Fixtures.JAPANESE, accounts),
                Fixtures.CHEAP_HASHER);
    }

    /** The change pipeline on this store, as the composition root builds it, desk {@code desk-1}. */
    public ChangePipeline pipeline(Clock clock) {
        return new ChangePipeline(database, new Outbox(outbox, clock, "example.test"), audit, new JooqJournal(database),
                Commands.json(), clock, "desk-1");
    }

    /** The change pipeline whose outbox tells {@code mailWritten} once a change that wrote mail has committed. */
    public ChangePipeline pipeline(Clock clock, Runnable mailWritten) {
        return new ChangePipeline(database, new Outbox(outbox, clock, "example.test", database::afterCommit,
                mailWritten), audit, new JooqJournal(database), Commands.json(), clock, "desk-1");
    }

    public KeyAvailability keyAvailability() {
        return new KeyAvailability(catalog, licences, Fixtures.CLOCK);
    }

    /** Rows in a table, read directly: what a test needs to prove that nothing was left behind. */
    public int rows(String table) {
        return database.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)));
    }

    /** One statement run directly with SQL, to set up what only an older version could have left. */
    public void execute(String sql) {
        database.dsl().execute(sql);
    }

    /** One value read directly with SQL, for what no repository shows (such as a stored hash). */
    public Object value(String sql) {
        return database.dsl().fetchValue(sql);
    }

    @Override
    public void close() {
        database.close();
    }
}
