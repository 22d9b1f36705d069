package com.licensedesk.store;

import com.licensedesk.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A backup of the embedded database, with SQLite's online backup: a consistent copy, safe while desks write, which
 * wait for the copy's short read lock at most. The copy is readable by its owner only and keeps no secret. It is
 * written under a temporary name and takes its own only when complete: a backup cut off half-way (the machine switched
 * off) never passes for one.
 */
final class Backup {
    private Backup() {
    }

    /** A copy of the SQLite database that {@code live} connects to, in {@code target}. */
    static void write(DataSource live, Path target) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try (Connection connection = live.getConnection(); Statement statement = connection.createStatement()) {
            SqliteFile.ownerOnlyFolderOf(absolute);
            Files.deleteIfExists(partial);
            statement.executeUpdate("backup to " + SqliteFile.quoted(partial));
            OwnerOnly.file(partial);
            withoutSecrets(partial);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A backup keeps no mail body that holds a secret: such mail still waiting is cancelled in the copy (its code
     * will have expired by the time anyone restores it), and the copy is vacuumed so no old page keeps the text.
     */
    private static void withoutSecrets(Path backup) throws SQLException {
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement()) {
            statement.executeUpdate("UPDATE outbox_mail SET body = '', state = CASE WHEN state = 'WAITING'"
                    + " THEN 'CANCELLED' ELSE state END WHERE holds_secret");
            statement.executeUpdate("VACUUM");
        }
    }
}
