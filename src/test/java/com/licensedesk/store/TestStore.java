package com.licensedesk.store;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.Postgres;
import com.licensedesk.change.JournalEntry;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real SQLite file under a test's temporary folder, migrated, with the demo catalogue and the repositories, as
 * {@link Repositories} builds them for the application. The services over it come from {@code testing.TestDesk}.
 */
public final class TestStore implements AutoCloseable {
    /** This desk's name in the audit log and the journal. */
    public static final String DESK = "desk-1";

    public final Database database;
    public final Repositories repositories;
    public final CatalogRepository catalog;
    public final JooqAccountRepository accounts;
    public final CompanyRepository companies;
    public final LicenceRepository licences;
    public final OutboxRepository outbox;
    public final AuditLog audit;

    /**
     * The store in {@code folder} on SQLite; in the PostgreSQL run ({@code -Dlicensedesk.test.db=postgresql}, see the
     * pom) a new database of its own on the test run's PostgreSQL instead.
     */
    public TestStore(Path folder) {
        this(folder, Fixtures.CLOCK);
    }

    /** {@code clock}: the catalogue's, for the time of an import. */
    public TestStore(Path folder, Clock clock) {
        this(Database.open(onPostgres() ? POSTGRES_BY_FOLDER.computeIfAbsent(folder.toAbsolutePath(),
                each -> Postgres.newMigratedDatabase(TestStore::migrate))
                : "jdbc:sqlite:" + folder.resolve("license-desk.db")), clock);
    }

    /** Brings the database of {@code jdbcUrl} to the newest schema, as a desk's first opening does, and closes it. */
    private static void migrate(String jdbcUrl) {
        Database.open(jdbcUrl).close();
    }

    /** One folder, one database, as on SQLite: a second store on the same folder is a second desk on it. */
    private static final Map<Path, String> POSTGRES_BY_FOLDER = new ConcurrentHashMap<>();

    /** True in the run of the store and service tests on PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("licensedesk.test.db"));
    }

    /** The repositories over a database the test opened itself. */
    public TestStore(Database database) {
        this(database, Fixtures.CLOCK);
    }

    public TestStore(Database database, Clock clock) {
        this.database = database;
        this.repositories = Repositories.on(database, clock, DESK, Fixtures.SECRETS);
        this.catalog = repositories.catalog();
        this.accounts = repositories.accounts();
        this.companies = repositories.companies();
        this.licences = repositories.licences();
        this.outbox = repositories.outbox();
        this.audit = repositories.audit();
    }

    public TestStore withDemoCatalogue() {
        catalog.save(DemoCatalog.entries(LocalDate.ofInstant(Fixtures.NOW, ZoneId.of("Asia/Tokyo"))));
        return this;
    }

    /** Rows in a table, read directly: what a test needs to prove that nothing was left behind. */
    /** The journal as written here, oldest first. */
    public List<JournalEntry> journalEntries() {
        return new JooqJournal(database).read(0, 10_000);
    }

    /** Rows in a table whose {@code column} holds {@code value}. */
    public int rowsWhere(String table, String column, String value) {
        return database.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)),
                org.jooq.impl.DSL.field(org.jooq.impl.DSL.name(column)).eq(value));
    }

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
