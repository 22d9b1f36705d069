package com.licensedesk.store;

import static com.licensedesk.store.schema.Tables.ACCOUNT;
import static com.licensedesk.store.schema.Tables.AUDIT_LOG;
import static com.licensedesk.store.schema.Tables.CONTRACTOR;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.audit.AuditRecord;
import com.licensedesk.store.schema.tables.records.AuditLogRecord;
import java.util.ArrayList;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.impl.DSL;
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
                .set(AUDIT_LOG.DESK, entry.entered().map(AuditEntry.Entered::place).orElse(desk))
                .set(AUDIT_LOG.ENTERED_AT, Times.utc(entry.entered().map(AuditEntry.Entered::at).orElse(null)))
                .set(AUDIT_LOG.ACTOR_KIND, entry.actor().kind().name())
                .set(AUDIT_LOG.ACTOR, entry.actor().loginId())
                .set(AUDIT_LOG.ACTOR_ROLE, entry.actor().role().map(Role::name).orElse(null))
                .set(AUDIT_LOG.ACTION, entry.action().name())
                .set(AUDIT_LOG.DETAIL, entry.detail())
                .execute();
    }

    @Override
    public List<AuditEntry> forAccount(long accountId) {
        return database.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ACCOUNT_ID.eq(accountId))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID)
                .fetch(JooqAuditLog::entry);
    }

    @Override
    public List<AuditRecord> search(AuditQuery query, int limit) {
        List<Condition> where = new ArrayList<>();
        query.from().ifPresent(from -> where.add(AUDIT_LOG.OCCURRED_AT.ge(Times.utc(from))));
        query.until().ifPresent(until -> where.add(AUDIT_LOG.OCCURRED_AT.lt(Times.utc(until))));
        query.operatorLoginId().ifPresent(operator -> where.add(AUDIT_LOG.ACTOR_KIND.eq("OPERATOR")
                .and(DSL.lower(AUDIT_LOG.ACTOR).eq(operator.toLowerCase(Locale.ROOT)))));
        if (!query.actions().isEmpty()) {
            where.add(AUDIT_LOG.ACTION.in(query.actions().stream().map(AuditAction::name).toList()));
        }
        query.desk().ifPresent(desk -> where.add(AUDIT_LOG.DESK.eq(desk)));
        String typed = query.text().strip();
        String text = (typed.length() > 200 ? typed.substring(0, 200) : typed).toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            where.add(DSL.lower(AUDIT_LOG.ACTOR).contains(text)
                    .or(DSL.lower(AUDIT_LOG.DETAIL).contains(text))
                    .or(DSL.lower(ACCOUNT.LOGIN_ID).contains(text))
                    .or(CONTRACTOR.COMPANY_NAME.contains(query.text().strip()))
                    .or(CONTRACTOR.COMPANY_NAME_KANA.contains(query.text().strip())));
        }
        return database.dsl().select(AUDIT_LOG.fields()).select(ACCOUNT.LOGIN_ID, CONTRACTOR.COMPANY_NAME)
                .from(AUDIT_LOG)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(AUDIT_LOG.ACCOUNT_ID))
                .leftJoin(CONTRACTOR).on(CONTRACTOR.ACCOUNT_ID.eq(AUDIT_LOG.ACCOUNT_ID))
                .where(where)
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditRecord(r.get(AUDIT_LOG.ID), entry(r.into(AUDIT_LOG)),
                        Times.emptyIfNull(r.get(AUDIT_LOG.DESK)), Optional.ofNullable(r.get(CONTRACTOR.COMPANY_NAME)),
                        Optional.ofNullable(r.get(ACCOUNT.LOGIN_ID))));
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(Times.instant(r.getOccurredAt()), Optional.ofNullable(r.getAccountId()),
                new Actor(Actor.Kind.valueOf(r.getActorKind()), r.getActor(),
                        Optional.ofNullable(r.getActorRole()).map(Role::valueOf)),
                AuditAction.stored(r.getAction()), Times.emptyIfNull(r.getDetail()),
                Optional.ofNullable(r.getEnteredAt()).map(entered -> new AuditEntry.Entered(
                        Times.emptyIfNull(r.getDesk()), Times.instant(entered))));
    }

    @Override
    public int pruneBefore(java.time.Instant before) {
        return database.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.OCCURRED_AT.lt(Times.utc(before))).execute();
    }
}
