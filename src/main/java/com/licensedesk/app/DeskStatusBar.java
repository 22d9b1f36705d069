package com.licensedesk.app;

import com.licensedesk.desk.DeskStatusViewModel;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** ControlsFX's status bar under every desk screen, bound to {@link DeskStatusViewModel}. */
final class DeskStatusBar {
    private DeskStatusBar() {
    }

    static StatusBar of(DeskStatusViewModel status) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.getStyleClass().add("desk-status");
        bar.textProperty().bind(status.operator());
        Label desk = label("deskName", status.desk());
        Label smtp = label("smtpState", status.smtp());
        Label waiting = label("outboxWaitingCount", status.waiting());
        Label failed = label("outboxFailedCount", status.failed());
        status.anyFailed().addListener((obs, was, any) -> {
            failed.getStyleClass().remove("status-failed");
            if (any) {
                failed.getStyleClass().add("status-failed");
            }
        });
        // Shown only while there is trouble, first: the reason a save failed, until a later one goes through.
        Label storage = label("databaseState", status.storage());
        storage.getStyleClass().add("status-failed");
        Separator storageSeparator = separator();
        for (Node shown : new Node[] {storage, storageSeparator}) {
            shown.visibleProperty().bind(status.storageTroubled());
            shown.managedProperty().bind(status.storageTroubled());
        }
        bar.getRightItems().addAll(storage, storageSeparator, desk, separator(), smtp, separator(), waiting,
                separator(), failed);
        return bar;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setPadding(new Insets(0, 6, 0, 6));
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
