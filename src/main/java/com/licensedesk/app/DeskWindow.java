package com.licensedesk.app;

import com.licensedesk.account.ChangePasswordView;
import com.licensedesk.account.ChangePasswordViewModel;
import com.licensedesk.account.TwoFactorView;
import com.licensedesk.account.TwoFactorViewModel;
import com.licensedesk.account.UserInfoView;
import com.licensedesk.account.UserInfoViewModel;
import com.licensedesk.auth.LoginView;
import com.licensedesk.auth.MailSentView;
import com.licensedesk.auth.RecoveryViewModel;
import com.licensedesk.auth.ResetDoneView;
import com.licensedesk.auth.ResetRequestView;
import com.licensedesk.auth.ResetView;
import com.licensedesk.auth.LoginViewModel;
import com.licensedesk.auth.Session;
import com.licensedesk.auth.SignInService;
import com.licensedesk.company.CompanyInfoView;
import com.licensedesk.company.CompanyInfoViewModel;
import com.licensedesk.licences.AddKeyView;
import com.licensedesk.licences.AddKeyViewModel;
import com.licensedesk.licences.LicenceStatus;
import com.licensedesk.licences.ProductCheckView;
import com.licensedesk.licences.ProductCheckViewModel;
import com.licensedesk.licences.ProductsView;
import com.licensedesk.licences.ProductsViewModel;
import com.licensedesk.registration.ProductCheckStep;
import com.licensedesk.settings.SettingsView;
import com.licensedesk.settings.SettingsViewModel;
import com.licensedesk.registration.RegistrationFormView;
import com.licensedesk.registration.RegistrationFormViewModel;
import com.licensedesk.registration.RegistrationService;
import com.licensedesk.registration.RegistrationWizard;
import com.licensedesk.registration.StartView;
import com.licensedesk.registration.StartViewModel;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.ViewLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window: builds the view models once, hands the FXML loader their views, and moves between screens. Screens
 * of a signed-in account get the menu bar; the others only the brand bar. It ends the session on ログアウト and after
 * the idle time.
 */
