package com.licensedesk.app;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.Outcome;

import com.licensedesk.settings.Settings;
import com.licensedesk.catalog.ImportReport;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.catalog.ImportProgress;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxSender;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.store.Database;
import com.licensedesk.store.Restore;
import java.time.Instant;
import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.i18n.Messages;
import com.licensedesk.operators.Operator;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import java.io.Console;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Scanner;
import org.slf4j.LoggerFactory;
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
    private final Settings config;
    /** The command line acts as the application itself in the audit log. */
    private static final Actor CLI = Actor.system("cli");
    private Scanner lines;

    Cli(PrintStream out, PrintStream err) {
        this(System.in, out, err, Settings.fromSystem(), Clock.systemDefaultZone());
    }

    Cli(PrintStream out, PrintStream err, Settings config) {
        this(System.in, out, err, config);
    }

    Cli(PrintStream out, PrintStream err, Settings config, Clock clock) {
        this(System.in, out, err, config, clock);
    }

    Cli(InputStream in, PrintStream out, PrintStream err, Settings config) {
        this(in, out, err, config, Clock.systemDefaultZone());
    }

    /**
     * {@code clock}: today for the reminders and the time of what the commands record; the machine's in use. A test's
     * desks and command lines read one clock, as desks sharing a database server do.
     */
    Cli(InputStream in, PrintStream out, PrintStream err, Settings config, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.config = config;
        this.desk = () -> LicenseDesk.open(config, clock);
    }

    /** Runs one command. Nothing a user can get wrong ends in a stack trace: one line on stderr and exit code 1. */
    int run(String... args) {
        Messages messages = new Messages(config.locale(), config.vendorName());
        try {
            return dispatch(messages, List.of(args));
        } catch (StartProblem problem) {
            err.println(problem.getMessage());
            return USER_ERROR;
        } catch (RuntimeException unexpected) {
            LoggerFactory.getLogger(Cli.class).debug("The command failed", unexpected);
            err.println(messages.get("cli.failed", unexpected.getMessage()));
            return USER_ERROR;
        }
    }

    private int dispatch(Messages messages, List<String> words) {
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
            return sendOutbox(messages, false);
        }
        if (words.equals(List.of("outbox", "send", "--retry-failed"))) {
            return sendOutbox(messages, true);
        }
        if (words.equals(List.of("reminders", "send"))) {
            return sendReminders(messages, false);
        }
        if (words.equals(List.of("reminders", "send", "--dry-run"))) {
            return sendReminders(messages, true);
        }
        if (words.size() == 4 && words.subList(0, 3).equals(List.of("audit", "prune", "--before"))) {
            return pruneAudit(words.get(3), messages);
        }
        if (words.equals(List.of("settings", "pin"))) {
            return setPin(messages);
        }
        if (!words.isEmpty() && words.get(0).equals("operator")) {
            return operator(words.subList(1, words.size()), messages);
        }
        if (words.equals(List.of("db", "migrate"))) {
            try (Database migrated = LicenseDesk.openDatabase(config, messages, true)) {
                out.println(messages.get("cli.db.migrated", migrated.schemaVersion()));
                return OK;
            }
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
        try (LicenseDesk opened = desk.get()) {
            ImportReport report = opened.catalogImporter.importFile(file, ImportProgress.NONE,
                    CLI);
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

    private int sendOutbox(Messages messages, boolean retryFailed) {
        try (LicenseDesk opened = desk.get()) {
            if (!opened.mailSender.canSend()) {
                err.println(messages.get("cli.outbox.noSmtp"));
                return USER_ERROR;
            }
            if (retryFailed) {
                out.println(messages.get("cli.outbox.retrying", opened.mailSender.retryFailed()));
            }
            OutboxSender.Round round = opened.mailSender.deliverDue();
            int waiting = opened.outboxMail.unsent().size();
            out.println(messages.get("cli.outbox.sent", round.sent(), waiting));
            // Mail another desk is sending meanwhile waits too, but is no failure of this run.
            return round.notSent() == 0 ? OK : USER_ERROR;
        }
    }

    /**
     * 更新のお知らせ for a scheduled job: the reminders due today are queued (each licence and threshold once, whatever
     * other desks did) and, when a mail server is set, delivered with the rest of the outbox. {@code --dry-run} lists
     * them and queues nothing.
     */
    private int sendReminders(Messages messages, boolean dryRun) {
        try (LicenseDesk opened = desk.get()) {
            if (dryRun) {
                List<RenewalReminders.Reminder> due = opened.reminders.due();
                for (RenewalReminders.Reminder reminder : due) {
                    out.println(messages.get("cli.reminders.would", reminder.companyName(), reminder.recipient(),
                            String.valueOf(reminder.daysBefore()), String.valueOf(reminder.licences().size()),
                            String.join(", ", reminder.licences().stream().map(l -> l.key().masked()).toList())));
                }
                out.println(messages.get("cli.reminders.dryRun", String.valueOf(due.size()),
                        String.valueOf(due.stream().mapToInt(r -> r.licences().size()).sum())));
                return OK;
            }
            RenewalReminders.Sent sent = opened.reminders.send(CLI);
            out.println(messages.get("cli.reminders.sent", String.valueOf(sent.mails()),
                    String.valueOf(sent.customers()), String.valueOf(sent.licences())));
            if (sent.mails() > 0 && opened.mailSender.canSend()) {
                OutboxSender.Round round = opened.mailSender.deliverDue();
                out.println(messages.get("cli.outbox.sent", round.sent(), opened.outboxMail.unsent().size()));
            }
            return OK;
        }
    }

    /** Deletes the audit log's entries before a day (Japan time), after the admin has exported them; audited. */
    private int pruneAudit(String day, Messages messages) {
        java.time.LocalDate before;
        try {
            before = java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            err.println(messages.get("cli.audit.date", day));
            return USER_ERROR;
        }
        try (LicenseDesk opened = desk.get()) {
            java.time.Instant cut = before.atStartOfDay(com.licensedesk.ui.Formats.JAPAN).toInstant();
            int deleted = opened.pipeline.run(CLI, new MaintenanceCommands.PruneAuditLog(before), (command, context) -> {
                int count = opened.audit.pruneBefore(cut);
                return Outcome.changed(count).audited(Optional.empty(), AuditAction.AUDIT_PRUNED,
                        "before=" + command.before() + "; entries=" + count);
            });
            out.println(messages.get("cli.audit.pruned", String.valueOf(deleted), before.toString()));
            return OK;
        }
    }

    private int backup(Path file, Messages messages) {
        if (!config.databaseUrl().startsWith("jdbc:sqlite:")) {
            err.println(messages.get("cli.backup.shared"));
            return USER_ERROR;
        }
        if (Files.isSymbolicLink(file)) {
            err.println(messages.get("cli.backup.symlink", file));
            return USER_ERROR;
        }
        if (file.toString().contains("\"")) {
            err.println(messages.get("cli.backup.quote", file));
            return USER_ERROR;
        }
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

    /** Restores into a checked copy first; the live database is replaced only once the copy is good. Audited. */
    private int restore(Path file, Messages messages) {
        if (!config.databaseUrl().startsWith("jdbc:sqlite:")) {
            err.println(messages.get("cli.backup.shared"));
            return USER_ERROR;
        }
        Restore.Outcome outcome = Restore.run(config.databaseUrl(), file, Instant.now());
        if (outcome instanceof Restore.Outcome.NotOurs) {
            err.println(messages.get("cli.restore.notOurs", file));
            return USER_ERROR;
        }
        if (outcome instanceof Restore.Outcome.Newer newer) {
            err.println(messages.get("cli.restore.newer", file, newer.backupVersion()));
            return USER_ERROR;
        }
        if (outcome instanceof Restore.Outcome.Failed failed) {
            err.println(messages.get("cli.restore.failed", file, failed.reason()));
            return USER_ERROR;
        }
        Restore.Outcome.Done done = (Restore.Outcome.Done) outcome;
        try (LicenseDesk opened = desk.get()) {
            opened.auditRestore(CLI, file, done.backupVersion());
        }
        out.println(messages.get("cli.restore.done", file, done.backupVersion(), done.schemaVersion()));
        done.kept().ifPresent(kept -> out.println(messages.get("cli.restore.kept", kept)));
        return OK;
    }

    /** Sets the settings PIN, asked twice on the console (or read as two lines from a script's input). */
    private int setPin(Messages messages) {
        String[] typed = twoSecrets(messages.get("cli.pin.ask"), messages.get("cli.pin.again"));
        String first = typed[0];
        String second = typed[1];
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

    /** {@code operator add|list|deactivate|password}: the desk's staff, for the IT person. */
    private int operator(List<String> words, Messages messages) {
        if (words.equals(List.of("list"))) {
            try (LicenseDesk opened = desk.get()) {
                List<Operator> all = opened.operators.all();
                if (all.isEmpty()) {
                    out.println(messages.get("cli.operator.none"));
                }
                for (Operator operator : all) {
                    out.println(messages.get("cli.operator.row", operator.loginId(), operator.name(),
                            messages.get(operator.role().labelKey()),
                            messages.get(operator.active() ? "cli.operator.active" : "cli.operator.inactive")));
                }
                return OK;
            }
        }
        if (words.size() == 2 && words.get(0).equals("deactivate")) {
            return changeOperator(messages, opened -> {
                opened.operators.deactivate(CLI, words.get(1));
                return messages.get("cli.operator.deactivated", words.get(1));
            });
        }
        if (words.size() == 2 && words.get(0).equals("totp")) {
            return changeOperator(messages, opened -> {
                OperatorService.TotpOffer offer = opened.operators.enableTotp(CLI, words.get(1));
                return messages.get("cli.operator.totpOn", words.get(1), offer.secret(), offer.uri());
            });
        }
        if (words.size() == 2 && words.get(0).equals("totp-off")) {
            return changeOperator(messages, opened -> {
                opened.operators.disableTotp(CLI, words.get(1));
                return messages.get("cli.operator.totpOff", words.get(1));
            });
        }
        if (words.size() == 2 && words.get(0).equals("password")) {
            Optional<String> password = newPassword(messages);
            if (password.isEmpty()) {
                return USER_ERROR;
            }
            return changeOperator(messages, opened -> {
                opened.operators.resetPassword(CLI, words.get(1), password.get());
                return messages.get("cli.operator.passwordSet", words.get(1));
            });
        }
        if (words.size() >= 2 && words.get(0).equals("add")) {
            Role role = Role.CLERK;
            String name = null;
            List<String> rest = words.subList(1, words.size());
            int i = 0;
            for (; i < rest.size() - 1; i += 2) {
                if (rest.get(i).equals("--role")) {
                    Optional<Role> chosen = Role.ofWord(rest.get(i + 1));
                    if (chosen.isEmpty()) {
                        err.println(messages.get("cli.operator.role", rest.get(i + 1)));
                        return USAGE;
                    }
                    role = chosen.get();
                } else if (rest.get(i).equals("--name")) {
                    name = rest.get(i + 1);
                } else {
                    break;
                }
            }
            if (i != rest.size() - 1) {
                err.println(messages.get("cli.usage"));
                return USAGE;
            }
            String loginId = rest.get(i);
            Optional<com.licensedesk.domain.Problem> refusedId = LoginId.RULE.check(loginId);
            if (refusedId.isPresent()) {
                err.println(messages.get(refusedId.get()));
                return USER_ERROR;
            }
            Optional<String> password = newPassword(messages);
            if (password.isEmpty()) {
                return USER_ERROR;
            }
            Role chosenRole = role;
            String chosenName = name == null ? loginId : name;
            return changeOperator(messages, opened -> {
                opened.operators.add(CLI, loginId, chosenName, chosenRole, password.get());
                return messages.get("cli.operator.added", loginId, messages.get(chosenRole.labelKey()));
            });
        }
        err.println(messages.get("cli.usage"));
        return USAGE;
    }

    private int changeOperator(Messages messages, java.util.function.Function<LicenseDesk, String> change) {
        try (LicenseDesk opened = desk.get()) {
            out.println(change.apply(opened));
            return OK;
        } catch (OperatorService.Refused refused) {
            err.println(messages.get(refused.reason().messageKey()));
            return USER_ERROR;
        }
    }

    /** A new password asked twice on the console (or read as two lines from a script), under the policy. */
    private Optional<String> newPassword(Messages messages) {
        String[] typed = twoSecrets(messages.get("cli.password.ask"), messages.get("cli.password.again"));
        Optional<com.licensedesk.domain.Problem> problem = PasswordPolicy.problem(typed[0]);
        if (problem.isPresent()) {
            err.println(messages.get(problem.get()));
            return Optional.empty();
        }
        if (!typed[0].equals(typed[1])) {
            err.println(messages.get("validation.password.mismatch"));
            return Optional.empty();
        }
        return Optional.of(typed[0]);
    }

    private String[] twoSecrets(String ask, String again) {
        Console console = System.console();
        if (console != null) {
            return new String[] {new String(console.readPassword("%s", ask)),
                new String(console.readPassword("%s", again))};
        }
        if (lines == null) {
            lines = new Scanner(in, StandardCharsets.UTF_8);
        }
        return new String[] {lines.hasNextLine() ? lines.nextLine() : "", lines.hasNextLine() ? lines.nextLine() : ""};
    }
}
