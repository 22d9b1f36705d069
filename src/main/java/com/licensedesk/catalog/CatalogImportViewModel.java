package com.licensedesk.catalog;

import com.licensedesk.csv.CsvExport;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * カタログの取り込み at the desk (admins): a CSV file imported in the background with its progress and speed, a
 * cancel that stores nothing and says how far it had read, and the refused rows as a table to save as CSV.
 */
public final class CatalogImportViewModel implements PersonalData {
    /** A refused row of the report. */
    public record ReportRow(int line, String reason) {
    }

    private final CatalogImporter importer;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final LongSupplier nanoTime;
    /** The file is read; its keys are being stored (set by the import's thread). */
    private volatile boolean storing;
    private final Activity activity;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ReportRow> report = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reportPlaceholder = new ReadOnlyStringWrapper(this, "reportPlaceholder");
    private final AtomicLong linesRead = new AtomicLong();
    private Tasks.Job job;
    private long startedNanos;

    /** {@code nanoTime}: the clock the speed is measured by ({@code System::nanoTime}). */
    public CatalogImportViewModel(CatalogImporter importer, Session session, Tasks tasks, Dialogs dialogs,
                                  Messages messages, LongSupplier nanoTime) {
        this.importer = importer;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.nanoTime = nanoTime;
        this.activity = new Activity(tasks, messages, CatalogImportViewModel.class);
        reportPlaceholder.set(messages.get("catalogImport.notYet"));
        // Also when the import failed (a file that vanished): the screen takes the next one.
        activity.busy().addListener((o, was, busy) -> {
            if (!busy) {
                running.set(false);
            }
        });
    }

    public ReadOnlyStringProperty fileName() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 by the bytes read; −1 while the size is not known. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** 「120,000行を読み込みました（毎秒 95,000行）」 while it runs. */
    public ReadOnlyStringProperty speed() {
        return speed.getReadOnlyProperty();
    }

    /** What the last import did, in words. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty report says: that nothing was imported yet, or that every row was taken. */
    public ReadOnlyStringProperty reportPlaceholder() {
        return reportPlaceholder.getReadOnlyProperty();
    }

    public ObservableList<ReportRow> report() {
        return report;
    }

    public Banner banner() {
        return activity.banner();
    }

    /** CSVファイルを選んで取り込む: the file chosen is imported; nothing happens while another import runs. */
    public void chooseFile() {
        if (running.get()) {
            return;
        }
        dialogs.openFile(messages.get("catalogImport.choose"), Dialogs.FileKind.CSV).ifPresent(this::start);
    }

    private void start(Path file) {
        StaffMember operator = session.staff().orElseThrow();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            activity.banner().error(messages.get("catalogImport.unreadable", file.toString()));
            return;
        }
        activity.banner().clear();
        report.clear();
        summary.set("");
        fileName.set(file.getFileName().toString());
        linesRead.set(0);
        progress.set(0);
        speed.set(messages.get("catalogImport.starting"));
        startedNanos = nanoTime.getAsLong();
        storing = false;
        running.set(true);
        job = activity.runLong("Importing the catalogue " + file, work -> importer.importFile(file,
                new ImportProgress() {
                    @Override
                    public void read(long line, long bytes) {
                        linesRead.set(line);
                        work.update(bytes, size);
                    }

                    @Override
                    public void storing() {
                        storing = true;
                        work.update(0, 0); // the bar shows work going on, with no end it could tell
                    }

                    @Override
                    public boolean cancelled() {
                        return work.isCancelled();
                    }
                }, operator.actor()), this::finished);
        if (job == null) {
            running.set(false);
            return;
        }
        job.progress().addListener((o, was, now) -> {
            progress.set(now.doubleValue());
            speed.set(storing ? messages.get("catalogImport.storing", linesRead.get())
                    : speed(linesRead.get()));
        });
    }

    /** 中止: the import stops at its next batch and stores nothing. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            speed.set(messages.get("catalogImport.cancelling"));
        }
    }

    /** 報告をCSVに保存: the refused rows, line and reason, in the file chosen. */
    public void saveReport() {
        dialogs.saveFile(messages.get("catalogImport.saveReport"), messages.get("catalogImport.reportFile"),
                Dialogs.FileKind.CSV).ifPresent(this::saveReport);
    }

    private void saveReport(Path file) {
        List<ReportRow> rows = List.copyOf(report);
        activity.run("Saving the import report", () -> CsvExport.write(file,
                List.of(messages.get("catalogImport.column.line"), messages.get("catalogImport.column.reason")),
                csv -> {
                    for (ReportRow row : rows) {
                        csv.row(List.of(row.line(), row.reason()));
                    }
                }), written -> activity.banner().success(messages.get("catalogImport.reportSaved",
                written, file.toString())),
                failure -> activity.failedToWrite("Saving the import report", failure, file));
    }

    @Override
    public void clear() {
        if (!running.get()) {
            report.clear();
            summary.set("");
            speed.set("");
            fileName.set("");
            progress.set(0);
            reportPlaceholder.set(messages.get("catalogImport.notYet"));
            activity.banner().clear();
        }
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private void finished(ImportReport done) {
        running.set(false);
        reportPlaceholder.set(messages.get(done.cancelled() ? "catalogImport.notYet" : "catalogImport.noErrors"));
        report.setAll(done.errors().stream().map(error -> new ReportRow(error.line(),
                messages.get(error.messageKey(), error.args().toArray()))).toList());
        long millis = Math.max(1, (nanoTime.getAsLong() - startedNanos) / 1_000_000);
        if (done.cancelled()) {
            progress.set(0);
            speed.set("");
            summary.set(messages.get("catalogImport.cancelled", done.lastLine()));
            activity.banner().info(messages.get("catalogImport.cancelled.banner"));
            return;
        }
        progress.set(1);
        speed.set(speed(linesRead.get()));
        if (done.refusedWhole()) {
            summary.set(messages.get("catalogImport.nothing"));
            activity.banner().error(messages.get("catalogImport.refusedWhole"));
            return;
        }
        CatalogRepository.ImportCounts counts = done.counts();
        summary.set(messages.get("catalogImport.done", counts.added(), counts.updated(), counts.unchanged(),
                done.refusedRows(), String.format("%.1f", millis / 1000.0)));
        if (done.hasErrors()) {
            activity.banner().error(messages.get("catalogImport.someRefused", done.refusedRows()));
        } else {
            activity.banner().success(messages.get("catalogImport.success"));
        }
    }

    /** 「120,000行を読み込みました（毎秒 95,000行）」 */
    private String speed(long lines) {
        return messages.get("catalogImport.speed", lines, perSecond(lines));
    }

    private long perSecond(long lines) {
        long elapsed = nanoTime.getAsLong() - startedNanos;
        return elapsed <= 0 ? 0 : lines * 1_000_000_000L / elapsed;
    }
}
