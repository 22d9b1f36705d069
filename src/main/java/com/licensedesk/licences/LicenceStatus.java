package com.licensedesk.licences;

import java.time.LocalDate;

/** The status icon of a licence row: 有効期限内, 間もなく期限切れ, 有効期限切れ. */
public enum LicenceStatus {
    VALID("status-valid", "licences.status.valid"),
    EXPIRING("status-expiring", "licences.status.expiring"),
    EXPIRED("status-expired", "licences.status.expired");

    private final String styleClass;
    private final String labelKey;

    LicenceStatus(String styleClass, String labelKey) {
        this.styleClass = styleClass;
        this.labelKey = labelKey;
    }

    /**
     * A licence is valid through the end of its expiry day in Japan time; it is expiring once the expiry day is
     * {@code warningDays} days away or closer.
     */
    public static LicenceStatus of(LocalDate expires, LocalDate todayInJapan, int warningDays) {
        if (todayInJapan.isAfter(expires)) {
            return EXPIRED;
        }
        if (!todayInJapan.plusDays(warningDays).isBefore(expires)) {
            return EXPIRING;
        }
        return VALID;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The style class of an expiry date shown in this status (amber when near, red when passed). */
    public String dateStyleClass() {
        return "expires-" + styleClass;
    }

    public String labelKey() {
        return labelKey;
    }
}
