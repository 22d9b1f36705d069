package com.licensedesk.app;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.DeskThrottle;
import com.licensedesk.auth.EvenAnswer;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.PasswordResetService;
import com.licensedesk.auth.RememberedLoginId;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.auth.SignInMail;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.CommandJson;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.CompanyInfoService;
import com.licensedesk.desk.OutboxAdministration;
import com.licensedesk.directory.SameCompany;
import com.licensedesk.expiry.ReminderMail;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.i18n.Messages;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.BatchKeyService;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.LegalTexts;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.MailTransport;
import com.licensedesk.mail.Outbox;
import com.licensedesk.mail.OutboxSender;
import com.licensedesk.mail.SmtpTransport;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.operators.OwnAccountService;
import com.licensedesk.operators.StaffSignInService;
import com.licensedesk.receipts.ReceiptService;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.change.Handlers;
import com.licensedesk.kiosks.JoinService;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.kiosks.PlaceKeyring;
import com.licensedesk.kiosks.TwoFactorSecretsForHome;
import com.licensedesk.sync.KioskSync;
import com.licensedesk.sync.PipelineReplay;
import com.licensedesk.sync.SyncImport;
import com.licensedesk.sync.SyncReplies;
import com.licensedesk.sync.SyncReview;
import com.licensedesk.settings.Settings;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.setup.SetupCode;
import com.licensedesk.store.Database;
import com.licensedesk.store.Repositories;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one place where each service is built with its collaborators: {@link LicenseDesk} wires the application with
 * it, and the tests' fixture wires theirs with it, with a test's collaborators where it asks for them. No threads:
 * the mail sender is built here, started and stopped by {@link LicenseDesk}.
 */
public final class Services {
    public final Repositories store;
    public final ChangePipeline pipeline;
    public final OutboxSender mailSender;
    public final KeyAvailability keyAvailability;
    public final CatalogImporter catalogImporter;
    public final LegalTexts legal;
    public final RegistrationService registration;
    public final AddKeyService addKey;
    public final BatchKeyService batchKeys;
    public final Totp totp = new Totp();
    public final SignInService signIn;
    public final CompanyInfoService companyInfo;
    public final UserInfoService userInfo;
    public final PasswordChangeService passwordChange;
    public final PasswordResetService passwordReset;
    public final TwoFactorService twoFactor;
    public final OperatorService operators;
    public final StaffSignInService staffSignIn;
    public final OwnAccountService ownAccount;
    public final TemporaryPasswordService temporaryPasswords;
    public final RenewalReminders reminders;
    public final SameCompany sameCompany;
    public final OutboxAdministration outboxAdministration;
    public final ReceiptService receipts;
    public final SettingsFile settingsFile;
    public final SetupCode setupCode;
    public final RememberedLoginId rememberedLoginId;
    /** The handlers home replays kiosks' entries with: the desks' own. */
    public final Handlers replayHandlers;
    public final PlaceKeyring keyring;
    public final KioskService kiosks;
    public final JoinService joinHome;
    public final SyncImport syncImport;
    public final SyncReplies syncReplies;
    public final SyncReview syncReview;
    public final KioskSync kioskSync;

    /**
     * What the services are built from beside the store. {@link #of} gives the application's: mail to the configured
     * SMTP server, the desk throttle's and the reset answer's real waits. A test gives its own.
     *
     * @param deskName    where changes made here are entered, and who sends this desk's mail
     * @param pause       how this desk waits when the throttle slows its sign-ins down
     * @param resetAnswer how a password reset request takes the same time whatever it found
     * @param mailWritten told, after the sender is woken, once a change that wrote mail has committed (nothing in
     *                    the application; a test that watches the commit)
     */
    public record Parts(Settings settings, String deskName, Messages messages, Clock clock, PasswordHasher hasher,
                        SecretBox secrets, Optional<MailTransport> transport, Consumer<Duration> pause,
                        EvenAnswer resetAnswer, Runnable mailWritten) {

        public static Parts of(Settings settings, Messages messages, Clock clock, PasswordHasher hasher,
                               SecretBox secrets) {
            return new Parts(settings, settings.deskName(), messages, clock, hasher, secrets,
                    settings.smtp().map(SmtpTransport::new), DeskThrottle::sleep,
                    EvenAnswer.taking(PasswordResetService.ANSWER_TIME), () -> { });
        }
    }

