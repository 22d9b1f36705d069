package com.licensedesk.session;

/** What a desk operator may do. */
public enum Role {
    /** 管理者: operators, settings, catalogue import, and everything a clerk does. */
    ADMIN("operators.role.admin"),
    /** 担当者: registers customers, acts for them, issues temporary passwords, resends mail. */
    CLERK("operators.role.clerk"),
    /** 閲覧のみ: sees the directory, the dashboards and the audit log; changes nothing. */
    READ_ONLY("operators.role.readOnly");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** {@code admin}, {@code clerk} or {@code read-only}, as the command line says it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<Role> ofWord(String word) {
        for (Role role : values()) {
            if (role.word().equals(word)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
