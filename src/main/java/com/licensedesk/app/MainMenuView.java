package com.licensedesk.app;

import com.licensedesk.account.AccountScreens;
import com.licensedesk.company.CompanyScreens;
import com.licensedesk.licences.LicenceScreens;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Session;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.MenuTitle;
import com.licensedesk.ui.Navigator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseEvent;

/** The signed-in menu bar: the user menu titled with the login ID, 製品/サービス, 会社 and ヘルプ. */
public final class MainMenuView {
    private final Session session;
    private final Navigator navigator;
    private final Runnable signOut;
    private final Dialogs dialogs;
    private final Messages messages;
    private final String version;
    /** Read when 関連情報 is shown: the database is open by then, as an account is. */
    private final Supplier<String> schemaVersion;
    private final String contact;
    @FXML private MenuBar mainMenu;
    @FXML private Menu userMenu;
    @FXML private MenuItem userInfoItem;
    @FXML private MenuItem logoutItem;
    @FXML private MenuItem companyInfoItem;
    @FXML private Menu productsMenu;
    @FXML private Label productsMenuLabel;
    @FXML private Menu helpMenu;
    @FXML private Menu companyMenu;
    @FXML private MenuItem contactItem;
    @FXML private MenuItem aboutItem;

    MainMenuView(Session session, Navigator navigator, Runnable signOut, Dialogs dialogs, Messages messages,
                 String version, Supplier<String> schemaVersion, String contact) {
        this.contact = contact;
        this.session = session;
        this.navigator = navigator;
        this.signOut = signOut;
        this.dialogs = dialogs;
        this.messages = messages;
        this.version = version;
        this.schemaVersion = schemaVersion;
    }

    @FXML
    private void initialize() {
        MenuTitle.forPerson(userMenu);
        MenuTitle.withArrow(companyMenu);
        MenuTitle.withArrow(helpMenu);
        Consumer<Optional<Acting>> follow = now -> {
            userMenu.setText(now.map(Acting::loginId).orElse(""));
            // At the desk the operator leaves a customer with 操作を終了, not by signing the customer out.
            logoutItem.setVisible(now.map(acting -> !acting.atDesk()).orElse(true));
        };
        // Made when the first account opens: the account open now, then every change.
        follow.accept(session.current());
        session.onChange(follow);
        // A menu with no items opens nothing: the title itself is the button, as on the portal.
        // Taken before the menu button sees it, so that no empty menu opens and leaves the bar in menu mode.
        productsMenuLabel.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            navigator.show(LicenceScreens.PRODUCTS);
        });
        productsMenu.setOnShown(e -> {
            productsMenu.hide(); // opened from the keyboard
            navigator.show(LicenceScreens.PRODUCTS);
        });
        userInfoItem.setOnAction(e -> navigator.show(AccountScreens.USER_INFO));
        logoutItem.setOnAction(e -> signOut.run());
        companyInfoItem.setOnAction(e -> navigator.show(CompanyScreens.COMPANY_INFO));
        contactItem.setOnAction(e -> dialogs.showText(messages.get("help.contact.title"), contact));
        aboutItem.setOnAction(e -> dialogs.showText(messages.get("help.about.title"),
                messages.get("help.about.text", version, schemaVersion.get())));
    }
}
