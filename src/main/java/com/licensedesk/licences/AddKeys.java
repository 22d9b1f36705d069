package com.licensedesk.licences;

import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.AccountCommand;
import java.util.List;

/**
 * Keys added to an existing account: one through 製品を追加する (or この会社に追加 at registration), or many through
 * まとめて追加 ({@code batch}: one mail listing them, each audit entry saying how many, no expired key).
 */
public record AddKeys(long accountId, String loginId, List<ProductKey> keys, AgreementAcceptance agreement,
                      boolean batch) implements AccountCommand {
    public AddKeys {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || (!batch && keys.size() != 1)) {
            throw new IllegalArgumentException("One key, or a batch of at least one: " + keys.size());
        }
    }

    @Override
    public AddKeys onAccount(long accountId, String loginId) {
        return new AddKeys(accountId, loginId, keys, agreement, batch);
    }
}
