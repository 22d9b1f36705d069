package com.licensedesk.account;

import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.session.Session;
import com.licensedesk.session.Acting;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** パスワードの変更: the current password, the new one and its confirmation under the password policy. */
public final class ChangePasswordViewModel implements PersonalData {
    private final PasswordChangeService service;
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Instant> whenChanged;
    private final FormField current = FormField.named("currentPasswordField").required().cleanUp(typed -> typed)
            .build();
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final Form form = Form.joining(Form.of(current), newPassword.form());
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final Activity activity;
    private final Banner banner;

    public ChangePasswordViewModel(PasswordChangeService service, Session session, Tasks tasks, Messages messages,
                                   Clock clock, Consumer<Instant> whenChanged) {
        this.service = service;
        this.session = session;
        this.activity = new Activity(tasks, messages, ChangePasswordViewModel.class);
        this.banner = activity.banner();
        this.messages = messages;
        this.clock = clock;
        this.whenChanged = whenChanged;
    }

    public Form form() {
        return form;
    }

    public Banner banner() {
        return banner;
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    /** True once the password was changed: the dialog closes. */
    public ReadOnlyBooleanProperty done() {
        return done.getReadOnlyProperty();
    }

    /** The dialog opens empty. */
    public void opened() {
        form.clear();
        banner.clear();
        done.set(false);
    }

    /** Nothing typed stays for the next person. */
    @Override
    public void clear() {
        opened();
    }

    public void submit() {
        if (activity.isBusy() || !activity.validate(form)) {
            return;
        }
        Acting acting = session.require();
        String typedCurrent = current.value();
        String typedNew = newPassword.password().value();
        activity.runFor(session, acting, "Changing the password",
                () -> service.change(acting.accountId(), typedCurrent, typedNew), result -> {
            if (result instanceof PasswordChangeService.Result.Changed changed) {
                form.clear();
                done.set(true);
                whenChanged.accept(changed.at());
            } else if (result instanceof PasswordChangeService.Result.Locked locked) {
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                current.refuse(messages.get("password.wrongCurrent"));
                banner.fieldsNeedAttention(messages, form);
            }
        });
    }
}
