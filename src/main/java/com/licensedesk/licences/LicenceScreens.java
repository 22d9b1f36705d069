package com.licensedesk.licences;

import java.util.List;

import java.util.function.BiConsumer;
import com.licensedesk.session.Acting;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.ui.Browser;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** 製品/サービス and adding a key to the open account: ライセンスキー, then 製品情報を確認. */
public final class LicenceScreens {
    public static final ScreenId PRODUCTS = new ScreenId("licences/products");
    public static final ScreenId ADD_KEY = new ScreenId("licences/addKey");
    public static final ScreenId ADD_KEY_CHECK = new ScreenId("licences/addKeyCheck");
    public static final ScreenId BATCH_KEYS = new ScreenId("licences/batchKeys");

    private final ProductsViewModel products;
    private final AddKeyViewModel addKey;

    /** {@code added} hears of each key added (the mail sender wakes; the desk shows a receipt). */
    public LicenceScreens(ScreenRegistry screens, ScreenContext context, LicenceRepository licences,
                          KeyAvailability keys, AddKeyService service, BatchKeyService batch, LegalTexts legal,
                          Browser browser, int warningDays, BiConsumer<Acting, List<CatalogEntry>> added) {
        products = new ProductsViewModel(licences, context.session(), context.tasks(), browser, context.navigator(),
                context.messages(), context.clock(), warningDays, ADD_KEY, BATCH_KEYS);
        addKey = new AddKeyViewModel(keys, service, context.session(), products, context.tasks(),
                context.navigator(), context.messages(), (acting, entry) -> added.accept(acting, List.of(entry)),
                new AddKeyViewModel.Screens(ADD_KEY, ADD_KEY_CHECK, PRODUCTS));
        ProductCheckViewModel check = new ProductCheckViewModel(addKey, legal, context.dialogs(), context.messages(),
                context.clock(), context.session(), warningDays);
        screens.add(PRODUCTS, ScreenRegistry.Access.ACCOUNT, ProductsView.class, () -> new ProductsView(products))
                .add(ADD_KEY, ScreenRegistry.Access.ACCOUNT, AddKeyView.class, () -> new AddKeyView(addKey))
                .add(ADD_KEY_CHECK, ScreenRegistry.Access.ACCOUNT, ProductCheckView.class,
                        () -> new ProductCheckView(check, context.messages()))
                .holds(products).holds(addKey).holds(check);
        BatchKeysViewModel batchKeys = new BatchKeysViewModel(batch, legal, context.session(), context.tasks(),
                context.navigator(), context.dialogs(), context.messages(), context.clock(), products, added,
                PRODUCTS);
        screens.add(BATCH_KEYS, ScreenRegistry.Access.ACCOUNT, BatchKeysView.class,
                () -> new BatchKeysView(batchKeys, context.messages())).holds(batchKeys);
    }

    /** The Start screen brought a key for an existing customer: the key step follows the login with it typed. */
    public void carryKey(String key) {
        addKey.keyText().set(key);
    }

    /** Where an account opens: the key step when a key was brought along, else the products. */
    public ScreenId firstScreen() {
        return addKey.keyText().get().isBlank() ? PRODUCTS : ADD_KEY;
    }

    /** What the products screen says after a registration ({@link ProductsViewModel#announceRegistration}). */
    public void announceRegistration(String product, boolean confirmedByHome) {
        products.announceRegistration(product, confirmedByHome);
    }
}
