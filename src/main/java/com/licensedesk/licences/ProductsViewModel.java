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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable", true);
    private final ReadOnlyBooleanWrapper atDesk = new ReadOnlyBooleanWrapper(this, "atDesk", false);
    private final BooleanBinding batchOffered = atDesk.and(changeable);
    private final Banner banner;
    private String announcement = "";
    /**
     * What the rows show, kept while the account stays open: shown again at once, and read again only when the
     * account's stamp says its licences changed. No account: -1.
     */
    private long shownFor = -1;
    private LicenceRepository.Stamp stamp;
    /** After keys were added here: how many licences the stamp should count, until it is read again. Else -1. */
    private int addedCount = -1;
    private final List<CatalogEntry> entries = new ArrayList<>();
    private LocalDate statusDay;

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

    /**
     * The customer has just registered: the account and its licence of {@code product} are made. At an enrolled
     * kiosk ({@code confirmedByHome}) the confirmation mail goes only once the desk has the registration, and the
     * screen says so instead.
     */
    public void announceRegistration(String product, boolean confirmedByHome) {
        announcement = confirmedByHome ? messages.get("licences.registered.atKiosk", product)
                : messages.get("licences.registered", product);
    }

    /**
     * The screen is shown: says what was just done, once. The open account's rows, when they are already here, stay
     * (their statuses brought to today) and are read again only if the account's stamp changed; another account's
     * are loaded in the background.
     */
    public void shown() {
        if (announcement.isEmpty()) {
            banner.clear();
        } else {
            banner.success(announcement);
            announcement = "";
        }
        Acting acting = session.require();
        changeable.set(session.mayChangeCustomers());
        atDesk.set(acting.atDesk());
        if (acting.accountId() != shownFor) {
            forget();
            load(acting);
            return;
        }
        if (!today().equals(statusDay)) {
            showEntries();
        }
        LicenceRepository.Stamp known = stamp;
        int expected = addedCount;
        activity.runFor(session, acting, "Checking the licences", () -> licences.stampFor(acting.accountId()),
                now -> {
                    if (known == null ? now.count() == expected : now.equals(known)) {
                        stamp = now;
                        addedCount = -1;
                    } else {
                        load(acting);
                    }
                });
    }

    private void load(Acting acting) {
        long accountId = acting.accountId();
        // The stamp first: a change made between the two reads shows as a change next time, never as none.
        activity.runFor(session, acting, "Loading the licences",
                () -> Map.entry(licences.stampFor(accountId), licences.forAccount(accountId)), read -> {
                    shownFor = accountId;
                    stamp = read.getKey();
                    addedCount = -1;
                    entries.clear();
                    read.getValue().forEach(licence -> entries.add(licence.entry()));
                    showEntries();
                });
    }

    /**
     * Keys just added to the open account here: their rows join the table without reading the others again. The next
     * showing reads the stamp; it is taken as it comes if it counts exactly these keys more, else (another desk added
     * keys too) the rows are read again.
     */
    public void added(Acting acting, List<CatalogEntry> added) {
        if (acting.accountId() != shownFor) {
            return;
        }
        entries.addAll(added);
        rows.addAll(toRows(added));
        if (stamp != null) {
            addedCount = stamp.count() + added.size();
            stamp = null;
        } else if (addedCount >= 0) {
            addedCount += added.size();
        }
    }

    private void showEntries() {
        statusDay = today();
        rows.setAll(toRows(entries));
    }

    /** Clears what the screen showed, for the next person. */
    @Override
    public void clear() {
        forget();
        banner.clear();
        announcement = "";
    }

    private void forget() {
        rows.clear();
        entries.clear();
        shownFor = -1;
        stamp = null;
        addedCount = -1;
        statusDay = null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.JAPAN));
    }

    /** + キーの入力 */
    public void addKey() {
        navigator.show(addKeyScreen);
    }

    /** + キーの入力: offered to the customer and to operators who may change customers' data, not to a read-only one. */
    public ReadOnlyBooleanProperty changeable() {
        return changeable.getReadOnlyProperty();
    }

    /** まとめて追加: offered at the desk, to operators who may change customers' data. */
    public BooleanBinding batchOffered() {
        return batchOffered;
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

    private List<LicenceRow> toRows(List<CatalogEntry> found) {
        LocalDate today = today();
        return found.stream().map(entry -> {
            LicenceStatus status = LicenceStatus.of(entry.expires(), today, warningDays);
            return new LicenceRow(entry.product(), entry.key().value(), entry.seats(),
                    messages.get(entry.licenseType().labelKey()), entry.expires(), Formats.date(entry.expires()),
                    status, messages.get(status.labelKey()), entry.consoleUrl());
        }).toList();
    }
}
