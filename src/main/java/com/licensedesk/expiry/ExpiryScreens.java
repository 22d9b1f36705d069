package com.licensedesk.expiry;

import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.List;
import java.util.function.Consumer;

/** 期限管理. */
public final class ExpiryScreens {
    public static final ScreenId EXPIRY = new ScreenId("expiry/dashboard");

    private ExpiryScreens() {
    }

    /** {@code windows}: the windows' days; {@code open} acts for the customer of a licence. */
    public static void register(ScreenRegistry screens, ScreenContext context, ExpiryBoard board,
                                RenewalReminders reminders, List<Integer> windows, Consumer<ExpiringLicence> open) {
        ExpiryViewModel expiry = new ExpiryViewModel(board, reminders, context.session(), context.tasks(),
                context.dialogs(), context.messages(), context.clock(), windows, open);
        screens.add(EXPIRY, ScreenRegistry.Access.STAFF, ExpiryView.class,
                () -> new ExpiryView(expiry, context.messages())).holds(expiry);
    }
}
