package com.licensedesk.kiosks;

import com.licensedesk.domain.InvalidInput;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * キオスクの登録 (a dialog over キオスク管理): the kiosk's name; home makes its keys and its enrolment file, the admin
 * says where to save the file, and the one-time passphrase that opens it is shown then, this once. Should the admin
 * cancel the file dialog, the enrolled kiosk's file is kept here to be saved on the next press, never made twice.
 */
public final class EnrolKioskViewModel implements PersonalData {
    private final KioskService kiosks;
    private final Session session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Runnable whenEnrolled;
    private final Activity activity;
    private final FormField name = FormField.named("kioskNameField").spec(KioskName.FIELD).build();
    private final Form form = Form.of(name);
    private final ReadOnlyStringWrapper passphrase = new ReadOnlyStringWrapper(this, "passphrase", "");
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper(this, "enrolled", false);
    private Optional<KioskService.Enrolled> unsaved = Optional.empty();

    /** {@code enrolled} hears that a kiosk was enrolled (キオスク管理 reads its list again). */
    public EnrolKioskViewModel(KioskService kiosks, Session session, Tasks tasks, Dialogs dialogs, Messages messages,
                               Runnable enrolled) {
        this.kiosks = kiosks;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.whenEnrolled = enrolled;
        this.activity = new Activity(tasks, messages, EnrolKioskViewModel.class);
    }

    public Form form() {
        return form;
    }

    public Banner banner() {
        return activity.banner();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** The one-time passphrase once the file is saved; empty before. */
    public ReadOnlyStringProperty passphrase() {
        return passphrase.getReadOnlyProperty();
    }

    /** True once the kiosk is enrolled: its name is fixed, and only its file remains to be saved. */
    public ReadOnlyBooleanProperty enrolled() {
        return enrolled.getReadOnlyProperty();
    }

    /** The dialog opens empty: nothing of an earlier enrolment is shown again. */
    public void opened() {
        clear();
    }

    /** 保存: enrols the kiosk (once), then saves its enrolment file where the admin says. */
    public void save() {
        if (activity.isBusy() || !passphrase.get().isEmpty()) {
            return;
        }
        if (unsaved.isPresent()) {
            saveFile(unsaved.get());
            return;
        }
        if (!activity.validate(form)) {
            return;
        }
        Actor actor = session.staff().map(StaffMember::actor).orElseThrow();
        String typed = name.text().get();
        activity.run("Enrolling a kiosk", () -> kiosks.enrol(actor, typed), done -> {
            unsaved = Optional.of(done);
            enrolled.set(true);
            whenEnrolled.run();
            saveFile(done);
        }, failure -> {
            if (failure instanceof InvalidInput invalid) {
                invalid.problems().stream().filter(p -> p.field().equals(KioskName.FIELD.name()))
                        .forEach(p -> name.refuse(messages.get(p.problem())));
                activity.banner().fieldsNeedAttention(messages, form);
            } else if (failure instanceof KioskRepository.NameTaken) {
                name.refuse(messages.get("kiosks.error.nameTaken"));
                activity.banner().fieldsNeedAttention(messages, form);
            } else {
                activity.failed("Enrolling a kiosk", failure);
            }
        });
    }

    private void saveFile(KioskService.Enrolled done) {
        Optional<Path> target = dialogs.saveFile(messages.get("kiosks.enrol.saveTitle"), done.fileName(),
                Dialogs.FileKind.ENROLMENT);
        if (target.isEmpty()) {
            activity.banner().error(messages.get("kiosks.enrol.notSaved", done.kiosk().name()));
            return;
        }
        Path file = target.get();
        activity.run("Saving an enrolment file", () -> Files.write(file, done.file()), written -> {
            unsaved = Optional.empty();
            passphrase.set(done.passphrase());
            activity.banner().success(messages.get("kiosks.enrol.saved", done.kiosk().name(), file));
        }, failure -> activity.failedToWrite("Saving an enrolment file", failure, file));
    }

    @Override
    public void clear() {
        form.clear();
        passphrase.set("");
        unsaved = Optional.empty();
        enrolled.set(false);
        activity.banner().clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
