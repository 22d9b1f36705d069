package com.licensedesk.expiry;

import com.licensedesk.csv.CsvExport;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 期限管理: every customer's licences by how soon they end. The tiles and the chart come from one count per day and
 * product; the table lists the chosen window (or the chart's month) of the chosen product, soonest first; opening a
 * row acts for that customer.
 */
public final class ExpiryViewModel implements PersonalData {
    /** The table shows this many rows at most; the CSV holds them all. */
    static final int SHOWN = 20_000;
    public static final String ALL_PRODUCTS = "";

    /** A tile: a window, its words and its count. */
    public record Tile(ExpiryFilter filter, String label, int count) {
    }

    /** A bar of the chart: a month, its label and its count. */
    public record Bar(YearMonth month, String label, int count) {
    }

    /** A row of the table, its texts as shown. */
    public record Row(ExpiringLicence licence, String expires, String lastReminder) {
    }

    private final ExpiryBoard board;
    private final RenewalReminders reminders;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<ExpiringLicence> open;
    private final List<ExpiryFilter.Within> windows;
    private final Activity activity;
    private final ObservableList<ExpiryFilter> filters = FXCollections.observableArrayList();
    private final ObservableList<ExpiryFilter> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ExpiryFilter> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObservableList<String> products = FXCollections.observableArrayList();
    private final ObjectProperty<String> product = new SimpleObjectProperty<>(this, "product", ALL_PRODUCTS);
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private ExpiryTally tally;
    private LocalDate today;
    private boolean filling;
    /** A list asked for while other work of the screen ran: read when that work is done. */
    private boolean reloadAfterWork;

    /** {@code windows}: the day counts of the windows (30, 60, 90 by default); {@code open} acts for a customer. */
    public ExpiryViewModel(ExpiryBoard board, RenewalReminders reminders, Session session, Tasks tasks,
                           Dialogs dialogs, Messages messages, Clock clock, List<Integer> windows,
                           Consumer<ExpiringLicence> open) {
        this.board = board;
        this.reminders = reminders;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.open = open;
        this.windows = windows.stream().filter(days -> days > 0).distinct().sorted()
                .map(ExpiryFilter.Within::new).toList();
        this.activity = new Activity(tasks, messages, ExpiryViewModel.class);
        filters.add(new ExpiryFilter.Expired());
        filters.addAll(this.windows);
        choices.setAll(choices(LocalDate.now(clock.withZone(Formats.JAPAN))));
        filter.set(this.windows.isEmpty() ? filters.get(0) : this.windows.get(0));
        filter.addListener((o, was, now) -> {
            if (now == null) {
                // A choice box whose list was replaced lets go of its value for a moment: the listing stays.
                filter.set(was);
                return;
            }
            if (!filling) {
                loadRows();
            }
        });
        product.addListener((o, was, now) -> {
            if (!filling) {
                tally();
                loadRows();
            }
        });
    }

    /** Expired and the windows: the tiles. */
    public ObservableList<ExpiryFilter> filters() {
        return filters;
    }

    /** The tiles' filters and the chart's twelve months: the choice above the table. */
    public ObservableList<ExpiryFilter> choices() {
        return choices;
    }

    public ObjectProperty<ExpiryFilter> filter() {
        return filter;
    }

    /** The products with licences in view; {@link #ALL_PRODUCTS} first. */
    public ObservableList<String> products() {
        return products;
    }

    public ObjectProperty<String> product() {
        return product;
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the table lists, in words: 「30日以内: 1,234件」. */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    /**
     * From opening until the counts and the list are read: the tiles, the chart and the list are empty meanwhile
     * (not what was counted before), and the list says it is being read, not that nothing expires.
     */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** Whether the signed-in operator may send reminders (clerks and admins). */
    public boolean maySendReminders() {
        return session.staff().map(StaffMember::actor)
                .map(actor -> actor.may(com.licensedesk.session.Permission.CHANGE_CUSTOMERS)).orElse(false);
    }

    /**
     * The screen is opened: the counts (tiles and chart) and the list chosen are read at once, and shown together
     * when both are back.
     */
    public void shown() {
        today = LocalDate.now(clock.withZone(Formats.JAPAN));
        List<ExpiryFilter> offered = choices(today);
        if (!offered.equals(choices)) {
            // The desk was left open into another month.
            choices.setAll(offered);
        }
        LocalDate horizon = ExpiryTally.horizon(today, windows);
        if (!activity.isBusy()) {
            // Counted afresh: nothing counted before stays in view while the counts are read; the list's empty
            // table says it is reading, once.
            tiles.clear();
            bars.clear();
            rows.clear();
            loading.set(true);
            count.set("");
        }
        LocalDate day = today;
        ExpiryFilter listed = filter.get();
        Optional<String> listedProduct = chosenProduct();
        // Beside the counts, not after them: the two take about as long, and the screen waits for both.
        activity.runTogether("Opening the expiry dashboard", () -> board.countsThrough(horizon),
                read(listed, listedProduct, day, true), (counts, listing) -> {
                    tally = new ExpiryTally(counts, day);
                    filling = true;
                    String chosen = product.get();
                    List<String> names = new ArrayList<>();
                    names.add(ALL_PRODUCTS);
                    names.addAll(tally.products());
                    products.setAll(names);
                    product.set(names.contains(chosen) ? chosen : ALL_PRODUCTS);
                    filling = false;
                    tally();
                    reloadAfterWork = false;
                    if (listed.equals(filter.get()) && listedProduct.equals(chosenProduct())) {
                        show(listed, listedProduct, listing);
                    } else {
                        // Chosen otherwise meanwhile, or the product is gone: the list read is not the one wanted.
                        loadRows();
                    }
                }, failure -> stoppedLoading("Opening the expiry dashboard", failure));
    }

    private void stoppedLoading(String what, Throwable failure) {
        loading.set(false);
        count.set("");
        activity.failed(what, failure);
    }

    /** A bar of the chart was clicked: the table lists that month. */
    public void monthChosen(YearMonth month) {
        filter.set(new ExpiryFilter.InMonth(month));
    }

    public String label(ExpiryFilter shown) {
        if (shown instanceof ExpiryFilter.Within within) {
            return messages.get("expiry.window.within", within.days());
        }
        if (shown instanceof ExpiryFilter.InMonth month) {
            return messages.get("expiry.window.month", String.valueOf(month.month().getYear()),
                    String.valueOf(month.month().getMonthValue()));
        }
        if (shown instanceof ExpiryFilter.All) {
            return messages.get("expiry.window.all");
        }
        return messages.get("expiry.window.expired");
    }

    public String productLabel(String name) {
        return name == null || name.isEmpty() ? messages.get("expiry.products.all") : name;
    }

    /** 開く: act for the row's customer. */
    public void open(Row row) {
        if (row != null) {
            open.accept(row.licence());
        }
    }

    /** CSVに書き出す: every licence the table lists (also past what it shows), in the file chosen. */
    public void export() {
        dialogs.saveFile(messages.get("expiry.export"), messages.get("expiry.exportFile"), Dialogs.FileKind.CSV)
                .ifPresent(this::export);
    }

    private void export(Path file) {
        ExpiryFilter exported = filter.get();
        Optional<String> chosenProduct = chosenProduct();
        LocalDate day = today;
        activity.run("Exporting licences", () -> CsvExport.write(file, List.of(messages.get("expiry.column.company"),
                messages.get("expiry.column.loginId"), messages.get("expiry.column.contact"),
                messages.get("expiry.column.phone"), messages.get("expiry.column.product"),
                messages.get("expiry.column.key"), messages.get("expiry.column.seats"),
                messages.get("expiry.csv.expires"), messages.get("expiry.column.reminder")),
                csv -> board.eachLicence(exported.from(day), exported.through(day), chosenProduct, licence -> {
                    try {
                        csv.row(List.of(licence.companyName(), licence.loginId(), licence.contactName(),
                                licence.phone(), licence.product(), licence.key(), licence.seats(),
                                licence.expires().toString(),
                                licence.lastReminder().map(Formats::dateTime).orElse("")));
                    } catch (IOException e) {
                        // Out of the store's cursor as it is; the export's failure below says so.
                        throw new UncheckedIOException(e);
                    }
                })), written -> {
            activity.banner().success(messages.get("expiry.exported", written, file.toString()));
            if (reloadAfterWork) {
                reloadAfterWork = false;
                loadRows();
            }
        }, failure -> activity.failedToWrite("Exporting the expiry list", failure, file));
    }

    /** 更新のお知らせを送信: what is due now, then the counts again (the table shows when each was reminded). */
    public void sendReminders() {
        StaffMember operator = session.staff().orElseThrow();
        activity.run("Sending renewal reminders", () -> reminders.send(operator.actor()), sent -> {
            if (sent.mails() == 0) {
                activity.banner().info(messages.get("expiry.reminders.none"));
            } else {
                activity.banner().success(messages.get("expiry.reminders.sent", sent.mails(),
                        sent.customers(), sent.licences()));
            }
            reloadAfterWork = false;
            loadRows();
        });
    }

    @Override
    public void clear() {
        rows.clear();
        tiles.clear();
        bars.clear();
        count.set("");
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private List<ExpiryFilter> choices(LocalDate day) {
        List<ExpiryFilter> offered = new ArrayList<>(filters);
        offered.add(new ExpiryFilter.All());
        for (int i = 0; i < ExpiryTally.MONTHS; i++) {
            offered.add(new ExpiryFilter.InMonth(YearMonth.from(day).plusMonths(i)));
        }
        return offered;
    }

    private Optional<String> chosenProduct() {
        return Optional.ofNullable(product.get()).filter(name -> !name.isEmpty());
    }

    private void tally() {
        if (tally == null) {
            return;
        }
        Optional<String> chosen = chosenProduct();
        tiles.setAll(tally.tiles(filters, chosen).entrySet().stream()
                .map(tile -> new Tile(tile.getKey(), label(tile.getKey()), tile.getValue())).toList());
        List<Bar> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Integer> month : tally.months(chosen).entrySet()) {
            months.add(new Bar(month.getKey(), messages.get("expiry.chart.month",
                    String.valueOf(month.getKey().getYear()), String.valueOf(month.getKey().getMonthValue())),
                    month.getValue()));
        }
        bars.setAll(months);
    }

    private void loadRows() {
        if (today == null) {
            return;
        }
        ExpiryFilter shown = filter.get();
        Optional<String> chosen = chosenProduct();
        boolean started = activity.run("Listing licences by expiry", read(shown, chosen, today, tally != null),
                listing -> show(shown, chosen, listing),
                failure -> stoppedLoading("Listing licences by expiry", failure));
        if (!started) {
            // Other work of this screen is running; its end reads the list again (see above and shown()).
            reloadAfterWork = true;
        }
    }

    /**
     * Reads a list. Its total is the tally's where the tally counts that far (-1 here: the tally being read, or read,
     * gives it when the list is shown); a list reaching past it (すべて) is counted by the store.
     */
    private Callable<Listing> read(ExpiryFilter shown, Optional<String> chosen, LocalDate day, boolean tallying) {
        boolean tallied = tallying && !shown.through(day).isAfter(ExpiryTally.horizon(day, windows));
        return () -> {
            List<ExpiringLicence> found = board.licences(shown.from(day), shown.through(day), chosen, SHOWN + 1);
            int total = tallied ? -1 : found.size() <= SHOWN ? found.size()
                    : board.count(shown.from(day), shown.through(day), chosen);
            return new Listing(found, total);
        };
    }

    private void show(ExpiryFilter shown, Optional<String> chosen, Listing listing) {
        List<ExpiringLicence> found = listing.found();
        List<ExpiringLicence> listed = found.size() > SHOWN ? found.subList(0, SHOWN) : found;
        rows.setAll(listed.stream().map(this::row).toList());
        String total = String.format("%,d", listing.total() >= 0 ? listing.total() : tally.count(shown, chosen));
        count.set(found.size() > SHOWN
                ? messages.get("expiry.count.cut", label(shown), total, String.format("%,d", SHOWN))
                : messages.get("expiry.count", label(shown), total));
        loading.set(false);
        if (!shown.equals(filter.get()) || !chosen.equals(chosenProduct())) {
            // The choice changed while this list was read: read the one chosen now.
            loadRows();
        }
    }

    /** A list as read, and how many licences the filter holds in all (-1: as the tally counts them). */
    private record Listing(List<ExpiringLicence> found, int total) {
    }

    private Row row(ExpiringLicence licence) {
        // The list gives the day of the last reminder, which fits its column; the CSV gives the time too.
        return new Row(licence, Formats.date(licence.expires()),
                licence.lastReminder().map(Formats::date).orElse(""));
    }
}
