package com.licensedesk.account;

import com.licensedesk.auth.Lockout;
import com.licensedesk.auth.NewPasswordFields;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.Session;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** パスワードの変更: the current password, the new one and its confirmation under the password policy. */
public final class ChangePasswordViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChangePasswordViewModel.class);

    private final PasswordChangeService service;
    private final Session session;
    private final Tasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Instant> whenChanged;
    private final FormField current = FormField.named("currentPasswordField").required().cleanUp(typed -> typed)
            .build();
    private final NewPasswordFields newPassword = new NewPasswordFields("newPasswordField", "newPasswordConfirmField");
    private final Form form = Form.joining(Form.of(current), newPassword.form());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final Banner banner = new Banner();

    public ChangePasswordViewModel(PasswordChangeService service, Session session, Tasks tasks, Messages messages,
                                   Clock clock, Consumer<Instant> whenChanged) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
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
        return busy.getReadOnlyProperty();
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

    public void submit() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        int refused = form.validate(messages);
        if (refused > 0) {
            banner.error(messages.get("common.banner.fieldsNeedAttention", refused));
            return;
        }
        long accountId = session.require().accountId();
        String typedCurrent = current.value();
        String typedNew = newPassword.password().value();
        busy.set(true);
        tasks.run(() -> service.change(accountId, typedCurrent, typedNew), result -> {
            busy.set(false);
            if (result instanceof PasswordChangeService.Result.Changed changed) {
                form.clear();
                done.set(true);
                whenChanged.accept(changed.at());
            } else if (result instanceof PasswordChangeService.Result.Locked locked) {
                banner.error(Lockout.message(messages, locked.until(), clock.instant()));
            } else {
                current.refuse(messages.get("password.wrongCurrent"));
                banner.error(messages.get("common.banner.fieldsNeedAttention", form.errorCount()));
            }
        }, failure -> {
            busy.set(false);
            LOG.error("The password could not be changed", failure);
            banner.error(messages.get("common.error.unexpected"));
        });
    }
}
