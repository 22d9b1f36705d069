package com.licensedesk.registration;

import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.KeyCheck;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.Tasks;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Start screen ユーザ登録: which kind of customer, and the one product key. */
public final class StartViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(StartViewModel.class);

    /** The two options of the Start screen. */
    public enum Choice { EXISTING_CUSTOMER, NEW_CUSTOMER }

    private final RegistrationWizard wizard;
    private final KeyCheck keyCheck;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final Consumer<String> existingCustomer;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.NEW_CUSTOMER);
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper(this, "keyError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final Banner banner = new Banner();

    /**
     * {@code existingCustomer} takes an existing customer, with the key typed so far (maybe none), to the login; the
     * key step follows it with the key still typed, as the manual's note on Step 1 says.
     */
    public StartViewModel(RegistrationWizard wizard, KeyCheck keyCheck, Tasks tasks, Navigator navigator,
                          Messages messages, Consumer<String> existingCustomer) {
        this.wizard = wizard;
        this.keyCheck = keyCheck;
        this.tasks = tasks;
        this.navigator = navigator;
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
        return keyError.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }

    public Banner banner() {
        return banner;
    }

    /** 続行: checks the key's shape at once, then the catalogue in the background, and moves on when both pass. */
    public void proceed() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        keyError.set("");
        String typed = wizard.keyText().get();
        Optional<KeyProblem> shapeProblem = ProductKey.shapeProblem(typed);
        if (choice.get() == Choice.EXISTING_CUSTOMER && shapeProblem.equals(Optional.of(KeyProblem.EMPTY))) {
            existingCustomer.accept("");
            return;
        }
        if (shapeProblem.isPresent()) {
            keyError.set(messages.get(shapeProblem.get().messageKey()));
            return;
        }
        if (choice.get() == Choice.EXISTING_CUSTOMER) {
            // Whose key it may already be depends on who signs in: the catalogue is checked after the login.
            wizard.keyText().set("");
            existingCustomer.accept(typed);
            return;
        }
        busy.set(true);
        tasks.run(() -> keyCheck.check(typed, Optional.empty()), outcome -> {
            busy.set(false);
            if (outcome.problem().isPresent()) {
                keyError.set(messages.get(outcome.problem().get().messageKey()));
                return;
            }
            wizard.keyFound(outcome.entry().orElseThrow());
            navigator.show(Screen.PRODUCT_CHECK);
        }, failure -> {
            busy.set(false);
            LOG.error("Checking the key failed", failure);
            banner.error(messages.get("common.error.unexpected"));
        });
    }

    /** Back to the first visit: the new-customer option, no key, no message. */
    public void clear() {
        choice.set(Choice.NEW_CUSTOMER);
        keyError.set("");
        banner.clear();
    }
}
