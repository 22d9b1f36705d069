package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.KIOSK;
import static com.licensedesk.store.schema.Tables.SYNC_ENTRY;

import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.store.schema.tables.records.KioskRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

public final class JooqKiosks implements KioskRepository {
    private static final List<String> UNSETTLED = List.of("WAITING", "HELD");
    private final Database database;

    public JooqKiosks(Database database) {
        this.database = database;
    }

    @Override
    public Kiosk enrol(String name, String signingPublic, String encryptingPublic, Instant at, String by) {
        KioskRecord record = database.dsl().newRecord(KIOSK);
        record.setName(name);
        record.setState(Kiosk.State.ACTIVE.name());
        record.setSigningPublic(signingPublic);
        record.setEncryptingPublic(encryptingPublic);
        record.setEnrolledAt(Times.utc(at));
        record.setEnrolledBy(by);
        try {
            record.insert();
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new NameTaken(name);
            }
            throw e;
        }
        return find(record.getId()).orElseThrow();
    }

    @Override
    public Optional<Kiosk> find(String name) {
        return one(KIOSK.NAME.eq(name));
    }

    @Override
    public Optional<Kiosk> find(long id) {
        return one(KIOSK.ID.eq(id));
    }

    @Override
    public List<Kiosk> all() {
        return select().orderBy(KIOSK.NAME).fetch(JooqKiosks::kiosk);
    }

    @Override
    public boolean revoke(long kioskId, Instant at, String by, String reason) {
        return database.dsl().update(KIOSK)
                .set(KIOSK.STATE, Kiosk.State.REVOKED.name())
                .set(KIOSK.REVOKED_AT, Times.utc(at))
                .set(KIOSK.REVOKED_BY, by)
                .set(KIOSK.REVOKE_REASON, reason)
                .where(KIOSK.ID.eq(kioskId)).and(KIOSK.STATE.eq(Kiosk.State.ACTIVE.name()))
                .execute() == 1;
    }

    @Override
    public void noteReceived(long kioskId, Instant at, long firstSequence) {
        database.dsl().update(KIOSK).set(KIOSK.LAST_RECEIVED_AT, Times.utc(at)).set(KIOSK.ACKS_FROM, firstSequence)
                .where(KIOSK.ID.eq(kioskId)).execute();
    }

    @Override
    public void settledThrough(long kioskId, long sequence) {
        // Never backwards: two desks importing the same kiosk's bundles at once may finish in either order.
        database.dsl().update(KIOSK).set(KIOSK.APPLIED_THROUGH, sequence)
                .where(KIOSK.ID.eq(kioskId)).and(KIOSK.APPLIED_THROUGH.lt(sequence)).execute();
    }

    @Override
    public void noteReply(long kioskId, long replySequence, Instant madeAt, long keysThrough,
                          Optional<CatalogRepository.ImportMark> catalogueThrough) {
        UpdateSetMoreStep<KioskRecord> update = database.dsl().update(KIOSK)
                .set(KIOSK.LAST_REPLY_SEQUENCE, replySequence)
                .set(KIOSK.LAST_REPLY_AT, Times.utc(madeAt))
                .set(KIOSK.KEYS_SENT_THROUGH, keysThrough);
        if (catalogueThrough.isPresent()) {
            update = update.set(KIOSK.CATALOGUE_SENT_AT, catalogueThrough.get().importedAt())
                    .set(KIOSK.CATALOGUE_SENT_KEY, catalogueThrough.get().productKey());
        }
        update.where(KIOSK.ID.eq(kioskId)).execute();
    }

    @Override
    public ReplyMark replyMark(long kioskId) {
        return database.dsl().select(KIOSK.LAST_REPLY_SEQUENCE, KIOSK.LAST_REPLY_AT, KIOSK.KEYS_SENT_THROUGH,
                        KIOSK.ACKS_FROM, KIOSK.CATALOGUE_SENT_AT, KIOSK.CATALOGUE_SENT_KEY)
                .from(KIOSK).where(KIOSK.ID.eq(kioskId))
                .fetchOptional(r -> new ReplyMark(r.value1(), Optional.ofNullable(Times.instant(r.value2())),
                        r.value3(), r.value4(), Optional.ofNullable(r.value5()).map(at ->
                                new CatalogRepository.ImportMark(at, r.value6()))))
                .orElseThrow();
    }

    private Optional<Kiosk> one(Condition condition) {
        return select().where(condition).fetchOptional(JooqKiosks::kiosk);
    }

    /**
     * Made at the first query, after the database is open, not as the desk starts and builds this repository: it
     * initialises much of jOOQ, which must not happen beside the database's opening (see {@link Database#openLater}).
     */
    private static final class Columns {
        static final Field<Integer> UNSETTLED_COUNT = DSL.field(DSL.selectCount().from(SYNC_ENTRY)
                .where(SYNC_ENTRY.KIOSK_ID.eq(KIOSK.ID)).and(SYNC_ENTRY.STATE.in(UNSETTLED))).as("unsettled");
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return database.dsl().select(KIOSK.fields()).select(Columns.UNSETTLED_COUNT).from(KIOSK);
    }

    private static Kiosk kiosk(Record r) {
        Optional<Kiosk.Revocation> revocation = r.get(KIOSK.REVOKED_AT) == null ? Optional.empty()
                : Optional.of(new Kiosk.Revocation(Times.instant(r.get(KIOSK.REVOKED_AT)), r.get(KIOSK.REVOKED_BY),
                        Times.emptyIfNull(r.get(KIOSK.REVOKE_REASON))));
        return new Kiosk(r.get(KIOSK.ID), r.get(KIOSK.NAME), Kiosk.State.valueOf(r.get(KIOSK.STATE)),
                r.get(KIOSK.SIGNING_PUBLIC), r.get(KIOSK.ENCRYPTING_PUBLIC), Times.instant(r.get(KIOSK.ENROLLED_AT)),
                r.get(KIOSK.ENROLLED_BY), revocation, Optional.ofNullable(Times.instant(r.get(KIOSK.LAST_RECEIVED_AT))),
                r.get(KIOSK.APPLIED_THROUGH), r.get(Columns.UNSETTLED_COUNT));
    }
}
