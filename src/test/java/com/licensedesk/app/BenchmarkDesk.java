package com.licensedesk.app;

import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.session.Acting;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.GeneratedCustomers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The benchmarks' desk: {@code customers} generated customers with three licences each, registered through the
 * desk's own services, made once under target/benchmark and opened as it is afterwards.
 */
final class BenchmarkDesk {
    private BenchmarkDesk() {
    }

    static Path home(int customers) {
        return Path.of("target", "benchmark", "desk-" + customers);
    }

    /** The desk on its data, filled first if it has fewer customers. */
    static LicenseDesk open(int customers, Clock clock) {
        return open(home(customers), customers, clock);
    }

    static LicenseDesk open(Path home, int customers, Clock clock) {
        Settings config = Settings.of(Map.of(Setting.HOME.key(), home.toString(), Setting.DEMO.key(), "false"),
                Map.of(), home);
        LicenseDesk app = LicenseDesk.open(config, clock, Fixtures.CHEAP_HASHER);
        if (app.accounts.count() < customers) {
            fill(app, customers, clock, LocalDate.now(clock));
        }
        return app;
    }

    private static void fill(LicenseDesk app, int customers, Clock clock, LocalDate today) {
        GeneratedCustomers generated = new GeneratedCustomers(42, today);
        var catalogue = generated.catalogue(customers, 3);
        for (int from = 0; from < catalogue.size(); from += 5_000) {
            app.catalog.save(catalogue.subList(from, Math.min(catalogue.size(), from + 5_000)));
        }
        int batch = 500;
        for (int from = 0; from < customers; from += batch) {
            int start = from;
            app.database.inTransaction(() -> {
                for (int i = start; i < Math.min(customers, start + batch); i++) {
                    var registered = app.registration.register(generated.customer(i, clock.instant()));
                    Acting self = Acting.self(registered.accountId(), registered.loginId());
                    for (int n = 1; n < 3; n++) {
                        app.addKey.add(self, ProductKey.parse(GeneratedCustomers.key(i, n)).orElseThrow(),
                                new AgreementAcceptance("2026-11", clock.instant()));
                    }
                }
            });
        }
    }
}
