package com.licensedesk.store;

import com.licensedesk.domain.StorageTrouble;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Storage trouble told apart from other failures, in one place: the ways SQLite, PostgreSQL and the pool say that the
 * disk is full or that the server cannot be reached become a {@link StorageTrouble}. The trouble is remembered until a
 * later call shows it is over (any call that goes through, for a database that answers again; a write that commits,
 * for a full disk, since reads go on working on one), watchers are told when that changes, and the cause is logged with
 * its trace once, when the trouble begins.
 */
final class StorageTroubles {
    private static final Logger LOG = LoggerFactory.getLogger(StorageTroubles.class);
    /**
     * With less room than this left beside the SQLite file, an I/O error is the full disk's: SQLite says SQLITE_FULL
     * for most writes refused for want of room, but an I/O error for some (the WAL index growing, a sync).
     */
    static final long NEARLY_FULL_BYTES = 64L * 1024 * 1024;
    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now: the server is going or not yet there. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /** PostgreSQL's disk_full: the server's own disk. */
    private static final String SERVER_DISK_FULL = "53100";
    /** The message of an IOException for a full disk, on Linux and macOS, and on Windows. */
    private static final List<String> NO_SPACE = List.of("No space left on device", "There is not enough space");

    private final Optional<Path> folder;
    private final AtomicReference<StorageTrouble.Kind> current = new AtomicReference<>();
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    /** Set while this thread is in a transaction: whether it wrote yet. */
    private final ThreadLocal<Boolean> wroteInTransaction = new ThreadLocal<>();

    /** {@code folder}: where the SQLite file is, whose free space tells a full disk; empty for a server. */
    StorageTroubles(Optional<Path> folder) {
        this.folder = folder;
    }

    /** The trouble now, if any. */
    Optional<StorageTrouble.Kind> current() {
        return Optional.ofNullable(current.get());
    }

    /** {@code changed} runs, on the thread that found it, each time the trouble begins, changes or ends. */
    void watch(Runnable changed) {
        watchers.add(changed);
    }

    /** The failure as storage trouble when it is one, remembered; otherwise the failure itself. */
    RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StorageTrouble known) {
            return known;
        }
        Optional<StorageTrouble.Kind> kind = kindOf(failure);
        if (kind.isEmpty()) {
            return failure;
        }
        StorageTrouble trouble = new StorageTrouble(kind.get(), failure);
        if (current.getAndSet(trouble.kind()) != trouble.kind()) {
            LOG.warn("Storage trouble: {}", trouble.getMessage(), failure);
            watchers.forEach(Runnable::run);
        }
        return trouble;
    }

    Optional<StorageTrouble.Kind> kindOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<StorageTrouble.Kind> kind = kindOfOne(cause);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<StorageTrouble.Kind> kindOfOne(Throwable cause) {
        if (cause instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            boolean full = primary == SQLiteErrorCode.SQLITE_FULL.code
                    || primary == SQLiteErrorCode.SQLITE_IOERR.code && nearlyFull();
            return full ? Optional.of(StorageTrouble.Kind.DISK_FULL) : Optional.empty();
        }
        // The pool's "Connection is not available, request timed out": no connection could be made in time.
        if (cause instanceof SQLTransientConnectionException) {
            return Optional.of(StorageTrouble.Kind.DATABASE_UNREACHABLE);
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // Class 08: connection exceptions (refused, lost, timed out while connecting).
            if (state.startsWith("08") || SERVER_GONE.contains(state)) {
                return Optional.of(StorageTrouble.Kind.DATABASE_UNREACHABLE);
            }
            return state.equals(SERVER_DISK_FULL) ? Optional.of(StorageTrouble.Kind.DISK_FULL) : Optional.empty();
        }
        if (cause instanceof IOException && NO_SPACE.stream().anyMatch(String.valueOf(cause.getMessage())::contains)) {
            return Optional.of(StorageTrouble.Kind.DISK_FULL);
        }
        return Optional.empty();
    }

    private boolean nearlyFull() {
        return folder.filter(Files::isDirectory).map(place -> {
            try {
                return Files.getFileStore(place).getUsableSpace() < NEARLY_FULL_BYTES;
            } catch (IOException unknown) {
                return false;
            }
        }).orElse(false);
    }

    /** Translates the failures of every statement and hears of those that went through. */
    ExecuteListener listener() {
        return new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                executed(ctx.type() != ExecuteType.READ);
            }

            @Override
            public void exception(ExecuteContext ctx) {
                RuntimeException failure = ctx.exception();
                if (failure != null) {
                    RuntimeException translated = translated(failure);
                    if (translated != failure) {
                        ctx.exception(translated);
                    }
                }
            }
        };
    }

    private void executed(boolean write) {
        Boolean wrote = wroteInTransaction.get();
        if (wrote == null) {
            wentThrough(write);
        } else if (write) {
            wroteInTransaction.set(true);
        }
    }

    /** This thread begins a transaction: what it writes counts once it commits. */
    void transactionBegins() {
        wroteInTransaction.set(false);
    }

    /** This thread's transaction ended; {@code committed}: it went through. */
    void transactionEnded(boolean committed) {
        boolean wrote = Boolean.TRUE.equals(wroteInTransaction.get());
        wroteInTransaction.remove();
        if (committed) {
            wentThrough(wrote);
        }
    }

    /** A call went through; {@code wrote}: it wrote, and committed. */
    private void wentThrough(boolean wrote) {
        StorageTrouble.Kind was = current.get();
        if (was == null || was == StorageTrouble.Kind.DISK_FULL && !wrote) {
            return;
        }
        if (current.compareAndSet(was, null)) {
            LOG.info("Storage trouble over ({}): a database call went through", was);
            watchers.forEach(Runnable::run);
        }
    }
}
