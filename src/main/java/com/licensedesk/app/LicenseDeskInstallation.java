package com.licensedesk.app;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.CatalogImporter;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.cli.Installation;
import com.licensedesk.expiry.RenewalReminders;
import com.licensedesk.i18n.Messages;
import com.licensedesk.kiosks.JoinService;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.mail.OutboxRepository;
import com.licensedesk.mail.OutboxSender;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.settings.Settings;
import com.licensedesk.settings.SettingsFile;
import com.licensedesk.setup.SetupCode;
import com.licensedesk.store.Database;
import com.licensedesk.store.Restore;
import com.licensedesk.sync.KioskSync;
import com.licensedesk.sync.SyncImport;
import com.licensedesk.sync.SyncReplies;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * License Desk on {@code config} as the command line reaches it: each command opens a {@link LicenseDesk} of its own
 * and works through the services it hands out here; the database's own work (migrate, restore) is done here, where the
 * store may be known. A {@link StartProblem} reaches the command line as its one line.
 */
public final class LicenseDeskInstallation implements Installation {
    private final Settings config;
    private final Clock clock;

    /**
     * {@code clock}: today for the reminders and the time of what the commands record; the machine's in use. A test's
     * desks and command lines read one clock, as desks sharing a database server do.
     */
    public LicenseDeskInstallation(Settings config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String version() {
        return LicenseDesk.version();
    }

    @Override
    public Opened open() {
        return new OpenedDesk(said(() -> LicenseDesk.open(config, clock)));
    }

    @Override
    public String migrateDatabase() {
        Messages messages = new Messages(config.locale(), config.vendorName());
        try (Database migrated = said(() -> LicenseDesk.openDatabase(config, messages, true))) {
            return migrated.schemaVersion();
        }
    }

    @Override
    public Restored restore(Path file) {
        Restore.Outcome outcome = Restore.run(config.databaseUrl(), file, Instant.now());
        if (outcome instanceof Restore.Outcome.Done done) {
            return new Restored.Done(done.backupVersion(), done.schemaVersion(), done.kept());
        }
        if (outcome instanceof Restore.Outcome.Newer newer) {
            return new Restored.Newer(newer.backupVersion());
        }
        if (outcome instanceof Restore.Outcome.Failed failed) {
            return new Restored.Failed(failed.reason());
        }
        return new Restored.NotOurs();
    }

    /** What cannot be started, said in the command line's terms. */
    private static <T> T said(Supplier<T> opening) {
        try {
            return opening.get();
        } catch (StartProblem problem) {
            throw new CannotOpen(problem.getMessage(), problem);
        }
    }

    private record OpenedDesk(LicenseDesk app) implements Opened {
        @Override
        public CatalogImporter catalogImporter() {
            return app.catalogImporter;
        }

        @Override
        public OutboxRepository outboxMail() {
            return app.outboxMail;
        }

        @Override
        public OutboxSender mailSender() {
            return app.mailSender;
        }

        @Override
        public RenewalReminders reminders() {
            return app.reminders;
        }

        @Override
        public AuditLog audit() {
            return app.audit;
        }

        @Override
        public ChangePipeline pipeline() {
            return app.pipeline;
        }

        @Override
        public SettingsFile settingsFile() {
            return app.settingsFile;
        }

        @Override
        public SetupCode setupCode() {
            return app.setupCode;
        }

        @Override
        public OperatorService operators() {
            return app.operators;
        }

        @Override
        public KioskService kiosks() {
            return app.kiosks;
        }

        @Override
        public JoinService joinHome() {
            return app.joinHome;
        }

        @Override
        public SyncImport syncImport() {
            return app.syncImport;
        }

        @Override
        public SyncReplies syncReplies() {
            return app.syncReplies;
        }

        @Override
        public KioskSync kioskSync() {
            return app.kioskSync;
        }

        @Override
        public void backupTo(Path file) {
            app.database.backupTo(file);
        }

        @Override
        public String schemaVersion() {
            return app.database.schemaVersion();
        }

        @Override
        public void close() {
            app.close();
        }
    }
}
