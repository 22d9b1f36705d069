package com.licensedesk.directory;

import com.licensedesk.csv.CsvExport;
import com.licensedesk.domain.SearchText;
import com.licensedesk.licences.LicenceStatus;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 顧客一覧: results as the clerk types (a search once the typing pauses; a newer search stops the one still running,
 * and an older answer arriving late is dropped), opening a customer to act for them, a new registration, and the whole
 * directory as CSV.
 */
public final class DirectoryViewModel implements PersonalData {
    /** At most this many customers are listed; a longer list says to narrow the search. */
    public static final int LIMIT = 200;
    /**
     * A change of the query is searched once the typing has paused this long: keys pasted or scanned (a few ms apart)
     * make one search, a typist's (100 to 200 ms apart) one each, the previous one stopped, so the list follows the
     * typing; waiting longer would hold every answer back by as much (TypingBenchmark).
     */
    static final Duration QUIET = Duration.ofMillis(50);

    /**
     * One row of the table; {@code nextExpiryStatus} says whether the next expiry is near (間もなく期限切れ, as on
     * 製品/サービス), and is empty without one.
     */
    public record Row(long accountId, String companyName, String companyNameKana, String loginId, String contact,
                      String phone, int licences, String nextExpiry, LocalDate nextExpiryDate,
                      Optional<LicenceStatus> nextExpiryStatus) {
    }

    private final Directory directory;
    private final Session session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    private final int warningDays;
    private final Consumer<Row> open;
    private final Runnable newRegistration;
    private final Activity activity;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final AtomicLong latest = new AtomicLong();
    /** The search waiting for the typing to pause, and the one running: each replaced by the next. */
    private Tasks.Job waiting;
    private Tasks.Job running;
    private final ReadOnlyBooleanWrapper registrationOffered = new ReadOnlyBooleanWrapper(this, "registrationOffered");
    private OptionalLong lastOpened = OptionalLong.empty();

    public DirectoryViewModel(Directory directory, Session session, Tasks tasks, Dialogs dialogs, Messages messages,
                              Clock clock, int warningDays, Consumer<Row> open, Runnable newRegistration) {
        this.directory = directory;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.warningDays = warningDays;
        this.open = open;
        this.newRegistration = newRegistration;
        this.activity = new Activity(tasks, messages, DirectoryViewModel.class);
        query.addListener((obs, was, now) -> searchWhenTypingPauses());
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** 「N件」, or that nothing matched. */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The screen is shown: the list as the query stands (the newest customers with none). */
    public void shown() {
        activity.banner().clear();
        registrationOffered.set(session.mayChangeCustomers());
        search();
    }

    private void searchWhenTypingPauses() {
        if (waiting != null) {
            waiting.cancel();
        }
        waiting = tasks.later(QUIET, this::search);
    }

    private void search() {
        stopSearching();
        long mine = latest.get();
        List<String> terms = SearchText.terms(query.get());
        LocalDate today = today();
        running = tasks.run(progress -> directory.search(terms, LIMIT, today, progress::whenCancelled), found -> {
            if (latest.get() == mine) {
                running = null;
                rows.setAll(found.stream().map(customer -> row(customer, today)).toList());
                count.set(found.isEmpty() ? messages.get("directory.none")
                        : messages.get(found.size() >= LIMIT ? "directory.countMore" : "directory.count",
                        found.size()));
            }
        }, failure -> {
            // A stopped search fails with its interrupted statement: nobody waits for it.
            if (latest.get() == mine) {
                running = null;
                activity.failed("Searching the directory", failure);
            }
        });
    }

    /** No search waits or runs any more; an answer still arriving is dropped. */
    private void stopSearching() {
        latest.incrementAndGet();
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Enter or 開く on a row: act for that customer. */
    public void open(Row row) {
        if (row != null) {
            lastOpened = OptionalLong.of(row.accountId());
            open.accept(row);
        }
    }

    /**
     * The customer last opened from the list, once: coming back from acting for them, the list selects where the
     * clerk was rather than its first row, and the next list its first row again.
     */
    public OptionalLong takeLastOpened() {
        OptionalLong opened = lastOpened;
        lastOpened = OptionalLong.empty();
        return opened;
    }

    /** 新規登録 (its button, Ctrl+N): offered to operators who may change customers' data, not to a read-only one. */
    public ReadOnlyBooleanProperty registrationOffered() {
        return registrationOffered.getReadOnlyProperty();
    }

    /** 新規登録 (Ctrl+N), where offered. */
    public void newRegistration() {
        if (registrationOffered.get()) {
            newRegistration.run();
        }
    }

    /** CSV出力: every customer, not only those listed, in the file chosen. */
    public void export() {
        dialogs.saveFile(messages.get("directory.export"), messages.get("directory.exportFile"),
                Dialogs.FileKind.CSV).ifPresent(this::export);
    }

    private void export(Path file) {
        LocalDate today = today();
        activity.run("Exporting the directory", () -> CsvExport.write(file,
                List.of(messages.get("directory.column.company"), messages.get("directory.column.companyKana"),
                        messages.get("directory.column.loginId"), messages.get("directory.column.contact"),
                        messages.get("directory.column.phone"), messages.get("directory.column.licences"),
                        messages.get("directory.column.nextExpiry")), csv -> {
                    for (CustomerSummary customer : directory.all(today)) {
                        csv.row(List.of(customer.companyName(), customer.companyNameKana(), customer.loginId(),
                                customer.contactName(), customer.phone(), customer.licenceCount(),
                                customer.nextExpiry().map(LocalDate::toString).orElse("")));
                    }
                }), written -> activity.banner().success(messages.get("directory.exported", written, file)),
                failure -> activity.failedToWrite("Exporting the directory", failure, file));
    }

    @Override
    public void clear() {
        lastOpened = OptionalLong.empty();
        query.set("");
        stopSearching();
        rows.clear();
        count.set("");
        activity.banner().clear();
    }

    /** The list is the desk's, not a customer's: it stays while the operator moves between customers. */
    @Override
    public boolean endsWithSession() {
        return false;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.JAPAN));
    }

    private Row row(CustomerSummary customer, LocalDate today) {
        return new Row(customer.accountId(), customer.companyName(), customer.companyNameKana(), customer.loginId(),
                customer.contactName(), customer.phone(), customer.licenceCount(),
                customer.nextExpiry().map(Formats::date).orElse("-"), customer.nextExpiry().orElse(null),
                customer.nextExpiry().map(expires -> LicenceStatus.of(expires, today, warningDays)));
    }
}
