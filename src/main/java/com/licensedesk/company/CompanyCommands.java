package com.licensedesk.company;

import com.licensedesk.change.AccountCommand;

/** The changes 会社情報 makes, as commands: each tab saved on its own, and the desk's reminder setting. */
public final class CompanyCommands {
    private CompanyCommands() {
    }

    /** ご契約者 → 送信, made from the record at {@code version}. */
    public record SaveContractor(long accountId, String loginId, CompanyProfile contractor, int version)
            implements AccountCommand {
        @Override
        public SaveContractor onAccount(long accountId, String loginId) {
            return new SaveContractor(accountId, loginId, contractor, version);
        }
    }

    /** サポート窓口 → 送信, with the emergency contact's address, made from the record at {@code version}. */
    public record SaveSupportContact(long accountId, String loginId, SupportContact support, String emergencyEmail,
                                     int version) implements AccountCommand {
        @Override
        public SaveSupportContact onAccount(long accountId, String loginId) {
            return new SaveSupportContact(accountId, loginId, support, emergencyEmail, version);
        }
    }

    /** 更新のお知らせを送らない, set at the desk. */
    public record ExcludeFromReminders(long accountId, String loginId, boolean excluded) implements AccountCommand {
        @Override
        public ExcludeFromReminders onAccount(long accountId, String loginId) {
            return new ExcludeFromReminders(accountId, loginId, excluded);
        }
    }
}
