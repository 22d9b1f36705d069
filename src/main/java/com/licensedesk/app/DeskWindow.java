package com.licensedesk.app;

import com.licensedesk.auth.Session;
import com.licensedesk.licences.LicenceStatus;
import com.licensedesk.licences.ProductsView;
import com.licensedesk.licences.ProductsViewModel;
import com.licensedesk.registration.ProductCheckView;
import com.licensedesk.registration.ProductCheckViewModel;
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
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window: builds the view models once, hands the FXML loader their views, and moves between screens. Screens
 * for a signed-in account get the menu bar; the others only the brand bar.
 */
public final class DeskWindow implements Navigator {
    private final LicenseDesk desk;
    private final Stage stage;
    private final FxTasks tasks;
    private final Session session = new Session();
    private final ViewLoader loader;
    private final BorderPane shell = new BorderPane();
    private final VBox top = new VBox();
    private final Parent menuBar;
    private final ProductsViewModel products;

    public DeskWindow(LicenseDesk desk, Stage stage, Browser browser) {
        this.desk = desk;
        this.stage = stage;
        this.tasks = new FxTasks(desk.background);
        RegistrationWizard wizard = new RegistrationWizard();
        this.products = new ProductsViewModel(desk.licences, session, tasks, browser, desk.messages, desk.clock,
                desk.config.getInt("licensedesk.licences.expiring-days", LicenceStatus.DEFAULT_WARNING_DAYS));
        StartViewModel start = new StartViewModel(wizard, desk.keyCheck, tasks, this, desk.messages);
        ProductCheckViewModel check = new ProductCheckViewModel(wizard, desk.legal, this, desk.messages, desk.clock);
        RegistrationFormViewModel form = new RegistrationFormViewModel(wizard, desk.registration, tasks, this,
                desk.messages, this::registered);
        Map<Class<?>, Supplier<Object>> views = Map.of(
                StartView.class, () -> new StartView(start),
                ProductCheckView.class, () -> new ProductCheckView(check),
                RegistrationFormView.class, () -> new RegistrationFormView(form, desk.messages),
                ProductsView.class, () -> new ProductsView(products),
                MainMenuView.class, () -> new MainMenuView(session, this, this::signOut, desk.messages,
                        LicenseDesk.version(), desk.database.schemaVersion()));
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
        stage.setScene(scene);
        stage.setTitle(desk.messages.get("app.title") + " - " + desk.config.vendorName());
        stage.getIcons().add(new Image(DeskWindow.class.getResource("/icons/license-desk.png").toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(640);
    }

    /** Shows the Start screen. */
    public void open() {
        show(Screen.START);
        stage.show();
    }

    @Override
    public void show(Screen screen) {
        Parent content = switch (screen) {
            case START -> loader.load(StartView.class).root();
            case PRODUCT_CHECK -> loader.load(ProductCheckView.class).root();
            case REGISTRATION_FORM -> loader.load(RegistrationFormView.class).root();
            case PRODUCTS -> loader.load(ProductsView.class).root();
        };
        boolean signedIn = screen == Screen.PRODUCTS;
        top.getChildren().setAll(brandBar());
        if (signedIn) {
            top.getChildren().add(menuBar);
        }
        StackPane area = new StackPane(content);
        area.getStyleClass().add("content-area");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        shell.setCenter(area);
    }

    private void registered(RegistrationService.Registered registered) {
        desk.mailSender.wake();
        session.signIn(registered.accountId(), registered.loginId());
        products.announce(desk.messages.get("licences.registered", registered.entry().product()));
        show(Screen.PRODUCTS);
    }

    /** ログアウト: nothing of the account stays on screen. */
    private void signOut() {
        session.end();
        products.clear();
        show(Screen.START);
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