    private Services(Repositories store, Parts parts) {
        this.store = store;
        Settings config = parts.settings();
        Messages messages = parts.messages();
        Clock clock = parts.clock();
        PasswordHasher hasher = parts.hasher();
        Database database = store.database();
        String deskName = parts.deskName();
        this.mailSender = new OutboxSender(store.outbox(), parts.transport(), clock, deskName, config.mailGiveUp());
        // Every committed change that wrote mail wakes the sender: the mail is on its way within a second.
        Outbox outbox = new Outbox(store.outbox(), clock, messageIdDomain(config.mailFrom()), database::afterCommit,
                () -> {
                    mailSender.wake();
                    parts.mailWritten().run();
                });
        // An enrolled kiosk (its identity names a home) journals its changes for home and sends no mail itself.
        CommandJson json = Commands.json();
        this.pipeline = new ChangePipeline(database, outbox, store.audit(), store.journal(), json, clock,
                deskName, store.place());
        this.keyAvailability = new KeyAvailability(store.catalog(), store.licences(), clock);
        this.catalogImporter = new CatalogImporter(database, store.catalog(), pipeline);
        this.legal = new LegalTexts(config.vendorName(), messages);
        MailTemplates templates = new MailTemplates(messages);
        LicenceMail licenceMail = new LicenceMail(templates, messages, store.accounts());
        this.registration = new RegistrationService(pipeline, keyAvailability, store.accounts(), store.companies(),
                store.licences(), licenceMail, hasher);
        this.addKey = new AddKeyService(pipeline, keyAvailability, store.licences(), store.companies(), licenceMail);
        this.batchKeys = new BatchKeyService(keyAvailability, store.catalog(), addKey, pipeline);
        SecureRandom random = new SecureRandom();
        OneTimeCode oneTimeCodes = new OneTimeCode(random);
        // One throttle for the customers' and the staff's sign-ins: they count together.
        DeskThrottle throttle = new DeskThrottle(clock, parts.pause());
        this.signIn = new SignInService(store.accounts(), store.signInAttempts(), pipeline, hasher, store.twoFactor(),
                totp, clock, throttle);
        SignInMail signInMail = new SignInMail(templates);
        AccountChangeMail changeMail = new AccountChangeMail(templates, messages, store.accounts());
        this.companyInfo = new CompanyInfoService(store.companies(), pipeline, changeMail);
        this.userInfo = new UserInfoService(store.accounts(), pipeline, changeMail);
        this.passwordChange = new PasswordChangeService(pipeline, store.accounts(), signIn, signInMail, hasher, clock);
        this.settingsFile = new SettingsFile(config.propertiesFile(), hasher, clock);
        // A kiosk sets up neither: no staff sign-in there, and its PIN comes from the command line.
        this.setupCode = new SetupCode(config.home(), random,
                () -> !config.kiosk() && (store.operators().count() == 0 || !settingsFile.hasPin()));
        this.operators = new OperatorService(store.operators(), pipeline, hasher, config.vendorName() + " Desk",
                setupCode);
        this.ownAccount = new OwnAccountService(store.operators(), store.signInAttempts(), pipeline, hasher, totp,
                clock, random, config.vendorName() + " Desk");
        this.staffSignIn = new StaffSignInService(store.operators(), store.signInAttempts(), pipeline, hasher, totp,
                clock, throttle);
        this.temporaryPasswords = new TemporaryPasswordService(pipeline, store.accounts(), store.signInAttempts(),
                signInMail, hasher, random);
        this.reminders = new RenewalReminders(store.reminders(), pipeline,
                new ReminderMail(templates, messages, store.accounts()), clock, config.reminderDays());
        this.sameCompany = new SameCompany(store.directory());
        this.outboxAdministration = new OutboxAdministration(store.outbox(), pipeline);
        this.receipts = new ReceiptService(store.companies(), store.accounts(), store.catalog(), deskName, clock);
        this.passwordReset = new PasswordResetService(pipeline, database, store.accounts(), store.resetCodes(),
                store.signInAttempts(), signInMail, hasher, oneTimeCodes, deskName, clock, parts.resetAnswer());
        this.keyring = new PlaceKeyring(store.placeIdentity(), database, parts.secrets().keyForPlaceKeys(), clock,
                deskName);
        this.twoFactor = new TwoFactorService(pipeline, store.twoFactor(), store.accounts(), signIn, signInMail,
                parts.secrets(), new TwoFactorSecretsForHome(keyring), hasher, totp, oneTimeCodes, random,
                config.vendorName(), clock);
        this.replayHandlers = ReplayHandlers.of(registration, addKey, companyInfo, userInfo, passwordChange,
                twoFactor);
        this.kiosks = new KioskService(pipeline, store.kiosks(), keyring);
        this.joinHome = new JoinService(pipeline, store.placeIdentity(), keyring);
        this.syncImport = new SyncImport(store.kiosks(), store.receivedEntries(), keyring,
                new PipelineReplay(pipeline, replayHandlers, json, store.receivedEntries(), store.accounts(),
                        store.companies(), clock), pipeline, database, clock);
        this.syncReplies = new SyncReplies(store.kiosks(), store.receivedEntries(), store.catalog(), store.licences(),
                keyring, database, clock);
        this.syncReview = new SyncReview(store.receivedEntries(), store.kiosks(), pipeline, replayHandlers,
                json, store.accounts(), store.companies(), store.accounts(), store.licences(), templates,
                clock);
        this.kioskSync = new KioskSync(store.journal(), store.placeIdentity(), keyring, store.licences(),
                store.catalog(), pipeline, clock);
        this.rememberedLoginId = new RememberedLoginId(config.home().resolve("remembered-login-id"));
    }

    /** The services over {@code store}, each built once. */
    public static Services wire(Repositories store, Parts parts) {
        return new Services(store, parts);
    }

    private static String messageIdDomain(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException | StringIndexOutOfBoundsException e) {
            return "localhost";
        }
    }
}
