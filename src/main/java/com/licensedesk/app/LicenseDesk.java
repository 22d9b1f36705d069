package com.licensedesk.app;

import com.licensedesk.domain.StorageTrouble;

import com.licensedesk.settings.Settings;
import com.licensedesk.receipts.ReceiptService;
import com.licensedesk.directory.SameCompany;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.store.JooqJournal;
import com.licensedesk.store.JooqPlace;
import com.licensedesk.change.Handlers;
import com.licensedesk.auth.Argon2PasswordHasher;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.sync.SyncImport;
import com.licensedesk.sync.SyncReview;
import com.licensedesk.sync.SyncReplies;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.CompanyInfoService;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.PasswordResetService;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.RememberedLoginId;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.auth.SignInRetention;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.BatchKeyService;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.LegalTexts;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.directory.Directory;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.desk.OutboxAdministration;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.operators.OwnAccountService;
import com.licensedesk.operators.StaffSignInService;
import com.licensedesk.mail.Outbox;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.mail.OutboxSender;
import com.licensedesk.mail.SentMailRetention;
import com.licensedesk.mail.SmtpTransport;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.kiosks.JoinService;
import com.licensedesk.sync.KioskSync;
import com.licensedesk.store.DailyBackups;
import com.licensedesk.store.Database;
import com.licensedesk.store.Repositories;
import com.licensedesk.store.JooqAccountRepository;
import com.licensedesk.store.JooqAuditLog;
import com.licensedesk.store.JooqDirectory;
import com.licensedesk.store.JooqExpiryBoard;
import com.licensedesk.store.JooqReminders;
import com.licensedesk.expiry.DailyReminders;
import com.licensedesk.expiry.ExpiryBoard;
import com.licensedesk.expiry.ReminderMail;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.store.JooqOperatorRepository;
import com.licensedesk.store.JooqCatalogRepository;
import com.licensedesk.store.JooqCompanyRepository;
import com.licensedesk.store.JooqLicenceRepository;
import com.licensedesk.store.JooqOutboxRepository;
import com.licensedesk.store.JooqResetCodes;
import com.licensedesk.store.ServerClock;
import com.licensedesk.store.JooqSignInAttempts;
import com.licensedesk.store.JooqTwoFactor;
import com.licensedesk.ui.Formats;
import com.licensedesk.i18n.Messages;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.auth.SignInMail;
import com.licensedesk.auth.DeskThrottle;
import com.licensedesk.auth.EvenAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.file.Files;
import com.licensedesk.files.OwnerOnly;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.licensedesk.settings.HomeLink;
import com.licensedesk.setup.SetupCode;
import com.licensedesk.ui.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of everything but the window: it builds each service once, from the configuration, and is
 * shared by the window and the command line. Nothing here is static.
 */
