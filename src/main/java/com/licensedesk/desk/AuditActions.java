package com.licensedesk.desk;

import com.licensedesk.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The actions the audit log records, in the words of the screen; the ones 本日の作業 counts as the desk's work. */
public final class AuditActions {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("ACCOUNT_REGISTERED", "audit.action.accountRegistered");
        LABELS.put("LICENCE_ADDED", "audit.action.licenceAdded");
        LABELS.put("CONTRACTOR_CHANGED", "audit.action.contractorChanged");
        LABELS.put("SUPPORT_CONTACT_CHANGED", "audit.action.supportContactChanged");
        LABELS.put("USER_CHANGED", "audit.action.userChanged");
        LABELS.put("TEMPORARY_PASSWORD_ISSUED", "audit.action.temporaryPassword");
        LABELS.put("TWO_FACTOR_RESET_AT_DESK", "audit.action.twoFactorReset");
        LABELS.put("PASSWORD_CHANGED", "audit.action.passwordChanged");
        LABELS.put("PASSWORD_RESET", "audit.action.passwordReset");
        LABELS.put("RESET_CODE_SENT", "audit.action.resetCodeSent");
        LABELS.put("TWO_FACTOR_ENABLED", "audit.action.twoFactorEnabled");
        LABELS.put("TWO_FACTOR_DISABLED", "audit.action.twoFactorDisabled");
        LABELS.put("SIGN_IN_SUCCEEDED", "audit.action.signInSucceeded");
        LABELS.put("SIGN_IN_FAILED", "audit.action.signInFailed");
        LABELS.put("SIGN_IN_LOCKED", "audit.action.signInLocked");
        LABELS.put("STAFF_SIGN_IN_SUCCEEDED", "audit.action.staffSignIn");
        LABELS.put("STAFF_SIGN_IN_FAILED", "audit.action.staffSignInFailed");
        LABELS.put("OPERATOR_ADDED", "audit.action.operatorAdded");
        LABELS.put("OPERATOR_DEACTIVATED", "audit.action.operatorDeactivated");
        LABELS.put("OPERATOR_PASSWORD_RESET", "audit.action.operatorPasswordReset");
        LABELS.put("OPERATOR_TOTP_ON", "audit.action.operatorTotpOn");
        LABELS.put("MAIL_RESENT", "audit.action.mailResent");
        LABELS.put("MAIL_CANCELLED", "audit.action.mailCancelled");
        LABELS.put("DATABASE_RESTORED", "audit.action.databaseRestored");
        LABELS.put("OPERATOR_TOTP_OFF", "audit.action.operatorTotpOff");
        LABELS.put("REMINDER_SENT", "audit.action.reminderSent");
        LABELS.put("REMINDERS_EXCLUDED", "audit.action.remindersExcluded");
        LABELS.put("REMINDERS_INCLUDED", "audit.action.remindersIncluded");
        LABELS.put("CATALOG_IMPORTED", "audit.action.catalogImported");
        LABELS.put("AUDIT_PRUNED", "audit.action.auditPruned");
    }

    /** What 本日の作業 lists: the work done for customers. */
    public static final Set<String> WORK = Set.of("ACCOUNT_REGISTERED", "LICENCE_ADDED", "CONTRACTOR_CHANGED",
            "SUPPORT_CONTACT_CHANGED", "USER_CHANGED", "TEMPORARY_PASSWORD_ISSUED", "TWO_FACTOR_RESET_AT_DESK");

    private AuditActions() {
    }

    /** The actions a filter offers, in this order. */
    public static Set<String> known() {
        return LABELS.keySet();
    }

    /** The action in the screen's words; one not listed here shows as recorded. */
    public static String label(Messages messages, String action) {
        String key = LABELS.get(action);
        return key == null ? action : messages.get(key);
    }
}
