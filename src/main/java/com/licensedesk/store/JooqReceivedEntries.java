package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.KIOSK;
import static com.licensedesk.store.schema.Tables.SYNC_ENTRY;

import com.licensedesk.store.schema.tables.records.SyncEntryRecord;
import com.licensedesk.sync.ReceivedEntries;
import com.licensedesk.sync.ReceivedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;

public final class JooqReceivedEntries implements ReceivedEntries {
    private static final List<String> UNSETTLED = List.of(ReceivedEntry.State.WAITING.name(),
            ReceivedEntry.State.HELD.name());
    /** The command type a customer's account starts with, as the journal names it. */
    private static final String REGISTRATION = "RegisterCustomer";
    private final Database database;

    public JooqReceivedEntries(Database database) {
        this.database = database;
    }

    @Override
    public boolean keep(Arrival arrival, Instant receivedAt) {
        // Home has it already when the kiosk's number or the entry's id is known: a bundle read twice adds nothing.
        return database.dsl().insertInto(SYNC_ENTRY)
                .set(SYNC_ENTRY.KIOSK_ID, arrival.kioskId())
                .set(SYNC_ENTRY.SEQUENCE, arrival.sequence())
                .set(SYNC_ENTRY.ENTRY_ID, arrival.entryId().toString())
                .set(SYNC_ENTRY.FORMAT_VERSION, arrival.formatVersion())
                .set(SYNC_ENTRY.ENTERED_AT, Times.utc(arrival.enteredAt()))
                .set(SYNC_ENTRY.RECEIVED_AT, Times.utc(receivedAt))
                .set(SYNC_ENTRY.LOGIN_ID, arrival.loginId().orElse(null))
                .set(SYNC_ENTRY.COMMAND_TYPE, arrival.commandType())
                .set(SYNC_ENTRY.COMMAND, arrival.command())
                .set(SYNC_ENTRY.MAILS, arrival.mails())
                .set(SYNC_ENTRY.STATE, ReceivedEntry.State.HELD.name())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<ReceivedEntry> unsettledAfter(long kioskId, long sequence) {
        return where(SYNC_ENTRY.KIOSK_ID.eq(kioskId).and(SYNC_ENTRY.SEQUENCE.gt(sequence))
                .and(SYNC_ENTRY.STATE.in(UNSETTLED)));
    }

    @Override
    public List<Long> sequencesFrom(long kioskId, long from) {
        return database.dsl().select(SYNC_ENTRY.SEQUENCE).from(SYNC_ENTRY)
                .where(SYNC_ENTRY.KIOSK_ID.eq(kioskId)).and(SYNC_ENTRY.SEQUENCE.ge(from))
                .orderBy(SYNC_ENTRY.SEQUENCE).fetch(SYNC_ENTRY.SEQUENCE);
    }

    @Override
    public Optional<ReceivedEntry> find(long id) {
        return where(SYNC_ENTRY.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Waiting> waiting() {
        return database.dsl().select(SYNC_ENTRY.fields()).select(KIOSK.NAME).from(SYNC_ENTRY)
                .join(KIOSK).on(KIOSK.ID.eq(SYNC_ENTRY.KIOSK_ID))
                .where(SYNC_ENTRY.STATE.eq(ReceivedEntry.State.WAITING.name()))
                .orderBy(SYNC_ENTRY.RECEIVED_AT, SYNC_ENTRY.KIOSK_ID, SYNC_ENTRY.SEQUENCE)
                .fetch(r -> new Waiting(entry(r.into(SYNC_ENTRY)), r.get(KIOSK.NAME)));
    }

    @Override
    public void applied(long id, Instant at, String by, long homeAccountId) {
        settle(id, ReceivedEntry.State.APPLIED, at, by, null, homeAccountId);
    }

    @Override
    public void waiting(long id, ReceivedEntry.Conflict conflict, String reason) {
        database.dsl().update(SYNC_ENTRY).set(SYNC_ENTRY.STATE, ReceivedEntry.State.WAITING.name())
                .set(SYNC_ENTRY.CONFLICT, conflict.name()).set(SYNC_ENTRY.REASON, reason)
                .where(SYNC_ENTRY.ID.eq(id)).execute();
    }

    @Override
    public void held(long id, String reason) {
        database.dsl().update(SYNC_ENTRY).set(SYNC_ENTRY.STATE, ReceivedEntry.State.HELD.name())
                .setNull(SYNC_ENTRY.CONFLICT).set(SYNC_ENTRY.REASON, reason)
                .where(SYNC_ENTRY.ID.eq(id)).execute();
    }

    @Override
    public void rejected(long id, Instant at, String by, String reason) {
        settle(id, ReceivedEntry.State.REJECTED, at, by, reason, null);
    }

    @Override
    public List<ReceivedEntry> forReply(long kioskId, long fromSequence) {
        return where(SYNC_ENTRY.KIOSK_ID.eq(kioskId).and(SYNC_ENTRY.SEQUENCE.ge(fromSequence)));
    }

    @Override
    public Optional<Long> registeredAs(long kioskId, String kioskLoginId) {
        return database.dsl().select(SYNC_ENTRY.HOME_ACCOUNT_ID).from(SYNC_ENTRY)
                .where(SYNC_ENTRY.KIOSK_ID.eq(kioskId)).and(SYNC_ENTRY.LOGIN_ID.eq(kioskLoginId))
                .and(SYNC_ENTRY.COMMAND_TYPE.eq(REGISTRATION))
                .and(SYNC_ENTRY.STATE.eq(ReceivedEntry.State.APPLIED.name()))
                .and(SYNC_ENTRY.HOME_ACCOUNT_ID.isNotNull())
                .orderBy(SYNC_ENTRY.SEQUENCE).limit(1)
                .fetchOptional(SYNC_ENTRY.HOME_ACCOUNT_ID);
    }

    private void settle(long id, ReceivedEntry.State state, Instant at, String by, String reason, Long accountId) {
        database.dsl().update(SYNC_ENTRY).set(SYNC_ENTRY.STATE, state.name())
                .set(SYNC_ENTRY.SETTLED_AT, Times.utc(at)).set(SYNC_ENTRY.SETTLED_BY, by)
                .set(SYNC_ENTRY.REASON, reason).set(SYNC_ENTRY.HOME_ACCOUNT_ID, accountId)
                .where(SYNC_ENTRY.ID.eq(id)).execute();
    }

    private List<ReceivedEntry> where(Condition condition) {
        return database.dsl().selectFrom(SYNC_ENTRY).where(condition).orderBy(SYNC_ENTRY.SEQUENCE)
                .fetch(JooqReceivedEntries::entry);
    }

    private static ReceivedEntry entry(SyncEntryRecord r) {
        return new ReceivedEntry(r.getId(), r.getKioskId(), r.getSequence(), UUID.fromString(r.getEntryId()),
                r.getFormatVersion(), Times.instant(r.getEnteredAt()), Times.instant(r.getReceivedAt()),
                Optional.ofNullable(r.getLoginId()), r.getCommandType(), r.getCommand(), r.getMails(),
                ReceivedEntry.State.valueOf(r.getState()),
                Optional.ofNullable(r.getConflict()).map(ReceivedEntry.Conflict::valueOf),
                Optional.ofNullable(r.getReason()), Optional.ofNullable(Times.instant(r.getSettledAt())),
                Optional.ofNullable(r.getSettledBy()), Optional.ofNullable(r.getHomeAccountId()));
    }
}
