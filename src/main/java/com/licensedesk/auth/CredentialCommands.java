package com.licensedesk.auth;

import com.licensedesk.change.AccountCommand;
import com.licensedesk.change.NotJournalled;
import java.time.Instant;
import java.util.List;

/**
 * The changes to how a customer signs in, as commands. A password travels as the hash made before the change, a reset
 * code as its hash, a two-factor secret sealed (to home's key when it travels); none of them ever in clear.
 */
public final class CredentialCommands {
    private CredentialCommands() {
    }

    /** パスワードの変更, or a temporary password from the desk replaced at sign-in ({@code replacesTemporary}). */
    public record ChangePassword(long accountId, String loginId, String passwordHash, boolean replacesTemporary)
            implements AccountCommand {
        @Override
        public ChangePassword onAccount(long accountId, String loginId) {
            return new ChangePassword(accountId, loginId, passwordHash, replacesTemporary);
        }
    }

    /** 仮パスワードの発行 at the desk: the temporary password's hash, and until when it works. */
    public record IssueTemporaryPassword(long accountId, String loginId, String passwordHash, Instant validUntil)
            implements AccountCommand {
        @Override
        public IssueTemporaryPassword onAccount(long accountId, String loginId) {
            return new IssueTemporaryPassword(accountId, loginId, passwordHash, validUntil);
        }
    }

    /**
     * 2要素認証を有効にする at a desk: the secret sealed by this desk's {@link SecretBox}, the step of the code that
     * proved the app has it, and the recovery codes' salted hashes. Not journalled: the seal opens only with this
     * database's key, and the secret may not travel in clear. At a kiosk it is {@link EnableTwoFactorAtKiosk}.
     */
    public record EnableTwoFactor(long accountId, String loginId, String sealedSecret, long lastStep,
                                  List<String> recoveryCodeHashes) implements NotJournalled {
        @Override
        public String toString() {
            return "EnableTwoFactor[accountId=" + accountId + ", loginId=" + loginId + "]";
        }
    }

    /**
     * 2要素認証を有効にする at a kiosk enrolled with a home: the secret sealed to home's public key, so that it travels
     * home in the journal and only home opens it (the kiosk stores its own copy under its {@link SecretBox}); the
     * step and the recovery codes' hashes as in {@link EnableTwoFactor}, which home then runs with its own seal.
     */
    public record EnableTwoFactorAtKiosk(long accountId, String loginId, String secretForHome, long lastStep,
                                         List<String> recoveryCodeHashes) implements AccountCommand {
        @Override
        public EnableTwoFactorAtKiosk onAccount(long accountId, String loginId) {
            return new EnableTwoFactorAtKiosk(accountId, loginId, secretForHome, lastStep, recoveryCodeHashes);
        }

        @Override
        public String toString() {
            return "EnableTwoFactorAtKiosk[accountId=" + accountId + ", loginId=" + loginId + "]";
        }
    }

    /** 2要素認証を無効にする by the customer, with the password and a current code (checked before). */
    public record DisableTwoFactor(long accountId, String loginId) implements AccountCommand {
        @Override
        public DisableTwoFactor onAccount(long accountId, String loginId) {
            return new DisableTwoFactor(accountId, loginId);
        }
    }

    /** Two-factor sign-in switched off at the desk by an operator, who checked who the customer is. */
    public record ResetTwoFactorAtDesk(long accountId, String loginId) implements AccountCommand {
        @Override
        public ResetTwoFactorAtDesk onAccount(long accountId, String loginId) {
            return new ResetTwoFactorAtDesk(accountId, loginId);
        }
    }

    /**
     * A reset request from {@code desk} for a login ID or mail address ({@code subject}, as typed, cut to the longest
     * there is). Not journalled: its codes are made while it runs and only their hashes kept, so a second run could
     * only mail other codes.
     */
    public record RequestReset(String subject, String desk) implements NotJournalled {
    }

    /** One account's reset code, of a {@link RequestReset}: the code's hash; the code itself goes only into the mail. */
    public record SendResetCode(long accountId, String loginId, String codeHash, String desk)
            implements NotJournalled {
    }

    /** 送信 on the reset screen: the typed code's hash and the new password's. */
    public record ResetPassword(long accountId, String loginId, String codeHash, String passwordHash, String desk)
            implements AccountCommand {
        @Override
        public ResetPassword onAccount(long accountId, String loginId) {
            return new ResetPassword(accountId, loginId, codeHash, passwordHash, desk);
        }
    }
}
