package com.licensedesk.app;

import com.licensedesk.desk.DeskStatusViewModel;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.ui.ScreenRegistry;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.controlsfx.control.StatusBar;

/**
 * What surrounds a screen: the brand bar always; the desk's menu and status bar while an operator is signed in;
 * the acting banner and the customer's menu while an account is open.
 */
final class WindowChrome {
    private final Session session;
    private final Messages messages;
    private final String vendorName;
    private final Parent customerMenu;
    private final Parent deskMenu;
    private final DeskMenuView deskMenuView;
    private final StatusBar statusBar;
    private final DeskStatusViewModel status;
    private final Supplier<Parent> actingBanner;

    WindowChrome(Session session, Messages messages, String vendorName, Parent customerMenu, Parent deskMenu,
                 DeskMenuView deskMenuView, DeskStatusViewModel status, Supplier<Parent> actingBanner) {
        this.session = session;
        this.messages = messages;
        this.vendorName = vendorName;
        this.customerMenu = customerMenu;
        this.deskMenu = deskMenu;
        this.deskMenuView = deskMenuView;
        this.status = status;
        this.statusBar = DeskStatusBar.of(status);
        this.actingBanner = actingBanner;
    }

    /** The bars above a screen of this access. */
    List<Node> above(ScreenRegistry.Access access) {
        List<Node> bars = new java.util.ArrayList<>();
        bars.add(BrandBar.of(vendorName, messages.get("app.subtitle")));
        boolean staff = session.staff().isPresent();
        if (staff) {
            deskMenuView.refresh();
            bars.add(deskMenu);
        }
        if (access == ScreenRegistry.Access.ACCOUNT) {
            if (staff) {
                bars.add(actingBanner.get());
            }
            bars.add(customerMenu);
        }
        return bars;
    }

    /** The status bar while an operator is signed in; nothing for a customer. */
    Node below() {
        if (session.staff().isEmpty()) {
            return null;
        }
        status.refresh();
        return statusBar;
    }

    /** Every few seconds while the window is open: fresh counts in the status bar. */
    void refresh() {
        if (session.staff().isPresent()) {
            status.refresh();
        }
    }
}
