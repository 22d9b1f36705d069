package com.licensedesk.app;

import com.licensedesk.catalog.ImportReport;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.store.Database;
import com.licensedesk.i18n.Messages;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Scanner;
import java.util.function.Supplier;

/**
 * The command line for the reseller's IT person and for scripts: {@code catalog import FILE.csv},
 * {@code outbox list}, {@code outbox send}, {@code backup FILE}, {@code restore FILE}. Exit code 0 on success, 1 on a user error (with the reason on stderr), 2 on
 * bad usage.
 */
final class Cli {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int USAGE = 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<LicenseDesk> desk;
    private final Config config;

    Cli(PrintStream out, PrintStream err) {
        this(System.in, out, err, Config.fromSystem());
    }

    Cli(PrintStream out, PrintStream err, Config config) {
        this(System.in, out, err, config);
    }

    Cli(InputStream in, PrintStream out, PrintStream err, Config config) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.config = config;
        this.desk = () -> LicenseDesk.open(config, Clock.systemDefaultZone());
    }

    int run(String... args) {
        Messages messages = new Messages(config.locale(), config.vendorName());
        List<String> words = List.of(args);
        if (words.equals(List.of("--version"))) {
            out.println("License Desk " + LicenseDesk.version());
            return OK;
        }
        if (words.equals(List.of("--help"))) {
            out.println(messages.get("cli.usage"));
            return OK;
        }
        if (words.size() == 3 && words.get(0).equals("catalog") && words.get(1).equals("import")) {
            return importCatalog(Path.of(words.get(2)), messages);
        }
        if (words.equals(List.of("outbox", "list"))) {
            return listOutbox(messages);
        }
        if (words.equals(List.of("outbox", "send"))) {
            return sendOutbox(messages);
        }
        if (words.equals(List.of("settings", "pin"))) {
            return setPin(messages);
        }
        if (words.size() == 2 && words.get(0).equals("backup")) {
            return backup(Path.of(words.get(1)), messages);
        }
        if (words.size() == 2 && words.get(0).equals("restore")) {
            return restore(Path.of(words.get(1)), messages);
        }
        err.println(messages.get("cli.usage"));
        return USAGE;
    }

    private int importCatalog(Path file, Messages messages) {
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("cli.import.fileMissing", file));
            return USER_ERROR;
        }
        try (LicenseDesk opened = desk.get(); Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport report = opened.catalogImporter.importCsv(csv);
            for (ImportReport.RowError error : report.errors()) {
                err.println(messages.get("cli.import.rowError", error.line(),
                        messages.get(error.messageKey(), error.args().toArray())));
            }
            out.println(messages.get("cli.import.done", report.counts().added(), report.counts().updated(),
                    report.counts().unchanged(), report.errors().size()));
            return report.hasErrors() ? USER_ERROR : OK;
        } catch (IOException e) {
            err.println(messages.get("cli.import.fileMissing", file + ": " + e.getMessage()));
            return USER_ERROR;
        }
    }

    private int listOutbox(Messages messages) {
        try (LicenseDesk opened = desk.get()) {
            List<OutboxMail> unsent = opened.outboxMail.unsent();
            if (unsent.isEmpty()) {
                out.println(messages.get("cli.outbox.empty"));
                return OK;
            }
            out.println(messages.get("cli.outbox.header", unsent.size()));
            DateTimeFormatter when = WHEN.withZone(ZoneId.systemDefault());
            for (OutboxMail mail : unsent) {
                out.println(messages.get("cli.outbox.row", mail.id(), when.format(mail.createdAt()),
                        mail.recipient(), mail.subject(), mail.attempts()));
                mail.lastError().ifPresent(error -> out.println(messages.get("cli.outbox.lastError", error)));
            }
            return OK;
        }
    }

    private int sendOutbox(Messages messages) {
        try (LicenseDesk opened = desk.get()) {
            if (!opened.mailSender.canSend()) {
                err.println(messages.get("cli.outbox.noSmtp"));
                return USER_ERROR;
            }
            int sent = opened.mailSender.sendDue();
            int waiting = opened.outboxMail.unsent().size();
            out.println(messages.get("cli.outbox.sent", sent, waiting));
            return waiting == 0 ? OK : USER_ERROR;
        }
    }

    private int backup(Path file, Messages messages) {
        if (Files.exists(file)) {
            err.println(messages.get("cli.backup.exists", file));
            return USER_ERROR;
        }
        try (LicenseDesk opened = desk.get()) {
            opened.database.backupTo(file);
            out.println(messages.get("cli.backup.done", file, opened.database.schemaVersion()));
            return OK;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return USER_ERROR;
        }
    }

    /** Checks the file and its schema version before anything is replaced. */
    private int restore(Path file, Messages messages) {
        Optional<String> version = Database.schemaVersionOf(file);
        if (version.isEmpty()) {
            err.println(messages.get("cli.restore.notOurs", file));
            return USER_ERROR;
        }
        try (LicenseDesk opened = desk.get()) {
            String current = opened.database.schemaVersion();
            if (Integer.parseInt(version.get()) > Integer.parseInt(current)) {
                err.println(messages.get("cli.restore.newer", file, version.get(), current));
                return USER_ERROR;
            }
            opened.database.restoreFrom(file);
            out.println(messages.get("cli.restore.done", file, version.get(), opened.database.schemaVersion()));
            return OK;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return USER_ERROR;
        }
    }

    /** Sets the settings PIN, asked twice on the console (or read as two lines from a script's input). */
    private int setPin(Messages messages) {
        String first;
        String second;
        Console console = System.console();
        if (console != null) {
            first = new String(console.readPassword("%s", messages.get("cli.pin.ask")));
            second = new String(console.readPassword("%s", messages.get("cli.pin.again")));
        } else {
            Scanner lines = new Scanner(in, StandardCharsets.UTF_8);
            first = lines.hasNextLine() ? lines.nextLine() : "";
            second = lines.hasNextLine() ? lines.nextLine() : "";
        }
        if (!SettingsFile.isValidPin(first)) {
            err.println(messages.get("settings.pin.rule"));
            return USER_ERROR;
        }
        if (!first.equals(second)) {
            err.println(messages.get("settings.pin.mismatch"));
            return USER_ERROR;
        }
        try (LicenseDesk opened = desk.get()) {
            opened.settingsFile.setPin(first);
        }
        out.println(messages.get("cli.pin.done"));
        return OK;
    }
}
