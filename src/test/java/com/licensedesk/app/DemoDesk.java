package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fills a data directory with generated customers, for looking at the desk with realistic data:
 * {@code DemoDesk HOME COUNT}. Customers' passwords are hashed cheaply (they are not for signing in).
 */
public final class DemoDesk {
    private DemoDesk() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Clock clock = Clock.systemDefaultZone();
        try (LicenseDesk app = LicenseDesk.open(Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(),
                home), clock, Fixtures.CHEAP_HASHER)) {
            GeneratedCustomers generated = new GeneratedCustomers(42, LocalDate.now(clock));
            app.catalog.save(generated.catalogue(count, 3));
            for (int i = 0; i < count; i++) {
                app.registration.register(generated.customer(i, clock.instant()));
            }
            System.out.println(count + " customers in " + home);
        }
    }
}
