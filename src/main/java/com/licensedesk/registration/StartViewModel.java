package com.licensedesk.registration;

import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.session.Session;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.FormField;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;

/** The Start screen ユーザ登録: which kind of customer, and the one product key. */
public final class StartViewModel implements PersonalData {
    /** The two options of the Start screen. */
    public enum Choice { EXISTING_CUSTOMER, NEW_CUSTOMER }

    private final RegistrationWizard wizard;
    private final KeyAvailability keys;
    private final Session session;
    private final Tasks tasks;
    private final Messages messages;
    private final Consumer<String> existingCustomer;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.NEW_CUSTOMER);
    private final FormField key;
    private final Activity activity;
    private final Banner banner;

    /**
     * {@code existingCustomer} takes an existing customer, with the key typed so far (maybe none), to the login; the
     * key step follows it with the key still typed, as the manual's note on Step 1 says.
     */
    public StartViewModel(RegistrationWizard wizard, KeyAvailability keys, Session session, Tasks tasks,
                          Messages messages, Consumer<String> existingCustomer) {
        this.wizard = wizard;
        this.session = session;
        this.key = KeyAvailability.keyField();
        key.text().bindBidirectional(wizard.keyText());
        this.keys = keys;
        this.tasks = tasks;
        this.activity = new Activity(tasks, messages, StartViewModel.class);
        this.banner = activity.banner();
        this.messages = messages;
        this.existingCustomer = existingCustomer;
    }

    public ObjectProperty<Choice> choice() {
        return choice;
    }

    public StringProperty keyText() {
        return wizard.keyText();
    }

    public ReadOnlyStringProperty keyError() {
        return key.error();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /**
     * スタッフログイン, 設定 and the other language are for whoever stands at a desk nobody is signed in to. An operator
     * starting 新規登録 is signed in already, the settings are no step of a registration, and the other language starts
     * the window over, signed out, with what was typed gone.
     */
    public boolean visitorLinksOffered() {
        return session.staff().isEmpty();
    }

    /** 続行: checks the key's shape at once, then the catalogue in the background, and moves on when both pass. */
    public void proceed() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        key.clearError();
        String typed = key.value();
        if (choice.get() == Choice.EXISTING_CUSTOMER && typed.isBlank()) {
            existingCustomer.accept("");
            return;
        }
        if (!key.validate(messages)) {
            return;
        }
        if (choice.get() == Choice.EXISTING_CUSTOMER) {
            // Whose key it may already be depends on who signs in: the catalogue is checked after the login.
            wizard.keyText().set("");
            existingCustomer.accept(typed);
            return;
        }
        activity.run("Checking the key", () -> keys.check(typed, Optional.empty(),
                KeyAvailability.WhenExpired.ALLOWED), outcome -> {
            if (outcome.problem().isPresent()) {
                key.refuse(messages.get(outcome.problem().get().messageKey()));
                return;
            }
            wizard.keyFound(outcome.entry().orElseThrow());
        });
    }

    /** Back to the first visit: the new-customer option, no key, no message. */
    @Override
    public void clear() {
        choice.set(Choice.NEW_CUSTOMER);
        key.clearError();
        banner.clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }
}
