package com.licensedesk.licences;

import java.util.function.BiConsumer;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.ui.Banner;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Activity;
import com.licensedesk.session.Session;
import com.licensedesk.session.Acting;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.FormField;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 製品を追加する, Steps 3 and 4: the ライセンスキー screen, then the product check, then the licence is added to the
 * signed-in account. キャンセル at either step goes back to the products screen with nothing added.
 */
public final class AddKeyViewModel implements AgreementStep, PersonalData {
    /** Where the flow goes: the key screen, its product check, and the products screen. */
    public record Screens(ScreenId key, ScreenId check, ScreenId products) {
    }

    private final KeyAvailability keys;
    private final AddKeyService service;
    private final Session session;
    private final ProductsViewModel products;
    private final Activity activity;
    private final Navigator navigator;
    private final Screens screens;
    private final Messages messages;
    private final BiConsumer<Acting, CatalogEntry> afterAdded;
    private final FormField key = KeyAvailability.keyField();
    private final Banner banner;
    private CatalogEntry entry;

    public AddKeyViewModel(KeyAvailability keys, AddKeyService service, Session session, ProductsViewModel products,
                           Tasks tasks, Navigator navigator, Messages messages,
                           BiConsumer<Acting, CatalogEntry> afterAdded,
                           Screens screens) {
        this.keys = keys;
        this.service = service;
        this.session = session;
        this.products = products;
        this.activity = new Activity(tasks, messages, AddKeyViewModel.class);
        this.banner = activity.banner();
        this.navigator = navigator;
        this.screens = screens;
        this.messages = messages;
        this.afterAdded = afterAdded;
    }

    public StringProperty keyText() {
        return key.text();
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

    /** 続行 on ライセンスキー: the key's shape at once, then the catalogue and the licences in the background. */
    public void proceed() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        if (!key.validate(messages)) {
            return;
        }
        String typed = key.value();
        Acting acting = session.require();
        activity.runFor(session, acting, "Checking the key",
                () -> keys.check(typed, Optional.of(acting.accountId()),
                        KeyAvailability.WhenExpired.ALLOWED), outcome -> {
            if (outcome.problem().isPresent()) {
                key.refuse(messages.get(outcome.problem().get().messageKey()));
                return;
            }
            entry = outcome.entry().orElseThrow();
            navigator.show(screens.check());
        });
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
        if (activity.isBusy() || entry == null) {
            return;
        }
        Acting acting = session.require();
        ProductKey found = entry.key();
        activity.run("Adding a key", () -> service.add(acting, found, acceptance), added -> {
            clear();
            products.added(acting, List.of(added));
            products.announce(messages.get("licences.added"));
            navigator.show(screens.products());
            afterAdded.accept(acting, added);
        }, failure -> {
            entry = null;
            if (!session.isCurrent(acting)) {
                return;
            }
            navigator.show(screens.key());
            if (failure instanceof KeyRefused refused) {
                key.refuse(messages.get(refused.problem().messageKey()));
            } else {
                activity.failed("Adding a key", failure);
            }
        });
    }

    @Override
    public void cancelled() {
        clear();
        navigator.show(screens.products());
    }

    /** Nothing of this flow stays for the next time, or the next person. */
    @Override
    public void clear() {
        key.text().set("");
        key.clearError();
        banner.clear();
        entry = null;
    }
}
