package com.licensedesk.catalog;

/** The licence types of the catalogue CSV's {@code license_type} column. */
public enum LicenseType {
    /** 製品版 */
    FULL("catalog.licenseType.full"),
    /** 体験版 */
    TRIAL("catalog.licenseType.trial");

    private final String labelKey;

    LicenseType(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
