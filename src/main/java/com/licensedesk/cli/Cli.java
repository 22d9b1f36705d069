package com.licensedesk.cli;

import com.licensedesk.i18n.Messages;
import com.licensedesk.settings.Settings;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The command line for the reseller's IT person and for scripts: {@code catalog import FILE.csv}, {@code outbox list},
 * {@code outbox send}, {@code backup FILE}, {@code restore FILE} and the rest of {@code cli.usage}, each group of
 * commands a {@link CommandGroup} under its first word. Exit code 0 on success, 1 on a user error (with the reason on
 * stderr), 2 on bad usage.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;

    /** The groups of commands by their first word: a new group is its class and one line here. */
    private static final Map<String, Function<Terminal, CommandGroup>> GROUPS = Map.ofEntries(
            Map.entry("catalog", CatalogCli::new),
            Map.entry("outbox", OutboxCli::new),
            Map.entry("reminders", RemindersCli::new),
            Map.entry("audit", AuditCli::new),
            Map.entry("settings", SettingsCli::new),
            Map.entry("setup-code", SetupCli::new),
            Map.entry("operator", OperatorCli::new),
            Map.entry("kiosk", KioskCli::new),
            Map.entry("sync", SyncCli::new),
            Map.entry("db", DatabaseCli::new),
            Map.entry("backup", DatabaseCli::new),
            Map.entry("restore", DatabaseCli::new));

    private final Terminal terminal;

    /**
     * {@code installation}: License Desk on {@code config}, as the composition root gives it; {@code in}: where a
     * password or a PIN is read from when there is no console (a script's input).
     */
    public Cli(InputStream in, PrintStream out, PrintStream err, Settings config, Installation installation) {
        this.terminal = new Terminal(in, out, err, new Messages(config.locale(), config.vendorName()), config,
                installation);
    }

    /** Runs one command. Nothing a user can get wrong ends in a stack trace: one line on stderr and exit code 1. */
    public int run(String... args) {
        try {
            return dispatch(List.of(args));
        } catch (Installation.CannotOpen problem) {
            terminal.err.println(problem.getMessage());
            return USER_ERROR;
        } catch (RuntimeException unexpected) {
            LoggerFactory.getLogger(Cli.class).debug("The command failed", unexpected);
            terminal.err.println(terminal.messages.get("cli.failed", unexpected.getMessage()));
            return USER_ERROR;
        }
    }

    private int dispatch(List<String> words) {
        if (words.equals(List.of("--version"))) {
            terminal.out.println("License Desk " + terminal.installation.version());
            return OK;
        }
        if (words.equals(List.of("--help"))) {
            terminal.out.println(terminal.messages.get("cli.usage"));
            return OK;
        }
        Function<Terminal, CommandGroup> group = words.isEmpty() ? null : GROUPS.get(words.get(0));
        if (group == null) {
            terminal.err.println(terminal.messages.get("cli.usage"));
            return USAGE;
        }
        return group.apply(terminal).run(words);
    }
}