public final class DeskWindow implements Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(DeskWindow.class);
    /** Why a session ended, said on the login screen. */
    enum SignOutReason { LOGOUT, IDLE, PASSWORD_CHANGED_ELSEWHERE }

    private final LicenseDesk desk;
    private final Stage stage;
    private final FxTasks tasks;
    private final Session session = new Session();
    private final IdleWatch idle;
    private final Timeline idleCheck;
    private final ViewLoader loader;
    private final BorderPane shell = new BorderPane();
    private final VBox top = new VBox();
    private final Parent menuBar;
    private final RegistrationWizard wizard = new RegistrationWizard();
    private final ProductsViewModel products;
    private final AddKeyViewModel addKey;
    private final ProductCheckViewModel addKeyCheck;
    private final LoginViewModel login;
    private final RecoveryViewModel recovery;
    private final CompanyInfoViewModel companyInfo;
    private final UserInfoViewModel userInfo;
    private final TwoFactorViewModel twoFactor;
    private final SettingsViewModel settings;
    private final boolean kiosk;
    private final ProductCheckViewModel check;
    private final RegistrationFormViewModel form;
    private final StartViewModel start;
    private Screen current = Screen.START;
    private final ChangePasswordViewModel changePassword;
    /** When this desk's session began, or this desk last changed its password: a later change ends the session. */
    private Instant sessionValidFrom = Instant.MIN;
    private int ticks;

    /**
     * {@code restart} starts the application over with a changed configuration: the Start screen's language switch,
     * and the settings screen after saving.
     */
    public DeskWindow(LicenseDesk desk, Stage stage, Browser browser, Consumer<UnaryOperator<Config>> restart) {
        this.desk = desk;
        this.stage = stage;
        this.tasks = new FxTasks(desk.background);
        this.idle = new IdleWatch(desk.clock,
                Duration.ofMinutes(desk.config.getInt("licensedesk.session.idle-minutes", 30)));
        this.products = new ProductsViewModel(desk.licences, session, tasks, browser, this, desk.messages, desk.clock,
                desk.config.getInt("licensedesk.licences.expiring-days", LicenceStatus.DEFAULT_WARNING_DAYS));
        this.addKey = new AddKeyViewModel(desk.keyCheck, desk.addKey, session, products, tasks, this, desk.messages,
                desk.mailSender::wake);
        this.addKeyCheck = new ProductCheckViewModel(addKey, desk.legal, desk.messages, desk.clock);
        this.login = new LoginViewModel(desk.signIn, desk.rememberedLoginId, tasks, desk.messages, desk.clock,
                this::signedIn, !desk.config.kiosk());
        this.settings = new SettingsViewModel(desk.settingsFile, tasks, this, desk.messages, desk.clock,
                () -> restart.accept(Config::reload), desk.config.kiosk());
        this.recovery = new RecoveryViewModel(desk.passwordReset, tasks, this, desk.messages);
        this.companyInfo = new CompanyInfoViewModel(desk.companyInfo, session, tasks, desk.messages);
        this.userInfo = new UserInfoViewModel(desk.userInfo, desk.twoFactor, session, tasks, desk.messages);
        this.twoFactor = new TwoFactorViewModel(desk.twoFactor, session, tasks, this, desk.messages,
                desk.clock);
        this.changePassword = new ChangePasswordViewModel(desk.passwordChange, session, tasks, desk.messages,
                desk.clock, changedAt -> {
                    sessionValidFrom = changedAt;
                    userInfo.announce(desk.messages.get("password.changed"));
                });
        this.start = new StartViewModel(wizard, desk.keyCheck, tasks, this, desk.messages, key -> {
            addKey.keyText().set(key);
            show(Screen.LOGIN);
        });
        this.kiosk = desk.config.kiosk();
        this.check = new ProductCheckViewModel(new ProductCheckStep(wizard, this), desk.legal,
                desk.messages, desk.clock);
        this.form = new RegistrationFormViewModel(wizard, desk.registration, tasks, this,
                desk.messages, this::registered);
        Map<Class<?>, Supplier<Object>> views = Map.ofEntries(
                Map.entry(StartView.class, () -> new StartView(start, () -> restart.accept(config -> config.with("licensedesk.locale",
                        desk.messages.locale().getLanguage().equals("en") ? "ja" : "en")),
                        () -> show(Screen.SETTINGS))),
                Map.entry(ProductCheckView.class, () -> new ProductCheckView(check)),
                Map.entry(RegistrationFormView.class, () -> new RegistrationFormView(form, desk.messages)),
                Map.entry(LoginView.class, () -> new LoginView(login, recovery, () -> show(Screen.START),
                        () -> show(Screen.SETTINGS))),
                Map.entry(SettingsView.class, () -> new SettingsView(settings, desk.messages)),
                Map.entry(ResetRequestView.class, () -> new ResetRequestView(recovery)),
                Map.entry(MailSentView.class, () -> new MailSentView(recovery)),
                Map.entry(ResetView.class, () -> new ResetView(recovery, desk.messages)),
                Map.entry(ResetDoneView.class, () -> new ResetDoneView(recovery)),
                Map.entry(ProductsView.class, () -> new ProductsView(products)),
                Map.entry(AddKeyView.class, () -> new AddKeyView(addKey)),
                Map.entry(CompanyInfoView.class, () -> new CompanyInfoView(companyInfo, desk.messages)),
                Map.entry(UserInfoView.class, () -> new UserInfoView(userInfo, desk.messages,
                        this::openChangePassword, () -> show(Screen.TWO_FACTOR))),
                Map.entry(TwoFactorView.class, () -> new TwoFactorView(twoFactor)),
                Map.entry(ChangePasswordView.class, () -> new ChangePasswordView(changePassword, desk.messages)),
                Map.entry(MainMenuView.class, () -> new MainMenuView(session, this,
                        () -> signOut(SignOutReason.LOGOUT), desk.messages, LicenseDesk.version(),
                        desk.database.schemaVersion())));
        this.loader = new ViewLoader(desk.messages, type -> {
            Supplier<Object> view = views.get(type);
            if (view == null) {
                throw new IllegalStateException("No view " + type.getName());
            }
            return view.get();
        });
        this.menuBar = loader.load(MainMenuView.class).root();
        shell.setTop(top);
        shell.getStyleClass().add("shell");
        Scene scene = new Scene(shell, 1120, 820);
        scene.getStylesheets().add(DeskWindow.class.getResource("/css/license-desk.css").toExternalForm());
        EventHandler<InputEvent> touch = e -> idle.touch();
        scene.addEventFilter(KeyEvent.ANY, touch);
        scene.addEventFilter(MouseEvent.ANY, touch);
        scene.addEventFilter(ScrollEvent.ANY, touch);
        this.idleCheck = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> endSessionIfIdle()));
        idleCheck.setCycleCount(Animation.INDEFINITE);
        stage.setScene(scene);
        stage.setTitle(desk.messages.get("app.title") + " - " + desk.config.vendorName());
        stage.getIcons().add(new Image(DeskWindow.class.getResource("/icons/license-desk.png").toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(640);
    }

    /** Shows the Start screen. */
    public void open() {
        show(Screen.START);
        idleCheck.play();
        KioskLock lock = new KioskLock(stage, desk.messages, tasks, desk.settingsFile);
        if (kiosk) {
            lock.beforeShowing();
        }
        stage.show();
        if (kiosk) {
            lock.afterShowing();
        }
    }

    @Override
    public void show(Screen screen) {
        if (screen.needsSignIn() && session.current().isEmpty()) {
            throw new IllegalStateException(screen + " needs a signed-in account");
        }
        current = screen;
        Parent content = switch (screen) {
            case START -> loader.load(StartView.class).root();
            case PRODUCT_CHECK -> loader.load(ProductCheckView.class).root();
            case REGISTRATION_FORM -> loader.load(RegistrationFormView.class).root();
            case LOGIN -> loader.load(LoginView.class).root();
            case SETTINGS -> loader.load(SettingsView.class).root();
            case RESET_REQUEST -> loader.load(ResetRequestView.class).root();
            case RESET_MAIL_SENT -> loader.load(MailSentView.class).root();
            case RESET -> loader.load(ResetView.class).root();
            case RESET_DONE -> loader.load(ResetDoneView.class).root();
            case PRODUCTS -> loader.load(ProductsView.class).root();
            case ADD_KEY -> loader.load(AddKeyView.class).root();
            case ADD_KEY_CHECK -> loader.load(ProductCheckView.class, () -> new ProductCheckView(addKeyCheck)).root();
            case COMPANY_INFO -> loader.load(CompanyInfoView.class).root();
            case USER_INFO -> loader.load(UserInfoView.class).root();
            case TWO_FACTOR -> loader.load(TwoFactorView.class).root();
        };
        top.getChildren().setAll(brandBar());
        if (screen.needsSignIn()) {
            top.getChildren().add(menuBar);
        }
        StackPane area = new StackPane(content);
        area.getStyleClass().add("content-area");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        shell.setCenter(area);
    }

    private void registered(RegistrationService.Registered registered) {
        desk.mailSender.wake();
        startSession(registered.accountId(), registered.loginId());
        products.announce(desk.messages.get("licences.registered", registered.entry().product()));
        show(Screen.PRODUCTS);
    }

    /** Signed in: straight to the key step when the Start screen brought a key along, else the products. */
    private void signedIn(SignInService.Result.SignedIn signedIn) {
        startSession(signedIn.accountId(), signedIn.loginId());
        show(addKey.keyText().get().isBlank() ? Screen.PRODUCTS : Screen.ADD_KEY);
    }

    private void startSession(long accountId, String loginId) {
        idle.touch();
        sessionValidFrom = desk.clock.instant();
        session.signIn(accountId, loginId);
    }

    /** Every second: the idle time; every tenth: whether the password was changed on another desk. */
    private void endSessionIfIdle() {
        if (kiosk && idle.isIdle() && (current != Screen.START || !wizard.keyText().get().isEmpty())) {
            startOverForTheNextPerson();
            return;
        }
        if (session.current().isEmpty()) {
            return;
        }
        if (idle.isIdle()) {
            signOut(SignOutReason.IDLE);
            return;
        }
        if (++ticks % 10 == 0) {
            Session.SignedIn checked = session.require();
            tasks.run(() -> desk.accounts.passwordChangedAt(checked.accountId()), changedAt -> {
                if (changedAt.filter(at -> at.isAfter(sessionValidFrom)).isPresent()
                        && session.current().equals(Optional.of(checked))) {
                    signOut(SignOutReason.PASSWORD_CHANGED_ELSEWHERE);
                }
            }, failure -> LOG.warn("Could not check the account's password", failure));
        }
    }

    /** パスワードの変更, a modal dialog over the window. */
    private void openChangePassword() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(desk.messages.get("password.title"));
        Scene scene = new Scene(loader.load(ChangePasswordView.class).root());
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.setResizable(false);
        dialog.show();
    }

    /** The session ends: every screen with the account's data is closed and its fields cleared. */
    void signOut(SignOutReason reason) {
        endSession();
        login.notice(desk.messages.get(switch (reason) {
            case LOGOUT -> "auth.login.notice.signedOut";
            case IDLE -> "auth.login.notice.idle";
            case PASSWORD_CHANGED_ELSEWHERE -> "auth.login.notice.passwordChanged";
        }));
        show(Screen.LOGIN);
    }

    /** A kiosk after the idle time: back to the Start screen with every field of every screen empty. */
    private void startOverForTheNextPerson() {
        endSession();
        wizard.finish();
        start.clear();
        check.agreementAccepted().set(false);
        form.clear();
        recovery.clear();
        settings.close();
        idle.touch();
        show(Screen.START);
    }

    private void endSession() {
        session.end();
        products.clear();
        addKey.clear();
        addKeyCheck.agreementAccepted().set(false);
        companyInfo.clear();
        userInfo.clear();
        twoFactor.clear();
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open != stage) {
                open.hide(); // a dialog over an account's screen, such as パスワードの変更
            }
        }
        login.clear();
        // Whatever the last person copied stays on this machine otherwise.
        Clipboard.getSystemClipboard().clear();
    }

    private Parent brandBar() {
        Label vendor = new Label(desk.config.vendorName());
        vendor.getStyleClass().add("brand-vendor");
        Label portal = new Label(desk.messages.get("app.subtitle"));
        portal.getStyleClass().add("brand-portal");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, vendor, portal, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("brand-bar");
        return bar;
    }

    /** For tests: true when no background work is running or waiting to report. */
    boolean isIdle() {
        return tasks.isIdle();
    }

    Session session() {
        return session;
    }
}
