package com.licensedesk.kiosks;

import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * キオスク管理 (admins): the kiosks enrolled with this home, enrolling one (in its own dialog) and revoking one with a
 * reason. The service checks the role again; this screen only leads the way.
 */
public final class KiosksViewModel implements PersonalData {
    /** One kiosk as listed: {@code unsettled} are its entries that wait in 同期の確認 or behind one. */
    public record Row(String name, String state, String lastReceived, long unsettled, boolean active) {
    }

    private final KioskService kiosks;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Runnable openEnrolment;
    private final Activity activity;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** {@code openEnrolment} opens キオスクの登録 over the screen. */
    public KiosksViewModel(KioskService kiosks, Session session, Tasks tasks, Dialogs dialogs, Messages messages,
                           Runnable openEnrolment) {
        this.kiosks = kiosks;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openEnrolment = openEnrolment;
        this.activity = new Activity(tasks, messages, KiosksViewModel.class);
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
        activity.banner().clear();
        load();
    }

    /** Reads the list again: after an enrolment in the dialog. */
    public void load() {
        activity.run("Reading the kiosks", kiosks::all, all -> rows.setAll(all.stream()
                .map(k -> new Row(k.name(), messages.get(k.active() ? "kiosks.state.active" : "kiosks.state.revoked"),
                        k.lastReceivedAt().map(Formats::dateTime).orElse(messages.get("kiosks.neverReceived")),
                        k.unsettled(), k.active()))
                .toList()));
    }

    /** 登録: the enrolment dialog. */
    public void enrol() {
        activity.banner().clear();
        openEnrolment.run();
    }

    /** 取り消し: asks why, then home refuses the kiosk's later bundles with that reason. */
    public void revoke(Row row) {
        if (row == null || activity.isBusy()) {
            return;
        }
        if (!row.active()) {
            activity.banner().error(messages.get("kiosks.revoke.already", row.name()));
            return;
        }
        activity.banner().clear();
        var typed = dialogs.askText(messages.get("kiosks.revoke.title"),
                messages.get("kiosks.revoke.question", row.name()), messages.get("form.revokeReason"));
        if (typed.isEmpty()) {
            return;
        }
        var problem = KioskService.REVOKE_REASON.problem(typed.get());
        if (problem.isPresent()) {
            activity.banner().error(messages.get("kiosks.error.field", messages.get("form.revokeReason"),
                    messages.get(problem.get())));
            return;
        }
        Actor actor = session.staff().map(StaffMember::actor).orElseThrow();
        String reason = typed.get();
        activity.run("Revoking a kiosk", () -> kiosks.revoke(actor, row.name(), reason), revoked -> {
            activity.banner().success(messages.get(revoked ? "kiosks.revoked" : "kiosks.revoke.already",
                    row.name()));
            load();
        });
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
}
