package com.licensedesk.app;

import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.CatalogEntry;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
    private final LicenseDesk app;
    private final Session session;
    private final MainWindow window;
    private final ScreenRegistry screens = new ScreenRegistry();
    private final SessionKeeper keeper;
    private final AuthScreens auth;
    private final LicenceScreens licences;
    private final OperatorScreens operators;
    private final ReceiptScreens receipts;
    private final FxTasks tasks;
    private final StringProperty actingCompany = new SimpleStringProperty("");
    /** Work that can wait until the window is shown, so that it does not take the processor from its start. */
    private final List<Runnable> afterShown = new ArrayList<>();
    private Optional<Parent> actingEnded = Optional.empty();

    ScreenWiring(LicenseDesk app, Session session, FxTasks tasks, MainWindow window, Browser browser,
                 Consumer<UnaryOperator<Settings>> restart) {
        this.app = app;
        this.session = session;
        this.window = window;
        this.tasks = tasks;
        ScreenContext context = new ScreenContext(session, tasks, window, app.messages, app.clock,
                window.dialogs());
        boolean kiosk = app.config.kiosk();
        this.keeper = new SessionKeeper(session, new IdleWatch(app.clock, app.config.idleTime()), tasks,
                new PasswordChangeWatch(app.accounts), window, kiosk, this::signedOut, window::closeDialogs,
                () -> app.carryToHome(tasks));
        // Read once the window is shown, as the window's background work, so that tests wait for it as for any other.
        PostalCodes postalCodes = PostalCodes.loadingOn(reading -> afterShown.add(() -> tasks.run(() -> {
            reading.run();
            return null;
        }, done -> { }, failed -> { })));
        int warningDays = app.config.expiringDays();
        licences = new LicenceScreens(screens, context, app.licences, app.keyAvailability, app.addKey,
                app.batchKeys, app.legal, browser, warningDays, this::keysAdded);
        auth = new AuthScreens(screens, context, app.signIn, app.passwordChange, app.rememberedLoginId, app.passwordReset,
                app.mailSender::canSend, !kiosk && app.config.rememberLoginId(),
                new AuthScreens.Exits(RegistrationScreens.START, SettingsScreens.SETTINGS,
                        kiosk ? Optional.empty() : Optional.of(OperatorScreens.STAFF_SIGN_IN),
                        signedIn -> open(Acting.self(signedIn.accountId(), signedIn.loginId()))));
        RegistrationScreens.register(screens, context, app.keyAvailability, app.registration, app.legal, warningDays,
                kiosk ? Optional.empty() : Optional.of(new RegistrationFormViewModel.AtDesk(app.sameCompany,
                        app.addKey, app.clock)), postalCodes,
                new RegistrationScreens.Exits(key -> {
                    licences.carryKey(key);
                    window.show(AuthScreens.LOGIN);
                }, () -> restart.accept(config -> config.with(Setting.LOCALE,
                        app.messages.locale().getLanguage().equals("en") ? "ja" : "en")),
                        () -> window.show(SettingsScreens.SETTINGS),
                        kiosk ? Optional.empty() : Optional.of(() -> window.show(OperatorScreens.STAFF_SIGN_IN)),
                        this::registered));
        // A company renamed while acting for it: the banner and the word when acting ends name it as it is now.
        CompanyScreens.register(screens, context, app.companyInfo, postalCodes).companyName()
                .addListener((name, was, now) -> {
                    if (session.current().filter(Acting::atDesk).isPresent() && !now.isEmpty()) {
                        actingCompany.set(now);
                    }
                });
        AccountScreens.register(screens, context, app.userInfo, app.passwordChange, app.twoFactor,
                app.temporaryPasswords,
                keeper::passwordChangedHere);
        SettingsScreens.register(screens, context, app.settingsFile, app.setupCode, SmtpTransport::new,
                () -> restart.accept(Settings::reload), kiosk,
                () -> session.staff().isPresent() ? DirectoryScreens.DIRECTORY : RegistrationScreens.START,
                app.homeLink());
        operators = new OperatorScreens(screens, context, app.staffSignIn, app.operators, app.ownAccount,
                this::staffSignedIn, RegistrationScreens.START);
        DirectoryScreens.register(screens, context, app.directory, warningDays,
                row -> actFor(row.accountId(), row.companyName(), row.loginId()),
                () -> window.show(RegistrationScreens.START));
        DeskScreens.register(screens, context, app.audit, app.operators, app.outboxAdministration, app.deskName,
                this::actFor, app.mailSender::wake);
        CatalogScreens.register(screens, context, app.catalogImporter);
        KioskScreens.register(screens, context, app.kiosks);
        SyncScreens.register(screens, context, app.syncImport, app.syncReplies, app.kiosks,
                app.config.syncFolder(), app.syncReview);
        ExpiryScreens.register(screens, context, app.expiryBoard, app.reminders,
                app.config.expiryWindows(),
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
                operators.notice(app.messages.get(reason == SessionKeeper.SignOutReason.IDLE
                        ? "staff.notice.idle" : "staff.notice.signedOut"));
                window.show(OperatorScreens.STAFF_SIGN_IN);
            }

            @Override
            public void actingEnded() {
                window.show(DirectoryScreens.DIRECTORY);
            }
        });
    }

    /** The window is on view: what waited for it starts. */
    void windowShown() {
        afterShown.forEach(Runnable::run);
        afterShown.clear();
    }

    ScreenRegistry screens() {
        return screens;
    }

    SessionKeeper keeper() {
        return keeper;
    }

    MainMenuView menu() {
        return new MainMenuView(session, window, () -> keeper.signOut(SessionKeeper.SignOutReason.LOGOUT),
                window.dialogs(), app.messages, LicenseDesk.version(), app.database::schemaVersion,
                HelpContact.of(app.config, app.messages));
    }

    DeskMenuView deskMenu() {
        // A desk screen opened from the menu while acting ends acting: said above that screen, not silently.
        return new DeskMenuView(session, window, () -> {
            if (session.current().isPresent()) {
                actingEnded = Optional.of(endedWord());
                keeper.closeCustomer();
            }
        }, () -> keeper.signOutStaff(SessionKeeper.SignOutReason.LOGOUT), app.messages);
    }

    DeskStatusViewModel status(FxTasks tasks) {
        DeskStatusViewModel status = new DeskStatusViewModel(app.outboxMail, session, tasks, app.messages,
                app.deskName, app.config.smtp().map(SmtpSettings::host));
        // The store meets trouble on background threads; the bar is told on the FX thread, as it is by then.
        app.database.watchStorage(() -> Platform.runLater(
                () -> status.storageTrouble(app.database.storageTrouble())));
        status.storageTrouble(app.database.storageTrouble());
        return status;
    }

    /** The banner above a customer's screens while the operator acts for them. */
    Parent actingBanner() {
        return ActingBanner.of(app.messages, actingCompany, session.current().map(Acting::loginId).orElse(""),
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
        return ActingBanner.ended(app.messages, actingCompany.get(),
                session.current().map(Acting::loginId).orElse(""));
    }

    private void staffSignedIn(StaffMember member) {
        keeper.beginStaff(member);
        window.show(DirectoryScreens.DIRECTORY);
    }

    private void actFor(long accountId, String companyName, String loginId) {
        actingCompany.set(companyName);
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
        tasks.run(() -> app.receipts.receipt(accountId, entries.stream().map(CatalogEntry::key).toList(), operator),
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
        actingCompany.set(registered.companyName());
        keeper.begin(acting);
        window.show(LicenceScreens.PRODUCTS);
    }

    private void signedOut(SessionKeeper.SignOutReason reason) {
        auth.notice(app.messages.get(switch (reason) {
            case LOGOUT -> "auth.login.notice.signedOut";
            case IDLE -> "auth.login.notice.idle";
            case PASSWORD_CHANGED_ELSEWHERE -> "auth.login.notice.passwordChanged";
        }));
        window.show(AuthScreens.LOGIN);
    }
}
