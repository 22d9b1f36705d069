package com.licensedesk.catalog;

/** The two shapes a product key comes in. */
public enum KeyKind {
    /** アクティベーションコード: 2-4-5-5-5-5-5 letters and digits. */
    ACTIVATION_CODE(new int[] {2, 4, 5, 5, 5, 5, 5}, "catalog.key.kind.activationCode"),
    /** レジストレーションキー: 2-4-4-4-4 letters and digits. */
    REGISTRATION_KEY(new int[] {2, 4, 4, 4, 4}, "catalog.key.kind.registrationKey");

    private final int[] groups;
    private final String labelKey;

    KeyKind(int[] groups, String labelKey) {
        this.groups = groups;
        this.labelKey = labelKey;
    }

    int length() {
        int length = 0;
        for (int group : groups) {
            length += group;
        }
        return length;
    }

    /** Puts the hyphens where this shape has them: {@code AB1234...} becomes {@code AB-1234-...}. */
    String hyphenate(String bare) {
        StringBuilder out = new StringBuilder(bare.length() + groups.length);
        int at = 0;
        for (int group : groups) {
            if (at > 0) {
                out.append('-');
            }
            out.append(bare, at, at + group);
            at += group;
        }
        return out.toString();
    }

    /** The message key of this kind's name as the screens show it. */
    public String labelKey() {
        return labelKey;
    }
}
