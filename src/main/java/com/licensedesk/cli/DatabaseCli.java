package com.licensedesk.cli;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code db migrate}, {@code backup FILE}, {@code restore FILE}: the database itself. */
final class DatabaseCli extends CommandGroup {
    DatabaseCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 0, "db", "migrate")) {
            out.println(messages.get("cli.db.migrated", installation.migrateDatabase()));
            return Cli.OK;
        }
        if (matches(words, 1, "backup")) {
            return backup(Path.of(words.get(1)));
        }
        if (matches(words, 1, "restore")) {
            return restore(Path.of(words.get(1)));
        }
        return usage();
    }

    private int backup(Path file) {
        if (!config.databaseUrl().startsWith("jdbc:sqlite:")) {
            err.println(messages.get("cli.backup.shared"));
            return Cli.USER_ERROR;
        }
        if (Files.isSymbolicLink(file)) {
            err.println(messages.get("cli.backup.symlink", file));
            return Cli.USER_ERROR;
        }
        if (file.toString().contains("\"")) {
            err.println(messages.get("cli.backup.quote", file));
            return Cli.USER_ERROR;
        }
        if (Files.exists(file)) {
            err.println(messages.get("cli.backup.exists", file));
            return Cli.USER_ERROR;
        }
        try (Installation.Opened opened = installation.open()) {
            opened.backupTo(file);
            out.println(messages.get("cli.backup.done", file, opened.schemaVersion()));
            return Cli.OK;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return Cli.USER_ERROR;
        }
    }

    /** Restores into a checked copy first; the live database is replaced only once the copy is good. Audited. */
    private int restore(Path file) {
        if (!config.databaseUrl().startsWith("jdbc:sqlite:")) {
            err.println(messages.get("cli.backup.shared"));
            return Cli.USER_ERROR;
        }
        Installation.Restored outcome = installation.restore(file);
        if (outcome instanceof Installation.Restored.NotOurs) {
            err.println(messages.get("cli.restore.notOurs", file));
            return Cli.USER_ERROR;
        }
        if (outcome instanceof Installation.Restored.Newer newer) {
            err.println(messages.get("cli.restore.newer", file, newer.backupVersion()));
            return Cli.USER_ERROR;
        }
        if (outcome instanceof Installation.Restored.Failed failed) {
            err.println(messages.get("cli.restore.failed", file, failed.reason()));
            return Cli.USER_ERROR;
        }
        Installation.Restored.Done done = (Installation.Restored.Done) outcome;
        try (Installation.Opened opened = installation.open()) {
            recordRestore(opened, file, done.backupVersion());
        }
        out.println(messages.get("cli.restore.done", file, done.backupVersion(), done.schemaVersion()));
        done.kept().ifPresent(kept -> out.println(messages.get("cli.restore.kept", kept)));
        return Cli.OK;
    }

    /** The restore in the restored database's audit log: who restored which file, of which schema. */
    private static void recordRestore(Installation.Opened opened, Path file, String backupVersion) {
        opened.pipeline().run(CLI, new MaintenanceCommands.RecordRestore(file.getFileName().toString(), backupVersion),
                (command, context) -> Outcome.event(command.file(), Optional.empty(), AuditAction.DATABASE_RESTORED,
                        "file=" + command.file() + " schema=" + command.backupVersion()));
    }
}
