package com.licensedesk.sync;

import com.licensedesk.i18n.Messages;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.session.Actor;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * 同期 (admins and clerks): the kiosks' bundles chosen here and those in the sync folder are imported, each reported
 * with what became of its entries or why it was refused, and a reply is written for every kiosk heard from: into the
 * sync folder, or again into a folder the person chooses.
 */
public final class SyncViewModel implements PersonalData {
    private static final String BUNDLE_SUFFIX = ".ldsync";

    /** One bundle as reported: {@code waiting} counts the entries held behind another as well. */
    public record Row(String bundle, String kiosk, int applied, int waiting, boolean refused, String reason) {
    }

    private record Imported(List<Row> rows, List<String> heardFrom, int repliesWritten, Optional<Path> replyFailed) {
    }

    private final SyncImport imports;
    private final SyncReplies replies;
    private final KioskService kiosks;
    private final Optional<Path> syncFolder;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Activity activity;
    private final ObservableList<Path> chosen = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> heardFrom = FXCollections.observableArrayList();

    /** {@code syncFolder}: where bundles arrive and replies go, when the desk has one. */
    public SyncViewModel(SyncImport imports, SyncReplies replies, KioskService kiosks, Optional<Path> syncFolder,
                         Session session, Tasks tasks, Dialogs dialogs, Messages messages) {
        this.imports = imports;
        this.replies = replies;
        this.kiosks = kiosks;
        this.syncFolder = syncFolder;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.activity = new Activity(tasks, messages, SyncViewModel.class);
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

    /** The files chosen so far, in words. */
    public StringBinding chosenText() {
        return Bindings.createStringBinding(() -> chosen.isEmpty() ? messages.get("sync.chosen.none")
                : messages.get("sync.chosen", chosen.size(), String.join(messages.get("common.listSeparator"),
                        chosen.stream().map(p -> p.getFileName().toString()).toList())), chosen);
    }

    /** The sync folder, or that there is none. */
    public String folderText() {
        return syncFolder.map(folder -> messages.get("sync.folder", folder))
                .orElseGet(() -> messages.get("sync.folder.none"));
    }

    /** True while there is no kiosk to write a reply for. */
    public BooleanBinding nothingToReply() {
        return Bindings.isEmpty(heardFrom);
    }

    public void shown() {
        activity.banner().clear();
    }

    /** ファイルを選ぶ: several bundles, added to those chosen before. */
    public void chooseBundles() {
        List<Path> files = dialogs.openFiles(messages.get("sync.choose.title"), Dialogs.FileKind.BUNDLE);
        files.stream().filter(file -> !chosen.contains(file)).forEach(chosen::add);
    }

    /** 取り込む: the chosen bundles and the sync folder's, then a reply per kiosk heard from into the sync folder. */
    public void importBundles() {
        if (activity.isBusy()) {
            return;
        }
        Set<Path> files = new LinkedHashSet<>();
        chosen.forEach(file -> files.add(file.toAbsolutePath().normalize()));
        if (files.isEmpty() && syncFolder.isEmpty()) {
            activity.banner().error(messages.get("sync.error.nothingChosen"));
            return;
        }
        Actor actor = session.staff().map(StaffMember::actor).orElseThrow();
        activity.banner().info(messages.get("sync.importing"));
        activity.run("Importing kiosk bundles", () -> {
            syncFolder.ifPresent(folder -> SyncFolder.filesEndingIn(folder, BUNDLE_SUFFIX)
                    .forEach(file -> files.add(file.toAbsolutePath().normalize())));
            return importAll(actor, List.copyOf(files));
        }, this::imported);
    }

    private Imported importAll(Actor actor, List<Path> files) {
        List<Row> report = new ArrayList<>();
        Set<String> heard = new LinkedHashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                LoggerFactory.getLogger(SyncViewModel.class).warn("Cannot read the bundle {}", file, e);
                report.add(new Row(name, "", 0, 0, true, messages.get("sync.refused.unreadable")));
                continue;
            }
            BundleReport bundle = imports.importBundle(actor, name, bytes);
            if (bundle.refused().isEmpty()) {
                bundle.kiosk().ifPresent(heard::add);
            }
            report.add(row(bundle));
        }
        int written = 0;
        Optional<Path> failed = Optional.empty();
        if (syncFolder.isPresent()) {
            for (String kiosk : heard) {
                try {
                    written += replies.write(kiosk, syncFolder.get()).size();
                } catch (UncheckedIOException e) {
                    LoggerFactory.getLogger(SyncViewModel.class).warn("Cannot write the reply to {}", kiosk, e);
                    failed = syncFolder;
                }
            }
        }
        return new Imported(report, List.copyOf(heard), written, failed);
    }

    private void imported(Imported imported) {
        chosen.clear();
        rows.setAll(imported.rows());
        heardFrom.setAll(imported.heardFrom());
        if (imported.rows().isEmpty()) {
            activity.banner().info(messages.get("sync.nothingFound"));
        } else if (imported.replyFailed().isPresent()) {
            activity.banner().error(messages.get("sync.replies.failed", imported.replyFailed().get()));
        } else if (imported.heardFrom().isEmpty()) {
            activity.banner().success(messages.get("sync.imported", imported.rows().size()));
        } else if (syncFolder.isEmpty()) {
            activity.banner().info(messages.get("sync.imported.noFolder", imported.rows().size()));
        } else {
            activity.banner().success(messages.get("sync.imported.replied", imported.rows().size(),
                    imported.repliesWritten()));
        }
    }

    /** 返信を保存: the replies to the kiosks of the last import, written again into a folder the person chooses. */
    public void saveReplies() {
        if (activity.isBusy() || heardFrom.isEmpty()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(messages.get("sync.replies.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        List<String> kiosksHeard = List.copyOf(heardFrom);
        Path target = folder.get();
        activity.run("Writing replies to kiosks", () -> {
            int written = 0;
            for (String kiosk : kiosksHeard) {
                written += replies.write(kiosk, target).size();
            }
            return written;
        }, written -> activity.banner().success(messages.get("sync.replies.saved", written, target)),
                failure -> activity.failedToWrite("Writing replies to kiosks", failure, target));
    }

    private Row row(BundleReport report) {
        String kiosk = report.kiosk().orElse("");
        if (report.refused().isPresent()) {
            return new Row(report.fileName(), kiosk, 0, 0, true, refusal(report.refused().get()));
        }
        int waiting = report.waiting() + report.held();
        String reason;
        if (report.missing().isPresent()) {
            reason = messages.get("sync.report.missing", report.missing().getAsLong(), report.held());
        } else if (waiting > 0) {
            reason = messages.get("sync.report.waitingReason", waiting);
        } else if (report.entries() == 0 || report.applied() == 0) {
            reason = messages.get("sync.report.nothingNew");
        } else {
            reason = "";
        }
        return new Row(report.fileName(), kiosk, report.applied(), waiting, false, reason);
    }

    /** Why a bundle was refused, and what to do about it. */
    private String refusal(BundleRefused refused) {
        return switch (refused.reason()) {
            case NOT_A_BUNDLE -> messages.get("sync.refused.notABundle");
            case NOT_A_BUNDLE_BUT_ANOTHER_FILE -> messages.get("sync.refused.anotherFile");
            case NEWER_FORMAT -> messages.get("sync.refused.newerFormat");
            case UNKNOWN_KIOSK -> messages.get("sync.refused.unknownKiosk", refused.kiosk().orElse(""));
            case REVOKED -> messages.get("sync.refused.revoked", revokedOn(refused.kiosk()),
                    refused.detail().orElse(""));
            case TRUNCATED -> messages.get("sync.refused.truncated");
            case ALTERED -> messages.get("sync.refused.altered");
            case NOT_FOR_THIS_HOME -> messages.get("sync.refused.notForThisHome");
            case NOT_HOME -> messages.get("sync.refused.notHome");
        };
    }

    private String revokedOn(Optional<String> kiosk) {
        return kiosk.flatMap(kiosks::find).flatMap(k -> k.revocation())
                .map(revocation -> Formats.date(revocation.at())).orElse("");
    }

    @Override
    public void clear() {
        chosen.clear();
        rows.clear();
        heardFrom.clear();
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
