package com.licensedesk.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * A database once open: the pool, the jOOQ context on it (which tells storage trouble from other failures), the
 * schema version once migrated and, on an SQLite file, its checkpoints. {@link #connect} makes one in the order that
 * opening needs: the owner-only folder, the pool, the schema, then the checkpoints and the file's owner-only modes.
 */
record OpenDatabase(HikariDataSource dataSource, DSLContext root, String schemaVersion,
                    Optional<Checkpoints> checkpoints) {

    static OpenDatabase connect(Database.Connect connect, boolean durable, SQLDialect dialect,
                                StorageTroubles troubles, Function<DataSource, Checkpoints> checkpoints) {
        if (dialect.family() != SQLDialect.SQLITE) {
            return migrated(ConnectionPools.server(connect), dialect, connect.migrates(), troubles);
        }
        Optional<Path> file = SqliteFile.of(connect.jdbcUrl());
        file.ifPresent(SqliteFile::ownerOnlyFolderOf);
        OpenDatabase opened = migrated(ConnectionPools.sqlite(connect.jdbcUrl(), connect.desk(), durable), dialect,
                connect.migrates(), troubles);
        if (file.isEmpty()) {
            return opened;
        }
        OpenDatabase checkpointed = new OpenDatabase(opened.dataSource, opened.root, opened.schemaVersion,
                Optional.of(checkpoints.apply(opened.dataSource)));
        SqliteFile.ownerOnlyWithItsWal(file.get());
        return checkpointed;
    }

    /** Migrates; a desk that may not migrate checks that the schema is this version's. Closes the pool on failure. */
    private static OpenDatabase migrated(HikariDataSource dataSource, SQLDialect dialect, boolean migrates,
                                         StorageTroubles troubles) {
        try {
            if (!migrates) {
                Migrations.requireCurrent(dataSource, dialect);
            }
            DSLContext root = DSL.using(new DefaultConfiguration().set(dataSource).set(dialect)
                    .set(troubles.listener()));
            return new OpenDatabase(dataSource, root, Migrations.migrate(dataSource, dialect, root), Optional.empty());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    void close() {
        checkpoints.ifPresent(Checkpoints::close);
        dataSource.close();
    }
}
