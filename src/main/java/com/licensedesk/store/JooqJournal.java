package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.JOURNAL;

import com.licensedesk.change.Journal;
import com.licensedesk.change.JournalEntry;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.store.schema.tables.records.JournalRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JooqJournal implements Journal {
    private final Database database;

    public JooqJournal(Database database) {
        this.database = database;
    }

    @Override
    public void append(JournalEntry entry) {
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
                .execute();
    }

    @Override
    public List<JournalEntry> read(long after, int limit) {
        return database.dsl().selectFrom(JOURNAL).orderBy(JOURNAL.ID).offset(after).limit(limit)
                .fetch(JooqJournal::entry);
    }

    private static JournalEntry entry(JournalRecord r) {
        return new JournalEntry(UUID.fromString(r.getEntryId()), r.getOrigin(),
                Optional.ofNullable(r.getOriginSequence()), r.getFormatVersion(), Times.instant(r.getRecordedAt()),
                new Actor(Actor.Kind.valueOf(r.getActorKind()), r.getActor(),
                        Optional.ofNullable(r.getActorRole()).map(Role::valueOf)),
                r.getCommandType(), r.getCommand());
    }
}
