package com.licensedesk.app;

import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.CatalogEntry;
import org.slf4j.LoggerFactory;
import java.util.List;
import com.licensedesk.registration.RegistrationFormViewModel;
import com.licensedesk.receipts.ReceiptScreens;
import com.licensedesk.account.AccountScreens;
import com.licensedesk.auth.AuthScreens;
import com.licensedesk.auth.PasswordChangeWatch;
import com.licensedesk.company.CompanyScreens;
import com.licensedesk.licences.LicenceScreens;
import com.licensedesk.mail.SmtpTransport;
import com.licensedesk.registration.RegistrationScreens;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.desk.DeskStatusViewModel;
import com.licensedesk.directory.DirectoryScreens;
import com.licensedesk.desk.DeskScreens;
import com.licensedesk.expiry.ExpiryScreens;
import com.licensedesk.catalog.CatalogScreens;
import com.licensedesk.kiosks.KioskScreens;
import com.licensedesk.sync.SyncScreens;
import com.licensedesk.operators.OperatorScreens;
import com.licensedesk.postal.PostalCodes;
import javafx.application.Platform;
import javafx.scene.Parent;
import com.licensedesk.settings.SettingsScreens;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where each feature registers its screens with the window: one line a feature, and the few places where one
 * feature's screen leads to another's. A new screen is declared in its feature's {@code XxxScreens}.
 */
final class ScreenWiring {
    private final LicenseDesk desk;
    private final Session session;
    private final DeskWindow window;
    private final ScreenRegistry screens = new ScreenRegistry();
    private final SessionKeeper keeper;
    private final AuthScreens auth;
    private final LicenceScreens licences;
    private final OperatorScreens operators;
    private final ReceiptScreens receipts;
    private final FxTasks tasks;
    private String actingCompany = "";
    private Optional<Parent> actingEnded = Optional.empty();

    ScreenWiring(LicenseDesk desk, Session session, FxTasks tasks, DeskWindow window, Browser browser,
                 Consumer<UnaryOperator<Settings>> restart) {
        this.desk = desk;
        this.session = session;
        this.window = window;
        this.tasks = tasks;
        ScreenContext context = new ScreenContext(session, tasks, window, desk.messages, desk.clock,
                window.dialogs());
        boolean kiosk = desk.config.kiosk();
        this.keeper = new SessionKeeper(session, new IdleWatch(desk.clock, desk.config.idleTime()), tasks,
                new PasswordChangeWatch(desk.accounts), window, kiosk, this::signedOut, window::closeDialogs,
                () -> desk.carryToHome(tasks));
        // Read as the window's background work, so that tests wait for it as for any other.
        PostalCodes postalCodes = PostalCodes.loadingOn(reading -> tasks.run(() -> {
            reading.run();
            return null;
        }, done -> { }, failed -> { }));
        int warningDays = desk.config.expiringDays();
        licences = new LicenceScreens(screens, context, desk.licences, desk.keyAvailability, desk.addKey,
                desk.batchKeys, desk.legal, browser, warningDays, this::keysAdded);
        auth = new AuthScreens(screens, context, desk.signIn, desk.passwordChange, desk.rememberedLoginId, desk.passwordReset,
                desk.mailSender::canSend, !kiosk && desk.config.rememberLoginId(),
                new AuthScreens.Exits(RegistrationScreens.START, SettingsScreens.SETTINGS,
                        kiosk ? Optional.empty() : Optional.of(OperatorScreens.STAFF_SIGN_IN),
                        signedIn -> open(Acting.self(signedIn.accountId(), signedIn.loginId()))));
        RegistrationScreens.register(screens, context, desk.keyAvailability, desk.registration, desk.legal, warningDays,
                kiosk ? Optional.empty() : Optional.of(new RegistrationFormViewModel.AtDesk(desk.sameCompany,
                        desk.addKey, desk.clock)), postalCodes,
                new RegistrationScreens.Exits(key -> {
                    licences.carryKey(key);
                    window.show(AuthScreens.LOGIN);
                }, () -> restart.accept(config -> config.with(Setting.LOCALE,
                        desk.messages.locale().getLanguage().equals("en") ? "ja" : "en")),
                        () -> window.show(SettingsScreens.SETTINGS),
                        kiosk ? Optional.empty() : Optional.of(() -> window.show(OperatorScreens.STAFF_SIGN_IN)),
                        this::registered));
        CompanyScreens.register(screens, context, desk.companyInfo, postalCodes);
        AccountScreens.register(screens, context, desk.userInfo, desk.passwordChange, desk.twoFactor,
                desk.temporaryPasswords,
                keeper::passwordChangedHere);
        SettingsScreens.register(screens, context, desk.settingsFile, desk.setupCode, SmtpTransport::new,
                () -> restart.accept(Settings::reload), kiosk,
                () -> session.staff().isPresent() ? DirectoryScreens.DIRECTORY : RegistrationScreens.START,
                desk.homeLink());
        operators = new OperatorScreens(screens, context, desk.staffSignIn, desk.operators, desk.ownAccount,
                this::staffSignedIn, RegistrationScreens.START);
        DirectoryScreens.register(screens, context, desk.directory,
                row -> actFor(row.accountId(), row.companyName(), row.loginId()),
                () -> window.show(RegistrationScreens.START));
        DeskScreens.register(screens, context, desk.audit, desk.operators, desk.outboxAdministration, desk.deskName,
                this::actFor, desk.mailSender::wake);
        CatalogScreens.register(screens, context, desk.catalogImporter);
        KioskScreens.register(screens, context, desk.kiosks);
        SyncScreens.register(screens, context, desk.syncImport, desk.syncReplies, desk.kiosks,
                desk.config.syncFolder(), desk.syncReview);
        ExpiryScreens.register(screens, context, desk.expiryBoard, desk.reminders,
                desk.config.expiryWindows(),
                licence -> actFor(licence.accountId(), licence.companyName(), licence.loginId()));
        receipts = new ReceiptScreens(screens, context, () -> {
            if (session.current().isPresent()) {
                keeper.closeCustomer();
            }
            window.show(RegistrationScreens.START);
        });
        keeper.clears(screens.personalData(), new SessionKeeper.StaffExits() {
            @Override
            public void signedOut(SessionKeeper.SignOutReason reason) {
                operators.notice(desk.messages.get(reason == SessionKeeper.SignOutReason.IDLE
                        ? "staff.notice.idle" : "staff.notice.signedOut"));
                window.show(OperatorScreens.STAFF_SIGN_IN);
            }

            @Override
            public void actingEnded() {
                window.show(DirectoryScreens.DIRECTORY);
            }
        });
    }

