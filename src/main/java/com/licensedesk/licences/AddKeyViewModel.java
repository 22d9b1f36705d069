package com.licensedesk.licences;

import com.licensedesk.auth.Session;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.Screen;
import com.licensedesk.ui.Tasks;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 製品を追加する, Steps 3 and 4: the ライセンスキー screen, then the product check, then the licence is added to the
 * signed-in account. キャンセル at either step goes back to the products screen with nothing added.
 */
public final class AddKeyViewModel implements AgreementStep {
    private static final Logger LOG = LoggerFactory.getLogger(AddKeyViewModel.class);

    private final KeyCheck keyCheck;
    private final AddKeyService service;
    private final Session session;
    private final ProductsViewModel products;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final Runnable afterAdded;
    private final StringProperty keyText = new SimpleStringProperty(this, "keyText", "");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper(this, "keyError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Banner banner = new Banner();
    private CatalogEntry entry;

    public AddKeyViewModel(KeyCheck keyCheck, AddKeyService service, Session session, ProductsViewModel products,
                           Tasks tasks, Navigator navigator, Messages messages, Runnable afterAdded) {
        this.keyCheck = keyCheck;
        this.service = service;
        this.session = session;
        this.products = products;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.afterAdded = afterAdded;
    }

    public StringProperty keyText() {
        return keyText;
    }

    public ReadOnlyStringProperty keyError() {
        return keyError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    /** 続行 on ライセンスキー: the key's shape at once, then the catalogue and the licences in the background. */
    public void proceed() {
        if (busy.get()) {
            return;
        }
        banner.clear();
        keyError.set("");
        String typed = keyText.get();
        Optional<KeyProblem> shape = ProductKey.shapeProblem(typed);
        if (shape.isPresent()) {
            keyError.set(messages.get(shape.get().messageKey()));
            return;
        }
        long accountId = session.require().accountId();
        busy.set(true);
        tasks.run(() -> keyCheck.check(typed, Optional.of(accountId)), outcome -> {
            busy.set(false);
            if (outcome.problem().isPresent()) {
                keyError.set(messages.get(outcome.problem().get().messageKey()));
                return;
            }
            entry = outcome.entry().orElseThrow();
            navigator.show(Screen.ADD_KEY_CHECK);
        }, this::failed);
    }

    /** キャンセル on ライセンスキー. */
    public void cancel() {
        cancelled();
    }

    @Override
    public Optional<CatalogEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** 続行 on the product check: the licence, its mail and its audit record, in one transaction. */
    @Override
    public void accepted(AgreementAcceptance acceptance) {
        if (busy.get() || entry == null) {
            return;
        }
        Session.SignedIn signedIn = session.require();
        ProductKey key = entry.key();
        busy.set(true);
        tasks.run(() -> service.add(signedIn.accountId(), signedIn.loginId(), key, acceptance), added -> {
            busy.set(false);
            clear();
            products.announce(messages.get("licences.added"));
            navigator.show(Screen.PRODUCTS);
            afterAdded.run();
        }, failure -> {
            busy.set(false);
            entry = null;
            navigator.show(Screen.ADD_KEY);
            if (failure instanceof AddKeyService.KeyRefused refused) {
                keyError.set(messages.get(refused.problem().messageKey()));
            } else {
                failed(failure);
            }
        });
    }

    @Override
    public void cancelled() {
        clear();
        navigator.show(Screen.PRODUCTS);
    }

    /** Nothing of this flow stays for the next time, or the next person. */
    public void clear() {
        keyText.set("");
        keyError.set("");
        banner.clear();
        entry = null;
    }

    private void failed(Throwable failure) {
        busy.set(false);
        LOG.error("Adding a key failed", failure);
        banner.error(messages.get("common.error.unexpected"));
    }
}
