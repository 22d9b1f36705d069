package com.licensedesk.company;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.i18n.Messages;
import java.util.stream.Collectors;

/**
 * 「他の端末で変更されています。最新の内容を表示しました。」, and what the clerk had typed that differs from what is
 * stored now, field by field, so that nothing typed is lost when the fields show the current values.
 */
public final class ChangedElsewhereText {
    private ChangedElsewhereText() {
    }

    public static String of(FieldChanges typedDifferently, Messages messages) {
        String said = messages.get("common.changedElsewhere");
        if (typedDifferently.isEmpty()) {
            return said;
        }
        String typed = typedDifferently.list().stream()
                .map(change -> messages.get("common.changedElsewhere.field",
                        messages.get(FieldChanges.labelKey(change.field())), change.after()))
                .collect(Collectors.joining(messages.get("common.listSeparator")));
        return said + "\n" + messages.get("common.changedElsewhere.typed", typed);
    }
}
