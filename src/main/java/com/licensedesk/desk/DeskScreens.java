package com.licensedesk.desk;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** 本日の作業 and 監査ログ. */
public final class DeskScreens {
    public static final ScreenId TODAY = new ScreenId("desk/today");
    public static final ScreenId AUDIT_LOG = new ScreenId("desk/auditLog");
    public static final ScreenId OUTBOX = new ScreenId("desk/outbox");

    /** Acting for a customer: the account, its company and login ID. */
    @FunctionalInterface
    public interface Opener {
        void open(long accountId, String companyName, String loginId);
    }

    private DeskScreens() {
    }

    /** {@code open} acts for a customer from 本日の作業. */
    /** {@code mailWaiting} wakes the mail sender after a resend. */
    public static void register(ScreenRegistry screens, ScreenContext context, AuditLog audit,
                                OperatorService operators, OutboxAdministration outbox, String desk, Opener open,
                                Runnable mailWaiting) {
        TodayViewModel today = new TodayViewModel(audit, context.tasks(), context.messages(), context.clock(), desk,
                (accountId, row) -> open.open(accountId, row.company(), row.loginId()));
        AuditLogViewModel auditLog = new AuditLogViewModel(audit, operators, context.tasks(), context.dialogs(),
                context.messages(), context.clock());
        screens.add(TODAY, ScreenRegistry.Access.STAFF, TodayView.class,
                        () -> new TodayView(today, context.messages()))
                .add(AUDIT_LOG, ScreenRegistry.Access.STAFF, AuditLogView.class,
                        () -> new AuditLogView(auditLog, context.messages()))
                .holds(today).holds(auditLog);
        OutboxMonitorViewModel monitor = new OutboxMonitorViewModel(outbox, context.session(), context.tasks(),
                context.messages(), mailWaiting);
        screens.add(OUTBOX, ScreenRegistry.Access.STAFF, OutboxMonitorView.class,
                () -> new OutboxMonitorView(monitor, context.messages())).holds(monitor);
    }
}
