package com.licensedesk.company;

/**
 * The label a customer reads beside a field of the company, support-contact and user screens, by the field's name
 * in the records ({@code companyName}, {@code phone}, …): {@code supportContact.phone} is 電話番号, {@code user.name}
 * 担当者（氏名）.
 */
public final class FieldLabel {
    private FieldLabel() {
    }

    /** The message key of the field's label; a path is read by its last name. */
    public static String key(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return switch (name) {
            case "name" -> "form.contactName";
            case "nameKana" -> "form.contactNameKana";
            default -> "form." + name;
        };
    }
}
