package com.licensedesk.app;

import com.licensedesk.desk.DeskScreens;
import com.licensedesk.expiry.ExpiryScreens;
import com.licensedesk.catalog.CatalogScreens;
import com.licensedesk.directory.DirectoryScreens;
import com.licensedesk.kiosks.KioskScreens;
import com.licensedesk.sync.SyncScreens;
import com.licensedesk.operators.OperatorScreens;
import com.licensedesk.settings.SettingsScreens;
import com.licensedesk.session.Role;
import com.licensedesk.ui.MenuTitle;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Navigator;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * The desk's menu bar: the desk's screens, and the operator's menu (titled with their name) for their own account
 * and to sign out.
 */
public final class DeskMenuView {
    private final Session session;
    private final Navigator navigator;
    private final Runnable leaveCustomer;
    private final Runnable signOut;
    private final Messages messages;
    @FXML private Menu operatorMenu;
    @FXML private Menu deskMenu;
    @FXML private MenuItem customersMenuItem;
    @FXML private MenuItem todayMenuItem;
    @FXML private MenuItem expiryMenuItem;
    @FXML private MenuItem catalogImportMenuItem;
    @FXML private MenuItem auditMenuItem;
    @FXML private MenuItem outboxMenuItem;
    @FXML private MenuItem operatorsMenuItem;
    @FXML private MenuItem kiosksMenuItem;
    @FXML private MenuItem syncMenuItem;
    @FXML private MenuItem syncReviewMenuItem;
    @FXML private MenuItem settingsMenuItem;
    @FXML private MenuItem operatorAccountItem;
    @FXML private MenuItem operatorLogoutItem;

    /** {@code leaveCustomer} ends acting for a customer before the desk shows another screen. */
    DeskMenuView(Session session, Navigator navigator, Runnable leaveCustomer, Runnable signOut, Messages messages) {
        this.session = session;
        this.navigator = navigator;
        this.leaveCustomer = leaveCustomer;
        this.signOut = signOut;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        MenuTitle.withArrow(deskMenu);
        MenuTitle.forPerson(operatorMenu);
        customersMenuItem.setOnAction(e -> go(DirectoryScreens.DIRECTORY));
        todayMenuItem.setOnAction(e -> go(DeskScreens.TODAY));
        expiryMenuItem.setOnAction(e -> go(ExpiryScreens.EXPIRY));
        catalogImportMenuItem.setOnAction(e -> go(CatalogScreens.IMPORT));
        auditMenuItem.setOnAction(e -> go(DeskScreens.AUDIT_LOG));
        outboxMenuItem.setOnAction(e -> go(DeskScreens.OUTBOX));
        operatorsMenuItem.setOnAction(e -> go(OperatorScreens.OPERATORS));
        kiosksMenuItem.setOnAction(e -> go(KioskScreens.KIOSKS));
        syncMenuItem.setOnAction(e -> go(SyncScreens.SYNC));
        syncReviewMenuItem.setOnAction(e -> go(SyncScreens.REVIEW));
        settingsMenuItem.setOnAction(e -> go(SettingsScreens.SETTINGS));
        operatorAccountItem.setOnAction(e -> go(OperatorScreens.OWN_ACCOUNT));
        operatorLogoutItem.setOnAction(e -> signOut.run());
        refresh();
    }

    private void go(ScreenId screen) {
        leaveCustomer.run();
        navigator.show(screen);
    }

    /** The operator's name on the menu, for whoever is signed in now. */
    void refresh() {
        operatorMenu.setText(session.staff().map(StaffMember::name).orElse(""));
        // スタッフ管理, カタログの取り込み, キオスク管理 and 設定 are an admin's; the service (or the PIN) refuses others.
        boolean admin = session.staff().map(member -> member.role() == Role.ADMIN).orElse(false);
        operatorsMenuItem.setVisible(admin);
        catalogImportMenuItem.setVisible(admin);
        kiosksMenuItem.setVisible(admin);
        settingsMenuItem.setVisible(admin);
        // 同期 changes customers' data: admins and clerks.
        boolean changesCustomers = session.staff().map(member -> member.role() != Role.READ_ONLY).orElse(false);
        syncMenuItem.setVisible(changesCustomers);
        syncReviewMenuItem.setVisible(changesCustomers);
    }
}
