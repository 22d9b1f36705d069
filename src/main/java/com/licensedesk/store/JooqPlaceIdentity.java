package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.SYNC_IDENTITY;

import com.licensedesk.kiosks.PlaceIdentity;
import com.licensedesk.kiosks.PlaceIdentityRepository;
import com.licensedesk.store.schema.tables.records.SyncIdentityRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.exception.DataAccessException;

public final class JooqPlaceIdentity implements PlaceIdentityRepository {
    private static final long THE_ROW = 1;
    private final Database database;

    public JooqPlaceIdentity(Database database) {
        this.database = database;
    }

    @Override
    public Optional<PlaceIdentity> find() {
        return database.dsl().selectFrom(SYNC_IDENTITY).where(SYNC_IDENTITY.ID.eq(THE_ROW))
                .fetchOptional(JooqPlaceIdentity::identity);
    }

    @Override
    public void create(PlaceIdentity identity) {
        SyncIdentityRecord record = database.dsl().newRecord(SYNC_IDENTITY);
        record.setId(THE_ROW);
        record.setPlaceName(identity.placeName());
        record.setSigningPrivate(identity.signingPrivate());
        record.setSigningPublic(identity.signingPublic());
        record.setDecryptingPrivate(identity.decryptingPrivate());
        record.setEncryptingPublic(identity.encryptingPublic());
        identity.home().ifPresent(home -> {
            record.setHomeName(home.name());
            record.setHomeSigningPublic(home.signingPublic());
            record.setHomeEncryptingPublic(home.encryptingPublic());
        });
        record.setCreatedAt(Times.utc(identity.createdAt()));
        record.setLastReplySequence(identity.lastReplySequence());
        try {
            record.insert();
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new AlreadyMade();
            }
            throw e;
        }
    }

    @Override
    public void noteSent(Instant at) {
        database.dsl().update(SYNC_IDENTITY).set(SYNC_IDENTITY.LAST_SENT_AT, Times.utc(at))
                .where(SYNC_IDENTITY.ID.eq(THE_ROW)).execute();
    }

    @Override
    public void noteHeard(Instant at, long replySequence) {
        database.dsl().update(SYNC_IDENTITY).set(SYNC_IDENTITY.LAST_HEARD_AT, Times.utc(at))
                .set(SYNC_IDENTITY.LAST_REPLY_SEQUENCE, replySequence)
                .where(SYNC_IDENTITY.ID.eq(THE_ROW)).execute();
    }

    private static PlaceIdentity identity(SyncIdentityRecord r) {
        Optional<PlaceIdentity.Home> home = r.getHomeName() == null ? Optional.empty()
                : Optional.of(new PlaceIdentity.Home(r.getHomeName(), r.getHomeSigningPublic(),
                        r.getHomeEncryptingPublic()));
        return new PlaceIdentity(r.getPlaceName(), r.getSigningPrivate(), r.getSigningPublic(),
                r.getDecryptingPrivate(), r.getEncryptingPublic(), home, Times.instant(r.getCreatedAt()),
                Optional.ofNullable(Times.instant(r.getLastSentAt())),
                Optional.ofNullable(Times.instant(r.getLastHeardAt())), r.getLastReplySequence());
    }
}
