package com.licensedesk.cli;

import com.licensedesk.app.LicenseDeskInstallation;
import com.licensedesk.settings.Settings;
import com.licensedesk.store.Database;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line as a script runs it, on a test's data directory and the tests' clock: its exit code, with what it
 * printed to stdout and stderr kept until a test resets them.
 */
final class CommandLine {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path home;

    CommandLine(Path home) {
        this.home = home;
    }

    int run(String... args) {
        return run(config(), InputStream.nullInputStream(), args);
    }

    /** {@code input}: what a script pipes in, such as a password and its repetition on two lines. */
    int runWithInput(String input, String... args) {
        return run(config(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    int run(Settings config, String... args) {
        return run(config, InputStream.nullInputStream(), args);
    }

    private int run(Settings config, InputStream in, String... args) {
        return new Cli(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config,
                new LicenseDeskInstallation(config, Fixtures.CLOCK)).run(args);
    }

    /** A desk's settings on the data directory, everything else as it comes. */
    Settings config() {
        return Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
    }

    /** The database the commands work on, opened beside them for a test's set-up and checks; the test closes it. */
    TestStore store() {
        return new TestStore(Database.open(config().databaseUrl()));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
