package com.licensedesk.cli;

import com.licensedesk.change.DeskAdministration;
import java.time.LocalDate;

/**
 * What the IT person does to this database from the command line, as commands: audited, never journalled (they
 * concern this database itself, not customers' data).
 */
public final class MaintenanceCommands {
    private MaintenanceCommands() {
    }

    /** {@code audit prune --before DAY}: the entries before the day (Japan time) deleted. */
    public record PruneAuditLog(LocalDate before) implements DeskAdministration {
    }

    /** {@code restore FILE}: the database replaced by the backup {@code file}, of schema {@code backupVersion}. */
    public record RecordRestore(String file, String backupVersion) implements DeskAdministration {
    }
}
