package com.licensedesk.kiosks;

import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** キオスク管理 and its enrolment dialog. */
public final class KioskScreens {
    public static final ScreenId KIOSKS = new ScreenId("kiosks/list");
    public static final ScreenId ENROL = new ScreenId("kiosks/enrol");

    private KioskScreens() {
    }

    public static void register(ScreenRegistry screens, ScreenContext context, KioskService kiosks) {
        KiosksViewModel list = new KiosksViewModel(kiosks, context.session(), context.tasks(), context.dialogs(),
                context.messages(), () -> context.navigator().openDialog(ENROL, "kiosks.enrol.title"));
        EnrolKioskViewModel enrol = new EnrolKioskViewModel(kiosks, context.session(), context.tasks(),
                context.dialogs(), context.messages(), list::load);
        screens.add(KIOSKS, ScreenRegistry.Access.STAFF, KiosksView.class, () -> new KiosksView(list))
                .add(ENROL, ScreenRegistry.Access.STAFF, EnrolKioskView.class,
                        () -> new EnrolKioskView(enrol, context.messages()))
                .holds(list).holds(enrol);
    }
}
