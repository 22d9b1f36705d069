package com.licensedesk.settings;

import com.licensedesk.mail.MailTransport;
import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;
import java.util.function.Function;
import java.util.function.Supplier;
import com.licensedesk.setup.SetupCode;

/** The settings screen for the reseller's IT person, behind the settings PIN. */
public final class SettingsScreens {
    public static final ScreenId SETTINGS = new ScreenId("settings");

    private SettingsScreens() {
    }

    /**
     * {@code restart} starts the application over with the saved settings; {@code back} says where 戻る leads;
     * {@code home} the kiosk's link to its home, shown at a kiosk that joined one.
     */
    public static void register(ScreenRegistry screens, ScreenContext context, SettingsFile file, SetupCode setupCode,
                                Function<SmtpSettings, MailTransport> transports, Runnable restart, boolean kiosk,
                                Supplier<ScreenId> back, HomeLink home) {
        SettingsViewModel settings = new SettingsViewModel(file, setupCode, transports, context.tasks(), context.navigator(),
                context.messages(), context.clock(), restart, kiosk, back, home);
        screens.add(SETTINGS, ScreenRegistry.Access.ANYONE, SettingsView.class,
                () -> new SettingsView(settings, context.messages(), context.clock())).holds(settings);
    }
}
