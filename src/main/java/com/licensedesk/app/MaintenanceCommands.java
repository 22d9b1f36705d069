package com.licensedesk.app;

import com.licensedesk.change.Command;
import com.licensedesk.session.Permission;
import java.time.LocalDate;

/**
 * What the IT person does to this database from the command line, as commands: audited, never journalled (they
 * concern this database itself, not customers' data).
 */
public final class MaintenanceCommands {
    private MaintenanceCommands() {
    }

    private interface Maintenance extends Command {
        @Override
        default Permission permission() {
            return Permission.MANAGE_DESK;
        }

        @Override
        default boolean journalled() {
            return false;
        }
    }

    /** {@code audit prune --before DAY}: the entries before the day (Japan time) deleted. */
    public record PruneAuditLog(LocalDate before) implements Maintenance {
    }

    /** {@code restore FILE}: the database replaced by the backup {@code file}, of schema {@code backupVersion}. */
    public record RecordRestore(String file, String backupVersion) implements Maintenance {
    }
}
