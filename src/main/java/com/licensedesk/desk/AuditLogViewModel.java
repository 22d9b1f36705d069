package com.licensedesk.desk;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.audit.AuditRecord;
import com.licensedesk.csv.CsvExport;
import com.licensedesk.i18n.Messages;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 監査ログ: entries filtered by date range (Japan time, both days included), operator, action and free text, with
 * each field's old and new value as recorded (secrets are never recorded), and the result as CSV.
 */
public final class AuditLogViewModel implements PersonalData {
    /** At most this many entries are listed and exported at once; narrow the range for more. */
    public static final int LIMIT = 5_000;

    /** One entry as listed, in words, and the entry it shows. */
    public record Row(String when, String desk, String actor, String company, String loginId, String action,
                      String detail, AuditRecord record) {
    }

    /** A choice in a filter: what it means, and what it shows. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AuditLog audit;
    private final OperatorService operators;
    private final Dialogs dialogs;
    private final Messages messages;
    private final AuditWords words;
    private final Clock clock;
    private final Activity activity;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Choice> operator = new SimpleObjectProperty<>(this, "operator");
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>(this, "action");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Choice> operatorChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> actionChoices = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public AuditLogViewModel(AuditLog audit, OperatorService operators, Tasks tasks, Dialogs dialogs,
                             Messages messages, Clock clock) {
        this.audit = audit;
        this.operators = operators;
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = new AuditWords(messages);
        this.clock = clock;
        this.activity = new Activity(tasks, messages, AuditLogViewModel.class);
        Choice all = everything();
        actionChoices.add(all);
        AuditAction.offered().forEach(known -> actionChoices.add(new Choice(known.name(),
                messages.get(known.labelKey()))));
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<Choice> operator() {
        return operator;
    }

    public ObjectProperty<Choice> action() {
        return action;
    }

    public StringProperty text() {
        return text;
    }

    public ObservableList<Choice> operatorChoices() {
        return operatorChoices;
    }

    public ObservableList<Choice> actionChoices() {
        return actionChoices;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The screen opens on the last seven days, everyone, every action. */
    public void shown() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        from.set(today.minusDays(6));
        to.set(today);
        operator.set(everything());
        action.set(everything());
        text.set("");
        activity.run("Reading the operators", () -> operators.all(), all -> {
            operatorChoices.setAll(everything());
            all.stream().map(o -> new Choice(o.loginId(), o.name() + " (" + o.loginId() + ")"))
                    .forEach(operatorChoices::add);
            search();
        });
    }

    /** 検索: the entries that match the filters. */
    public void search() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            activity.banner().error(messages.get("audit.error.range"));
            return;
        }
        AuditQuery query = query();
        activity.run("Reading the audit log", () -> audit.search(query, LIMIT), found -> {
            rows.setAll(found.stream().map(this::row).toList());
            if (found.size() >= LIMIT) {
                activity.banner().info(messages.get("audit.limit", LIMIT));
            } else {
                activity.banner().clear();
            }
        });
    }

    /** A row opened: the whole entry, every part of its details, in a window of its own. */
    public void open(Row row) {
        if (row != null) {
            dialogs.showText(messages.get("audit.entry.title"), words.entry(row.record()));
        }
    }

    /** CSV出力 of what the filters select, in the file chosen. */
    public void export() {
        dialogs.saveFile(messages.get("directory.export"), messages.get("audit.exportFile"), Dialogs.FileKind.CSV)
                .ifPresent(this::export);
    }

    private void export(Path file) {
        AuditQuery query = query();
        activity.run("Exporting the audit log", () -> CsvExport.write(file,
                List.of(messages.get("audit.column.when"), messages.get("audit.column.desk"),
                        messages.get("audit.column.actor"), messages.get("audit.column.company"),
                        messages.get("audit.column.loginId"), messages.get("audit.column.action"),
                        messages.get("audit.column.detail")), csv -> {
                    for (AuditRecord record : audit.search(query, LIMIT)) {
                        Row row = row(record);
                        csv.row(List.of(row.when(), row.desk(), row.actor(), row.company(), row.loginId(),
                                row.action(), row.detail()));
                    }
                }), written -> activity.banner().success(messages.get("audit.exported", written, file)),
                failure -> activity.failedToWrite("Exporting the audit log", failure, file));
    }

    @Override
    public void clear() {
        rows.clear();
        text.set("");
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private AuditQuery query() {
        Optional<String> who = Optional.ofNullable(operator.get()).map(Choice::value).filter(v -> !v.isEmpty());
        Set<AuditAction> actions = Optional.ofNullable(action.get()).map(Choice::value).filter(v -> !v.isEmpty())
                .map(AuditAction::valueOf).map(Set::of).orElse(Set.of());
        return new AuditQuery(Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(Formats.JAPAN).toInstant()),
                Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(Formats.JAPAN).toInstant()),
                who, actions, Optional.empty(), text.get() == null ? "" : text.get());
    }

    private Choice everything() {
        return new Choice("", messages.get("audit.filter.all"));
    }

    private Row row(AuditRecord record) {
        AuditEntry entry = record.entry();
        // Replayed from a kiosk: the kiosk is named as one; the opened entry shows both clocks.
        String desk = entry.entered().map(entered -> messages.get("audit.kioskDesk", entered.place()))
                .orElse(record.desk());
        return new Row(words.when(entry.at()), desk, words.actor(entry.actor()), record.companyName().orElse(""),
                record.accountLoginId().orElse(""), words.action(entry), words.detail(entry.detail()), record);
    }
}
