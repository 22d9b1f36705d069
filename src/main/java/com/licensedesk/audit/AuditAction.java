package com.licensedesk.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the audit log records, each with its label in the person's words ({@code messages*.properties}). The name is
 * what is stored; a label is never stored. {@link #work()} is what 本日の作業 lists as the desk's work for customers.
 */
public enum AuditAction {
    ACCOUNT_REGISTERED("audit.action.accountRegistered", true),
    LICENCE_ADDED("audit.action.licenceAdded", true),
    CONTRACTOR_CHANGED("audit.action.contractorChanged", true),
    SUPPORT_CONTACT_CHANGED("audit.action.supportContactChanged", true),
    USER_CHANGED("audit.action.userChanged", true),
    TEMPORARY_PASSWORD_ISSUED("audit.action.temporaryPassword", true),
    TWO_FACTOR_RESET_AT_DESK("audit.action.twoFactorReset", true),
    PASSWORD_CHANGED("audit.action.passwordChanged", false),
    PASSWORD_CHANGE_REFUSED("audit.action.passwordChangeRefused", false),
    PASSWORD_RESET("audit.action.passwordReset", false),
    RESET_CODE_SENT("audit.action.resetCodeSent", false),
    RESET_THROTTLED("audit.action.resetThrottled", false),
    TWO_FACTOR_ENABLED("audit.action.twoFactorEnabled", false),
    TWO_FACTOR_DISABLED("audit.action.twoFactorDisabled", false),
    TWO_FACTOR_DISABLE_REFUSED("audit.action.twoFactorDisableRefused", false),
    SIGN_IN_SUCCEEDED("audit.action.signInSucceeded", false),
    SIGN_IN_PASSWORD_ACCEPTED("audit.action.signInPasswordAccepted", false),
    SIGN_IN_FAILED("audit.action.signInFailed", false),
    SIGN_IN_LOCKED("audit.action.signInLocked", false),
    SIGN_IN_REFUSED_WHILE_LOCKED("audit.action.signInRefusedWhileLocked", false),
    STAFF_SIGN_IN_SUCCEEDED("audit.action.staffSignIn", false),
    STAFF_SIGN_IN_FAILED("audit.action.staffSignInFailed", false),
    OPERATOR_ADDED("audit.action.operatorAdded", false),
    OPERATOR_DEACTIVATED("audit.action.operatorDeactivated", false),
    OPERATOR_PASSWORD_RESET("audit.action.operatorPasswordReset", false),
    OPERATOR_TOTP_ON("audit.action.operatorTotpOn", false),
    OPERATOR_TOTP_OFF("audit.action.operatorTotpOff", false),
    OPERATOR_PASSWORD_CHANGED("audit.action.operatorPasswordChanged", false),
    OPERATOR_OWN_CHANGE_REFUSED("audit.action.operatorOwnChangeRefused", false),
    MAIL_RESENT("audit.action.mailResent", false),
    MAIL_CANCELLED("audit.action.mailCancelled", false),
    DATABASE_RESTORED("audit.action.databaseRestored", false),
    REMINDER_SENT("audit.action.reminderSent", false),
    REMINDERS_EXCLUDED("audit.action.remindersExcluded", false),
    REMINDERS_INCLUDED("audit.action.remindersIncluded", false),
    CATALOG_IMPORTED("audit.action.catalogImported", false),
    AUDIT_PRUNED("audit.action.auditPruned", false),
    KIOSK_ENROLLED("audit.action.kioskEnrolled", false),
    KIOSK_REVOKED("audit.action.kioskRevoked", false),
    KIOSK_JOINED("audit.action.kioskJoined", false),
    SYNC_BUNDLE_IMPORTED("audit.action.syncBundleImported", false),
    SYNC_BUNDLE_REFUSED("audit.action.syncBundleRefused", false),
    SYNC_ENTRY_RESOLVED("audit.action.syncEntryResolved", true),
    SYNC_ENTRY_REJECTED("audit.action.syncEntryRejected", true),
    SYNC_REPLY_READ("audit.action.syncReplyRead", false),
    /** Read from a database a newer version of License Desk wrote to: shown as such, never written. */
    RECORDED_BY_A_NEWER_VERSION("audit.action.newerVersion", false);

    private final String labelKey;
    private final boolean work;

    AuditAction(String labelKey, boolean work) {
        this.labelKey = labelKey;
        this.work = work;
    }

    /** The message key of the action's label. */
    public String labelKey() {
        return labelKey;
    }

    /** What 本日の作業 lists: the work done for customers. */
    public static Set<AuditAction> work() {
        EnumSet<AuditAction> work = EnumSet.noneOf(AuditAction.class);
        Arrays.stream(values()).filter(action -> action.work).forEach(work::add);
        return work;
    }

    /** The actions a filter offers, in this order. */
    public static Set<AuditAction> offered() {
        return EnumSet.complementOf(EnumSet.of(RECORDED_BY_A_NEWER_VERSION));
    }

    /** The action a stored name stands for. */
    public static AuditAction stored(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return RECORDED_BY_A_NEWER_VERSION;
        }
    }
}
