package com.licensedesk.ui;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.i18n.Messages;

/** What the banner says after 送信 on an editing screen: saved, or nothing was changed. */
public final class SaveOutcome {
    private SaveOutcome() {
    }

    public static void show(Banner banner, FieldChanges changes, Messages messages) {
        if (changes.isEmpty()) {
            banner.info(messages.get("common.noChange"));
        } else {
            banner.success(messages.get("common.saved"));
        }
    }
}
