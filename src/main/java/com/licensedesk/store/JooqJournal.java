package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.JOURNAL;

import com.licensedesk.change.AlreadyReplayed;
import com.licensedesk.change.HomeState;
import com.licensedesk.change.Journal;
import com.licensedesk.change.JournalEntry;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.store.schema.tables.records.JournalRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

public final class JooqJournal implements Journal {
    private final Database database;

    public JooqJournal(Database database) {
        this.database = database;
    }

    @Override
    public void append(JournalEntry entry) {
        try {
            database.dsl().insertInto(JOURNAL)
                    .set(JOURNAL.ENTRY_ID, entry.id().toString())
                    .set(JOURNAL.ORIGIN, entry.origin())
                    .set(JOURNAL.ORIGIN_SEQUENCE, entry.originSequence().orElse(null))
                    .set(JOURNAL.FORMAT_VERSION, entry.formatVersion())
                    .set(JOURNAL.RECORDED_AT, Times.utc(entry.recordedAt()))
                    .set(JOURNAL.ACTOR_KIND, entry.actor().kind().name())
                    .set(JOURNAL.ACTOR, entry.actor().loginId())
                    .set(JOURNAL.ACTOR_ROLE, entry.actor().role().map(Role::name).orElse(null))
                    .set(JOURNAL.COMMAND_TYPE, entry.commandType())
                    .set(JOURNAL.COMMAND, entry.command())
                    .set(JOURNAL.MAILS, entry.mails().orElse(null))
                    .set(JOURNAL.HOME_STATE, entry.homeState().map(HomeState::name).orElse(null))
                    .set(JOURNAL.HOME_REASON, entry.homeReason().orElse(null))
                    .set(JOURNAL.ERASED_AT, Times.utc(entry.erasedAt().orElse(null)))
                    .execute();
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new AlreadyReplayed(entry.id(), entry.origin(), entry.originSequence(), e);
            }
            throw e;
        }
    }

    @Override
    public long nextSequence(String origin) {
        if (!database.isSqlite()) {
            // SQLite's write transactions take the lock at BEGIN. On PostgreSQL a second transaction numbering an
            // entry waits here until the first has committed its number, then reads past it; readers do not wait.
            database.dsl().execute("LOCK TABLE journal IN SHARE ROW EXCLUSIVE MODE");
        }
        Long last = database.dsl().select(DSL.max(JOURNAL.ORIGIN_SEQUENCE)).from(JOURNAL)
                .where(JOURNAL.ORIGIN.eq(origin)).fetchSingle().value1();
        return last == null ? 1 : last + 1;
    }

    @Override
    public List<JournalEntry> read(long after, int limit) {
        return database.dsl().selectFrom(JOURNAL).orderBy(JOURNAL.ID).offset(after).limit(limit)
                .fetch(JooqJournal::entry);
    }

    @Override
    public List<JournalEntry> waitingForHome(String kiosk) {
        return database.dsl().selectFrom(JOURNAL).where(waitingForHomeAt(kiosk))
                .orderBy(JOURNAL.ORIGIN_SEQUENCE).fetch(JooqJournal::entry);
    }

    @Override
    public int countWaitingForHome(String kiosk) {
        return database.dsl().fetchCount(JOURNAL, waitingForHomeAt(kiosk));
    }

    private static Condition waitingForHomeAt(String kiosk) {
        return JOURNAL.ORIGIN.eq(kiosk).and(JOURNAL.ORIGIN_SEQUENCE.isNotNull())
                .and(JOURNAL.HOME_STATE.isNull()
                        .or(JOURNAL.HOME_STATE.in(HomeState.WAITING.name(), HomeState.HELD.name())));
    }

    @Override
    public boolean acknowledge(UUID entryId, HomeState state, Optional<String> reason) {
        return database.dsl().update(JOURNAL)
                .set(JOURNAL.HOME_STATE, state.name())
                .set(JOURNAL.HOME_REASON, reason.orElse(null))
                .where(JOURNAL.ENTRY_ID.eq(entryId.toString()))
                .execute() > 0;
    }

    @Override
    public boolean erase(UUID entryId, Instant at) {
        return database.dsl().update(JOURNAL)
                .set(JOURNAL.COMMAND, "{}")
                .set(JOURNAL.MAILS, "[]")
                .set(JOURNAL.ERASED_AT, Times.utc(at))
                .where(JOURNAL.ENTRY_ID.eq(entryId.toString()).and(JOURNAL.ERASED_AT.isNull()))
                .execute() > 0;
    }

    private static JournalEntry entry(JournalRecord r) {
        return new JournalEntry(UUID.fromString(r.getEntryId()), r.getOrigin(),
                Optional.ofNullable(r.getOriginSequence()), r.getFormatVersion(), Times.instant(r.getRecordedAt()),
                new Actor(Actor.Kind.valueOf(r.getActorKind()), r.getActor(),
                        Optional.ofNullable(r.getActorRole()).map(Role::valueOf)),
                r.getCommandType(), r.getCommand(), Optional.ofNullable(r.getMails()),
                Optional.ofNullable(r.getHomeState()).map(HomeState::valueOf), Optional.ofNullable(r.getHomeReason()),
                Optional.ofNullable(Times.instant(r.getErasedAt())));
    }
}
