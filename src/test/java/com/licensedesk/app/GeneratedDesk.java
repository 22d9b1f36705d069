package com.licensedesk.app;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Fills a data folder with generated customers (three licences each, through the desk's own services), for trying the
 * desk on realistic data and for screenshots. The same count makes the same customers; a folder already holding that
 * many is left as it is.
 *
 * <pre>./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.licensedesk.app.GeneratedDesk -Dexec.args="/tmp/desk 3000"</pre>
 */
public final class GeneratedDesk {
    private GeneratedDesk() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GeneratedDesk DATA_FOLDER CUSTOMERS");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        try (LicenseDesk app = BenchmarkDesk.open(home, customers, Clock.systemUTC())) {
            System.out.println(home + ": " + app.accounts.count() + " customers");
        }
    }
}
