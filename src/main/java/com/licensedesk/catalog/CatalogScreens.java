package com.licensedesk.catalog;

import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** カタログの取り込み (admins). */
public final class CatalogScreens {
    public static final ScreenId IMPORT = new ScreenId("catalog/import");

    private CatalogScreens() {
    }

    public static void register(ScreenRegistry screens, ScreenContext context, CatalogImporter importer) {
        CatalogImportViewModel imports = new CatalogImportViewModel(importer, context.session(), context.tasks(),
                context.dialogs(), context.messages(), System::nanoTime);
        screens.add(IMPORT, ScreenRegistry.Access.STAFF, CatalogImportView.class,
                () -> new CatalogImportView(imports)).holds(imports);
    }
}
