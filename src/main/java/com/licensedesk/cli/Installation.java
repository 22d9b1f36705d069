package com.licensedesk.cli;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.kiosks.JoinService;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.mail.OutboxSender;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.setup.SetupCode;
import com.licensedesk.sync.KioskSync;
import com.licensedesk.sync.SyncImport;
import com.licensedesk.sync.SyncReplies;
import java.nio.file.Path;
import java.util.Optional;

/**
 * License Desk as installed on this machine, as the command line reaches it: given by the composition root, so that the
 * command line knows neither the composition root nor the store. A command that needs another service gets it from
 * {@link Opened}.
 */
public interface Installation {
    /** The product's version, from the build. */
    String version();

    /**
     * License Desk opened on the settings, its database created or migrated if need be; the caller closes it. Throws
     * {@link CannotOpen} when it cannot be opened.
     */
    Opened open();

    /** The database opened with its schema brought up to date whatever the settings say: the schema version then. */
    String migrateDatabase();

    /** The backup {@code file} restored into the embedded database, through a checked copy. */
    Restored restore(Path file);

    /** The services of an opened License Desk that the commands work through. */
    interface Opened extends AutoCloseable {
        CatalogImporter catalogImporter();

        OutboxRepository outboxMail();

        OutboxSender mailSender();

        RenewalReminders reminders();

        AuditLog audit();

        ChangePipeline pipeline();

        SettingsFile settingsFile();

        /** The one-time set-up code of a desk still to be set up. */
        SetupCode setupCode();

        OperatorService operators();

        /** Home's registry of kiosks: enrol, revoke, list. */
        KioskService kiosks();

        /** At a kiosk: joining its home with the enrolment file. */
        JoinService joinHome();

        /** At home: reading kiosks' bundles. */
        SyncImport syncImport();

        /** At home: the replies to kiosks. */
        SyncReplies syncReplies();

        /** At a kiosk: its bundle out, home's replies in. */
        KioskSync kioskSync();

        /** A consistent copy of the live database in {@code file}; an {@link IllegalStateException} says why not. */
        void backupTo(Path file);

        String schemaVersion();

        @Override
        void close();
    }

    /** What a restore came to. */
    sealed interface Restored {
        /** Restored; the replaced database is kept at {@code kept} (empty when there was none). */
        record Done(String backupVersion, String schemaVersion, Optional<Path> kept) implements Restored {
        }

        /** Not a License Desk backup: unreadable, or without a schema history. */
        record NotOurs() implements Restored {
        }

        /** Made by a newer version of the application. */
        record Newer(String backupVersion) implements Restored {
        }

        /** The copy could not be migrated or failed its checks: nothing was replaced. */
        record Failed(String reason) implements Restored {
        }
    }

    /**
     * Why License Desk cannot be opened (a setting, the data directory, the database), in one line in the user's
     * language: printed as it is, never as a stack trace.
     */
    final class CannotOpen extends RuntimeException {
        public CannotOpen(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
