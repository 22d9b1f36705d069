package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.AUDIT_LOG;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import java.util.List;
import java.util.Optional;

public final class JooqAuditLog implements AuditLog {
    private final Database database;
    private final String desk;

    /** {@code desk} names this desk in every record it writes. */
    public JooqAuditLog(Database database, String desk) {
        this.database = database;
        this.desk = desk;
    }

    @Override
    public void record(AuditEntry entry) {
        database.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, Times.utc(entry.at()))
                .set(AUDIT_LOG.ACCOUNT_ID, entry.accountId().orElse(null))
                .set(AUDIT_LOG.DESK, desk)
                .set(AUDIT_LOG.ACTOR_KIND, entry.actor().kind().name())
                .set(AUDIT_LOG.ACTOR, entry.actor().loginId())
                .set(AUDIT_LOG.ACTOR_ROLE, entry.actor().role().map(Role::name).orElse(null))
                .set(AUDIT_LOG.ACTION, entry.action())
                .set(AUDIT_LOG.DETAIL, entry.detail())
                .execute();
    }

    @Override
    public List<AuditEntry> forAccount(long accountId) {
        return database.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ACCOUNT_ID.eq(accountId))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(Times.instant(r.getOccurredAt()), Optional.ofNullable(r.getAccountId()),
                        new Actor(Actor.Kind.valueOf(r.getActorKind()), r.getActor(),
                                Optional.ofNullable(r.getActorRole()).map(Role::valueOf)), r.getAction(), r.getDetail()));
    }
}
