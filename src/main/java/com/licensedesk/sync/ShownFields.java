package com.licensedesk.sync;

import com.licensedesk.domain.FieldChanges;
import com.licensedesk.i18n.Messages;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command's fields as 同期の確認 shows them: each by the label the customer screens give it (会社名, 電話番号, …), a
 * blank one said to be blank, so that a person compares the kiosk's side with home's as a customer would read them.
 */
final class ShownFields {
    /**
     * Not the customer's data to compare: the agreement's version and time, the language the mail is written in, and
     * a two-factor secret sealed for home with its recovery codes' hashes (unreadable, and not for a screen).
     */
    private static final Set<String> NOT_SHOWN = Set.of("agreement.version", "agreement.acceptedAt", "language",
            "secretForHome", "lastStep", "recoveryCodeHashes");
    /** A registration's own support contact, whose labels are the company's and the user's again. */
    private static final String SUPPORT = "differentSupportContact.";

    private final Messages messages;

    ShownFields(Messages messages) {
        this.messages = messages;
    }

    /** {@code company.companyName} is 会社名; a support contact's field names its section: 会社名（サポート窓口）. */
    String label(String path) {
        if (path.startsWith(SUPPORT)) {
            return messages.get("syncReview.field.inSection", label(path.substring(SUPPORT.length())),
                    messages.get("registration.section.support"));
        }
        String key = switch (path) {
            case "loginId" -> "form.loginIdShort";
            case "key" -> "start.key.label";
            case "purchaseSource" -> "registration.section.purchaseSource";
            default -> FieldChanges.labelKey(path);
        };
        return messages.has(key) ? messages.get(key) : path;
    }

    String value(String value) {
        return value.isBlank() ? messages.get("syncReview.field.blank") : value;
    }

    /** One line a field: {@code 会社名: 株式会社みなと}. */
    String lines(Map<String, String> fields) {
        return fields.entrySet().stream().filter(field -> !NOT_SHOWN.contains(field.getKey()))
                .map(field -> label(field.getKey()) + ": " + value(field.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
