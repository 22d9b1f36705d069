package com.licensedesk.app;

import com.licensedesk.desk.DeskStatusViewModel;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.ui.ScreenRegistry;
import com.licensedesk.ui.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.controlsfx.control.StatusBar;

/**
 * What surrounds a screen: the brand bar always; the desk's menu and status bar while an operator is signed in;
 * the acting banner and the customer's menu while an account is open, and a word above the screen after acting ended.
 */
final class WindowChrome {
    private final Session session;
    private final Messages messages;
    private final String vendorName;
    private final Supplier<Parent> customerMenuLoader;
    private final Supplier<ViewLoader.Loaded<DeskMenuView>> deskMenuLoader;
    private final DeskStatusViewModel status;
    private final Supplier<Parent> actingBanner;
    private final Supplier<Optional<Parent>> actingEnded;
    // Made when first needed, not before the Start screen: neither a customer nor the desk is there yet.
    private Parent customerMenu;
    private ViewLoader.Loaded<DeskMenuView> deskMenu;
    private StatusBar statusBar;
    private Parent brandBar;

    WindowChrome(Session session, Messages messages, String vendorName, Supplier<Parent> customerMenu,
                 Supplier<ViewLoader.Loaded<DeskMenuView>> deskMenu, DeskStatusViewModel status,
                 Supplier<Parent> actingBanner, Supplier<Optional<Parent>> actingEnded) {
        this.session = session;
        this.messages = messages;
        this.vendorName = vendorName;
        this.customerMenuLoader = customerMenu;
        this.deskMenuLoader = deskMenu;
        this.status = status;
        this.actingBanner = actingBanner;
        this.actingEnded = actingEnded;
    }

    /** The bars above a screen of this access. */
    List<Node> above(ScreenRegistry.Access access) {
        List<Node> bars = new ArrayList<>();
        if (brandBar == null) {
            brandBar = BrandBar.of(vendorName, messages.get("app.subtitle"));
        }
        bars.add(brandBar);
        boolean staff = session.staff().isPresent();
        if (staff) {
            if (deskMenu == null) {
                deskMenu = deskMenuLoader.get();
            }
            deskMenu.view().refresh();
            bars.add(deskMenu.root());
            actingEnded.get().ifPresent(bars::add);
        }
        if (access == ScreenRegistry.Access.ACCOUNT) {
            if (staff) {
                bars.add(actingBanner.get());
            }
            if (customerMenu == null) {
                customerMenu = customerMenuLoader.get();
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
        if (statusBar == null) {
            statusBar = DeskStatusBar.of(status);
        }
        return statusBar;
    }

    /** Every few seconds while the window is open: fresh counts in the status bar. */
    void refresh() {
        if (session.staff().isPresent()) {
            status.refresh();
        }
    }
}
