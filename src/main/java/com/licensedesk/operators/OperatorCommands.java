package com.licensedesk.operators;

import com.licensedesk.change.SignInRecord;
import com.licensedesk.change.DeskAdministration;
import com.licensedesk.change.NotJournalled;
import com.licensedesk.session.Permission;
import com.licensedesk.session.Role;

/**
 * The changes to the desk's staff, and the staff's sign-ins, as commands. None is journalled: the staff are not
 * customers' data and never travel to a kiosk. Passwords are in them only as hashes.
 */
public final class OperatorCommands {
    private OperatorCommands() {
    }

    /** 最初の管理者を作成, run as the admin it makes: only while there is no operator at all. */
    public record CreateFirstAdmin(String loginId, String name, String passwordHash) implements DeskAdministration {
        @Override
        public String toString() {
            return "CreateFirstAdmin[loginId=" + loginId + "]";
        }
    }

    public record AddOperator(String loginId, String name, Role role, String passwordHash)
            implements DeskAdministration {
        @Override
        public String toString() {
            return "AddOperator[loginId=" + loginId + ", role=" + role + "]";
        }
    }

    public record DeactivateOperator(String loginId) implements DeskAdministration {
    }

    public record ResetOperatorPassword(String loginId, String passwordHash) implements DeskAdministration {
        @Override
        public String toString() {
            return "ResetOperatorPassword[loginId=" + loginId + "]";
        }
    }

    /** Two-factor sign-in on, with a new secret the handler makes (so that no command carries one). */
    public record EnableOperatorTwoFactor(String loginId) implements DeskAdministration {
    }

    public record DisableOperatorTwoFactor(String loginId) implements DeskAdministration {
    }

    /** An operator's change to their own sign-in: any role may make one, for themselves only. */
    public interface OwnSignIn extends NotJournalled {
        @Override
        default Permission permission() {
            return Permission.OWN_ACCOUNT;
        }
    }

    /** The operator's own new password, the current one checked where it was typed. */
    public record ChangeOwnPassword(String loginId, String passwordHash) implements OwnSignIn {
        @Override
        public String toString() {
            return "ChangeOwnPassword[loginId=" + loginId + "]";
        }
    }

    /** Two-factor sign-in on with the secret the operator's app proved it has ({@code step}: the code's). */
    public record EnableOwnTwoFactor(String loginId, String secret, long step) implements OwnSignIn {
        @Override
        public String toString() {
            return "EnableOwnTwoFactor[loginId=" + loginId + "]";
        }
    }

    public record DisableOwnTwoFactor(String loginId) implements OwnSignIn {
    }

    /** A wrong current password or code on the operator's own account screen: counted toward the lockout. */
    public record OwnChangeRefused(String loginId, String detail) implements OwnSignIn {
    }

    /** The operator signed in: with the password, or with the authenticator's code after it. */
    public record StaffSignedIn(String loginId, boolean withAuthenticatorCode) implements SignInRecord {
    }

    /** Why a staff sign-in failed, with the audit log's words for it. */
    public enum StaffSignInFailure {
        UNKNOWN_LOGIN_ID("unknown login ID"),
        /** A wrong password, or a deactivated operator's. */
        PASSWORD_REFUSED(""),
        WRONG_CODE("wrong two-factor code");

        private final String detail;

        StaffSignInFailure(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    public record StaffSignInFailed(String loginId, StaffSignInFailure failure) implements SignInRecord {
    }
}
