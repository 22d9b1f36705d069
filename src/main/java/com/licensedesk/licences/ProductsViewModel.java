package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.Formats;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Activity;
import com.licensedesk.session.Session;
import com.licensedesk.session.Acting;
import com.licensedesk.ui.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 製品/サービス: the signed-in account's licences with their status, and the console links. */
public final class ProductsViewModel implements PersonalData {

    private final LicenceRepository licences;
    private final Session session;
    private final Activity activity;
    private final Browser browser;
    private final ScreenId addKeyScreen;
    private final ScreenId batchKeysScreen;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final int warningDays;
    private final ObservableList<LicenceRow> rows = FXCollections.observableArrayList();
    private final Banner banner;
    private String announcement = "";

    public ProductsViewModel(LicenceRepository licences, Session session, Tasks tasks, Browser browser,
                             Navigator navigator, Messages messages, Clock clock, int warningDays,
                             ScreenId addKeyScreen, ScreenId batchKeysScreen) {
        this.batchKeysScreen = batchKeysScreen;
        this.licences = licences;
        this.session = session;
        this.activity = new Activity(tasks, messages, ProductsViewModel.class);
        this.banner = activity.banner();
        this.addKeyScreen = addKeyScreen;
        this.browser = browser;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    public ObservableList<LicenceRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loading() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** A success message for the next time the screen is shown, such as 「製品が追加されました。」. */
    public void announce(String message) {
        announcement = message;
    }

    /** The screen is shown: says what was just done, once, and loads the rows in the background. */
    public void shown() {
        if (announcement.isEmpty()) {
            banner.clear();
        } else {
            banner.success(announcement);
            announcement = "";
        }
        Acting acting = session.require();
        activity.runFor(session, acting, "Loading the licences", () -> licences.forAccount(acting.accountId()),
                found -> rows.setAll(toRows(found)));
    }

    /** Clears what the screen showed, for the next person. */
    @Override
    public void clear() {
        rows.clear();
        banner.clear();
        announcement = "";
    }

    /** + キーの入力 */
    public void addKey() {
        navigator.show(addKeyScreen);
    }

    /** まとめて追加: offered at the desk, to operators who may change customers' data. */
    public boolean batchOffered() {
        return session.current().map(acting -> acting.atDesk()
                && acting.actor().may(com.licensedesk.session.Permission.CHANGE_CUSTOMERS)).orElse(false);
    }

    public void batchKeys() {
        navigator.show(batchKeysScreen);
    }

    public void openConsole(LicenceRow row) {
        row.consoleUrl().ifPresent(url -> {
            if (!browser.open(url)) {
                // A kiosk or a desk without a browser: the address, to open elsewhere, rather than nothing at all.
                banner.info(messages.get("licences.console.noBrowser", url));
            }
        });
    }

    private List<LicenceRow> toRows(List<Licence> found) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        return found.stream().map(licence -> {
            CatalogEntry entry = licence.entry();
            LicenceStatus status = LicenceStatus.of(entry.expires(), today, warningDays);
            return new LicenceRow(entry.product(), entry.key().value(), entry.seats(),
                    messages.get(entry.licenseType().labelKey()), entry.expires(), Formats.date(entry.expires()),
                    status, messages.get(status.labelKey()), entry.consoleUrl());
        }).toList();
    }
}
