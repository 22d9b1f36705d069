package com.licensedesk.licences;

import com.licensedesk.auth.Session;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 製品/サービス: the signed-in account's licences with their status, and the console links. */
public final class ProductsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProductsViewModel.class);

    private final LicenceRepository licences;
    private final Session session;
    private final Tasks tasks;
    private final Browser browser;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final int warningDays;
    private final ObservableList<LicenceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final Banner banner = new Banner();
    private String announcement = "";

    public ProductsViewModel(LicenceRepository licences, Session session, Tasks tasks, Browser browser,
                             Navigator navigator, Messages messages, Clock clock, int warningDays) {
        this.licences = licences;
        this.session = session;
        this.tasks = tasks;
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
        return loading.getReadOnlyProperty();
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
        long accountId = session.require().accountId();
        loading.set(true);
        tasks.run(() -> licences.forAccount(accountId), found -> {
            loading.set(false);
            rows.setAll(toRows(found));
        }, failure -> {
            loading.set(false);
            LOG.error("Loading the licences failed", failure);
            banner.error(messages.get("common.error.unexpected"));
        });
    }

    /** Clears what the screen showed, for the next person. */
    public void clear() {
        rows.clear();
        banner.clear();
        announcement = "";
    }

    /** + キーの入力 */
    public void addKey() {
        navigator.show(Screen.ADD_KEY);
    }

    public void openConsole(LicenceRow row) {
        row.consoleUrl().ifPresent(browser::open);
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