    ScreenRegistry screens() {
        return screens;
    }

    SessionKeeper keeper() {
        return keeper;
    }

    MainMenuView menu() {
        return new MainMenuView(session, window, () -> keeper.signOut(SessionKeeper.SignOutReason.LOGOUT),
                window.dialogs(), desk.messages, LicenseDesk.version(), desk.database::schemaVersion,
                HelpContact.of(desk.config, desk.messages));
    }

    DeskMenuView deskMenu() {
        // A desk screen opened from the menu while acting ends acting: said above that screen, not silently.
        return new DeskMenuView(session, window, () -> {
            if (session.current().isPresent()) {
                actingEnded = Optional.of(endedWord());
                keeper.closeCustomer();
            }
        }, () -> keeper.signOutStaff(SessionKeeper.SignOutReason.LOGOUT), desk.messages);
    }

    DeskStatusViewModel status(FxTasks tasks) {
        DeskStatusViewModel status = new DeskStatusViewModel(desk.outboxMail, session, tasks, desk.messages,
                desk.deskName, desk.config.smtp().map(SmtpSettings::host));
        // The store meets trouble on background threads; the bar is told on the FX thread, as it is by then.
        desk.database.watchStorage(() -> Platform.runLater(
                () -> status.storageTrouble(desk.database.storageTrouble())));
        status.storageTrouble(desk.database.storageTrouble());
        return status;
    }

    /** The banner above a customer's screens while the operator acts for them. */
    Parent actingBanner() {
        return ActingBanner.of(desk.messages, actingCompany, session.current().map(Acting::loginId).orElse(""),
                () -> {
                    actingEnded = Optional.of(endedWord());
                    keeper.endActing();
                });
    }

    /** The word that acting ended, once, for the screen shown next. */
    Optional<Parent> takeActingEnded() {
        Optional<Parent> word = actingEnded;
        actingEnded = Optional.empty();
        return word;
    }

    private Parent endedWord() {
        return ActingBanner.ended(desk.messages, actingCompany, session.current().map(Acting::loginId).orElse(""));
    }

    private void staffSignedIn(StaffMember member) {
        keeper.beginStaff(member);
        window.show(DirectoryScreens.DIRECTORY);
    }

    private void actFor(long accountId, String companyName, String loginId) {
        actingCompany = companyName;
        keeper.begin(session.staff().orElseThrow().actingFor(accountId, loginId));
        window.show(LicenceScreens.PRODUCTS);
    }

    private void open(Acting acting) {
        keeper.begin(acting);
        window.show(licences.firstScreen());
    }

    /** Keys were added to the open account (one, or a batch): at the desk one receipt follows. */
    private void keysAdded(Acting acting, List<CatalogEntry> entries) {
        session.staff().filter(operator -> acting.atDesk())
                .ifPresent(operator -> showReceipt(acting.accountId(), entries, operator));
    }

    private void showReceipt(long accountId, List<CatalogEntry> entries, StaffMember operator) {
        tasks.run(() -> desk.receipts.receipt(accountId, entries.stream().map(CatalogEntry::key).toList(), operator),
                receipts::show,
                failure -> LoggerFactory.getLogger(ScreenWiring.class).error("The receipt could not be made", failure));
    }

    private void registered(RegistrationService.Registered registered) {
        if (session.staff().isPresent()) {
            // At the desk: the receipt, and the next registration one key press away; the customer is in 本日の作業.
            showReceipt(registered.accountId(), List.of(registered.entry()), session.staff().get());
            return;
        }
        licences.announceRegistration(registered.entry().product(), registered.confirmedByHome());
        Acting acting = session.staff()
                .map(member -> member.actingFor(registered.accountId(), registered.loginId()))
                .orElseGet(() -> Acting.self(registered.accountId(), registered.loginId()));
        actingCompany = registered.companyName();
        keeper.begin(acting);
        window.show(LicenceScreens.PRODUCTS);
    }

    private void signedOut(SessionKeeper.SignOutReason reason) {
        auth.notice(desk.messages.get(switch (reason) {
            case LOGOUT -> "auth.login.notice.signedOut";
            case IDLE -> "auth.login.notice.idle";
            case PASSWORD_CHANGED_ELSEWHERE -> "auth.login.notice.passwordChanged";
        }));
        window.show(AuthScreens.LOGIN);
    }
}