public final class LicenseDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LicenseDesk.class);
    private static final Duration MAIL_ROUND = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKUP_CHECK = Duration.ofMinutes(10);

    final Settings config;
    final Clock clock;
    final Messages messages;
    final Database database;
    final CatalogRepository catalog;
    final JooqAccountRepository accounts;
    final CompanyRepository companies;
    final LicenceRepository licences;
    final OutboxRepository outboxMail;
    final AuditLog audit;
    final ChangePipeline pipeline;
    /** What home replays a kiosk's entries through. */
    final Handlers replayHandlers;
    final OutboxSender mailSender;
    final KeyAvailability keyAvailability;
    final CatalogImporter catalogImporter;
    final KioskService kiosks;
    final SyncImport syncImport;
    final SyncReplies syncReplies;
    final SyncReview syncReview;
    final RegistrationService registration;
    final AddKeyService addKey;
    final BatchKeyService batchKeys;
    final SignInService signIn;
    final CompanyInfoService companyInfo;
    final UserInfoService userInfo;
    final PasswordChangeService passwordChange;
    final PasswordResetService passwordReset;
    final TwoFactorService twoFactor;
    final SettingsFile settingsFile;
    final SetupCode setupCode;
    final RememberedLoginId rememberedLoginId;
    final LegalTexts legal;
    final OperatorService operators;
    final TemporaryPasswordService temporaryPasswords;
    final ReceiptService receipts;
    final OutboxAdministration outboxAdministration;
    final SameCompany sameCompany;
    final StaffSignInService staffSignIn;
    final OwnAccountService ownAccount;
    final JoinService joinHome;
    final KioskSync kioskSync;
    final Directory directory;
    final ExpiryBoard expiryBoard;
    final RenewalReminders reminders;
    private final SentMailRetention sentMailRetention;
    private final SignInRetention signInRetention;
    final String deskName;
    final ExecutorService background;
    /**
     * Where cancelled work is stopped (a statement interrupted): never the FX thread, since a server's cancel is a
     * round trip to it, and not {@link #background}, whose threads may all be busy with the work to stop.
     */
    final ExecutorService stopping;
    private final ScheduledExecutorService mailScheduler;
    private final JooqTwoFactor twoFactorStore;
    /** Backups have their own thread: a slow mail server never delays them, nor they the mail. */
    private final ScheduledExecutorService backupScheduler;
    /** The shared server's clock as this desk follows it; null on the embedded database. */
    private final ServerClock serverClock;

    /** {@code inBackground}: the database opens later, on a thread of its own; see {@link #starting}. */
    private LicenseDesk(Settings config, Clock deskClock, PasswordHasher hasher, boolean inBackground) {
        this.config = config;
        this.messages = new Messages(config.locale(), config.vendorName());
        config.problem(messages).ifPresent(problem -> {
            throw new StartProblem(problem);
        });
        // The data directory and what is in it are the owner's alone, also when an older version left them open.
        OwnerOnly.folder(config.home());
        Path properties = config.propertiesFile();
        if (Files.isRegularFile(properties)) {
            OwnerOnly.file(properties);
        }
        this.database = inBackground ? Database.openLater(connect(config, migrates(config)))
                : openDatabase(config, messages);
        // Desks sharing a server take their times from it; an embedded database has one desk, and its clock.
        this.serverClock = database.isSqlite() ? null : inBackground
                ? ServerClock.unmeasured(deskClock, database::serverTime)
                : new ServerClock(deskClock, database::serverTime);
        Clock clock = serverClock == null ? deskClock : serverClock;
        this.clock = clock;
        SecretBox secrets;
        try {
            // A database this desk has just created holds no sealed secret: no need to wait for it to open.
            secrets = SecretKeys.load(config, messages, !database.isSqlite(),
                    () -> !database.isNew() && JooqTwoFactor.anySealed(database), new SecureRandom());
        } catch (StartProblem e) {
            database.close();
            throw e;
        } catch (RuntimeException e) {
            // Asking for sealed secrets waited for a database opening in the background, and it could not be opened.
            database.close();
            throw unopened(config, messages, e);
        }
        Services.Parts parts = Services.Parts.of(config, messages, clock, hasher, secrets);
        this.deskName = parts.deskName();
        Services services = Services.wire(Repositories.on(database, clock, deskName, secrets), parts);
        Repositories store = services.store;
        this.catalog = store.catalog();
        this.accounts = store.accounts();
        this.companies = store.companies();
        this.licences = store.licences();
        this.outboxMail = store.outbox();
        this.audit = store.audit();
        this.twoFactorStore = store.twoFactor();
        this.directory = store.directory();
        this.expiryBoard = store.expiryBoard();
        this.pipeline = services.pipeline;
        this.mailSender = services.mailSender;
        this.keyAvailability = services.keyAvailability;
        this.catalogImporter = services.catalogImporter;
        this.kiosks = services.kiosks;
        this.syncImport = services.syncImport;
        this.syncReplies = services.syncReplies;
        this.syncReview = services.syncReview;
        this.legal = services.legal;
        this.registration = services.registration;
        this.addKey = services.addKey;
        this.batchKeys = services.batchKeys;
        this.signIn = services.signIn;
        this.companyInfo = services.companyInfo;
        this.userInfo = services.userInfo;
        this.passwordChange = services.passwordChange;
        this.passwordReset = services.passwordReset;
        this.twoFactor = services.twoFactor;
        this.operators = services.operators;
        this.staffSignIn = services.staffSignIn;
        this.ownAccount = services.ownAccount;
        this.temporaryPasswords = services.temporaryPasswords;
        this.reminders = services.reminders;
        this.sameCompany = services.sameCompany;
        this.outboxAdministration = services.outboxAdministration;
        this.receipts = services.receipts;
        this.settingsFile = services.settingsFile;
        this.setupCode = services.setupCode;
        this.rememberedLoginId = services.rememberedLoginId;
        this.replayHandlers = services.replayHandlers;
        this.joinHome = services.joinHome;
        this.kioskSync = services.kioskSync;
        this.sentMailRetention = new SentMailRetention(outboxMail, clock, config.sentMailDays());
        this.signInRetention = new SignInRetention(store.signInAttempts(), clock, config.signInDays());
        this.background = Executors.newFixedThreadPool(2, daemonThreads("license-desk-worker"));
        this.stopping = Executors.newSingleThreadExecutor(daemonThreads("license-desk-stop"));
        this.mailScheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("license-desk-mail"));
        this.backupScheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("license-desk-backup"));
    }

    /** Opens the database (creating and migrating it if need be) and builds the services. */
    public static LicenseDesk open(Settings config, Clock clock) {
        return open(config, clock, new Argon2PasswordHasher());
    }

    static LicenseDesk open(Settings config, Clock clock, PasswordHasher hasher) {
        LicenseDesk app = new LicenseDesk(config, clock, hasher, false);
        app.settle();
        return app;
    }

    /**
     * For the window: the services at once, and the database opened later on a thread of its own, so that the first
     * screen is on view before the database is (work for the database waits for it, off the FX thread). Then
     * {@link #finishOpening()}, once the window is shown.
     */
    static LicenseDesk starting(Settings config, Clock clock) {
        return new LicenseDesk(config, clock, new Argon2PasswordHasher(), true);
    }

    /**
     * Opens the database {@link #starting} left for later (unless something needed it before) and waits for it, then
     * does the start's work on it. A database that cannot be opened is a {@link StartProblem}. Waits: call it off
     * the FX thread.
     */
    void finishOpening() {
        try {
            database.awaitOpen();
        } catch (RuntimeException e) {
            throw unopened(config, messages, e);
        }
        if (serverClock != null) {
            serverClock.resync();
        }
        settle();
    }

    /**
     * The start's work on an open database: secrets an older version kept in clear sealed, the demo catalogue, the
     * set-up code while the desk is still to be set up.
     */
    private void settle() {
        int sealed = twoFactorStore.sealSecretsKeptInClear();
        if (sealed > 0) {
            LOG.info("{} two-factor secrets kept in clear by an older version are sealed now", sealed);
        }
        loadDemoCatalogueIfEmpty();
        setupCode.keep();
    }

    /**
     * The demo catalogue, on a new embedded database only (a shared one gets the vendor's catalogue); desks starting at
     * the same moment may both get here, and the keys are added once.
     */
    private void loadDemoCatalogueIfEmpty() {
        if (!database.isSqlite() || !config.demo() || catalog.count() > 0 || accounts.count() > 0) {
            return;
        }
        int added = catalog.addMissing(DemoCatalog.entries(LocalDate.now(clock.withZone(Formats.JAPAN))));
        if (added > 0) {
            LOG.info("Loaded the demo key catalogue into the new database");
        }
    }

    /**
     * The database, with the user and password from their own settings; a server that cannot be reached or a schema
     * that cannot be brought up to date is a start problem in one line, not a stack trace.
     */
    static Database openDatabase(Settings config, Messages messages) {
        return openDatabase(config, messages, migrates(config));
    }

    /** {@code migrates}: false for desks whose database user has no DDL rights (see {@code db migrate}). */
    static Database openDatabase(Settings config, Messages messages, boolean migrates) {
        try {
            return Database.open(connect(config, migrates));
        } catch (RuntimeException e) {
            throw unopened(config, messages, e);
        }
    }

    private static boolean migrates(Settings config) {
        return config.migratesDatabase();
    }

    private static Database.Connect connect(Settings config, boolean migrates) {
        return new Database.Connect(config.databaseUrl(), config.databaseUser(), config.databasePassword(),
                config.deskName(), migrates);
    }

    /** Why the database could not be opened, in one line for the user. */
    private static StartProblem unopened(Settings config, Messages messages, RuntimeException e) {
        if (e instanceof Database.SchemaBehind behind) {
            return new StartProblem(messages.get("start.database.behind", behind.pending()), behind);
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // The URL without its query: it may carry a password.
        String url = config.databaseUrl();
        String shown = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return new StartProblem(messages.get("start.database.unreachable", shown,
                String.valueOf(cause.getMessage()).lines().findFirst().orElse("")), e);
    }

    /**
     * At a kiosk that joined its home, with a sync folder: home's replies there are read, then every entry home has
     * not settled is written there as a bundle, as {@code tasks}' background work. Nothing at a desk. A folder that
     * is not there (the stick pulled out) is tried again at the next session's end.
     */
    void carryToHome(Tasks tasks) {
        config.syncFolder().ifPresent(folder -> tasks.run(() -> {
            if (kioskSync.state().isPresent()) {
                kioskSync.readReplies(folder);
                kioskSync.export(folder);
            }
            return null;
        }, done -> { }, failed -> LOG.warn("The kiosk's bundle for home could not be written into {}: {}", folder,
                failed.getMessage())));
    }

    /** The kiosk's link to its home, as its settings screen shows and uses it. */
    HomeLink homeLink() {
        return new HomeLink() {
            @Override
            public Optional<Status> status() {
                return kioskSync.state().map(state -> new Status(state.lastSent(), state.lastHeard(),
                        state.waiting()));
            }

            @Override
            public Optional<String> exportNow(Path folder) {
                kioskSync.readReplies(folder);
                return kioskSync.export(folder).map(file -> file.getFileName().toString());
            }
        };
    }

    /** Starts delivering the outbox in the background (the window does; the command line sends on request). */
    void startMail() {
        mailSender.start(mailScheduler, MAIL_ROUND);
        if (serverClock != null) {
            // The mail thread's timer also keeps the server's clock followed: a minute's drift is far below a lock.
            mailScheduler.scheduleWithFixedDelay(quietly(serverClock::resync,
                    "Could not read the database server's time; keeping the last offset"), 1, 1, TimeUnit.MINUTES);
        }
    }

    /**
     * The day's work while the window is open, checked every hour: a backup of an embedded database (first looked at
     * ten minutes after the start), sent mail and sign-in attempts past their days deleted (daily), and on a desk (not
     * a kiosk) the renewal reminders due that day. Reminders are recorded per licence, so every desk sharing a
     * database may run them and each is still sent once. The jobs are their features'; when and on which thread they run is decided here and in
     * {@link #startMail} (docs/decisions/scheduled-jobs-with-their-features.md).
     */
    void startDailyWork() {
        if (database.isSqlite()) {
            DailyBackups backups = new DailyBackups(database, config.home().resolve("backups"), clock);
            // First looked at ten minutes in: the copy of a big file reads all of it, and at the window's start that
            // competes with the person's first searches.
            backupScheduler.scheduleWithFixedDelay(quietly(backups::runIfDue, "The daily backup failed"),
                    FIRST_BACKUP_CHECK.toMinutes(), 60, TimeUnit.MINUTES);
        }
        backupScheduler.scheduleWithFixedDelay(quietly(sentMailRetention::prune, "Deleting old sent mail failed"),
                2, 24 * 60, TimeUnit.MINUTES);
        backupScheduler.scheduleWithFixedDelay(quietly(signInRetention::prune, "Deleting old sign-in attempts failed"),
                2, 24 * 60, TimeUnit.MINUTES);
        if (!config.kiosk() && !reminders.thresholds().isEmpty()) {
            DailyReminders daily = new DailyReminders(reminders, clock);
            backupScheduler.scheduleWithFixedDelay(quietly(daily::runIfDue, "Sending the renewal reminders failed"),
                    1, 60, TimeUnit.MINUTES);
        }
    }

    /**
     * Timed work that fails is logged and tried again next time; it never stops its timer. Storage trouble is logged
     * in a line: the store logged its trace when it began.
     */
    private static Runnable quietly(Runnable work, String failure) {
        return () -> {
            try {
                work.run();
            } catch (StorageTrouble e) {
                LOG.warn("{}: {}", failure, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn(failure, e);
            }
        };
    }

    /** The product's version, from the build. */
    static String version() {
        Properties build = new Properties();
        try (InputStream in = LicenseDesk.class.getResourceAsStream("/license-desk-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version", "development");
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Closes in order: no new mail round; the mail attempt in flight finished and recorded, and the mail this desk
     * claimed and did not try let go for another desk at once (at most 70 s with SMTP, see {@link OutboxSender#stop});
     * only then the pool. The mail thread is not interrupted under an attempt.
     */
    @Override
    public void close() {
        mailScheduler.shutdown();
        if (mailSender.stop()) {
            // Only queued work is left on the mail thread (rounds that would find the sender stopped): dropped.
            mailScheduler.shutdownNow();
        } else {
            LOG.warn("A mail attempt had not ended when the desk closed; its mail goes again once its lease ends");
        }
        backupScheduler.shutdownNow();
        background.shutdownNow();
        stopping.shutdownNow();
        database.close();
    }
}
