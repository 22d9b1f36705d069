package com.licensedesk.desk;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.audit.AuditRecord;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 本日の作業: what this desk did for customers today (Japan time), newest first, each customer one click away. */
public final class TodayViewModel implements PersonalData {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.JAPAN);

    /** One piece of work. */
    public record Row(String time, String what, String company, String loginId, String operator,
                      Optional<Long> accountId) {
    }

    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final String desk;
    private final BiConsumer<Long, Row> open;
    private final Activity activity;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** {@code open} acts for the customer of a row. */
    public TodayViewModel(AuditLog audit, Tasks tasks, Messages messages, Clock clock, String desk,
                          BiConsumer<Long, Row> open) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.desk = desk;
        this.open = open;
        this.activity = new Activity(tasks, messages, TodayViewModel.class);
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

    public void shown() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        AuditQuery query = new AuditQuery(Optional.of(today.atStartOfDay(Formats.JAPAN).toInstant()),
                Optional.of(today.plusDays(1).atStartOfDay(Formats.JAPAN).toInstant()), Optional.empty(),
                AuditAction.work(), Optional.of(desk), "");
        activity.run("Reading today's work", () -> audit.search(query, 1_000),
                found -> rows.setAll(found.stream().map(this::row).toList()));
    }

    /** 開く: act for the row's customer. */
    public void open(Row row) {
        if (row != null && row.accountId().isPresent()) {
            open.accept(row.accountId().get(), row);
        }
    }

    @Override
    public void clear() {
        rows.clear();
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private Row row(AuditRecord record) {
        return new Row(TIME.format(record.entry().at()), messages.get(record.entry().action().labelKey()),
                record.companyName().orElse(""), record.accountLoginId().orElse(""),
                record.entry().actor().loginId(), record.entry().accountId());
    }
}
