package com.licensedesk.receipts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a customer takes home from the desk: their company, the login ID (masked), each product with its key, seats
 * and expiry, where support mail goes, and who registered it at which desk and when.
 */
public record Receipt(String companyName, String maskedLoginId, List<Line> lines, String supportContactName,
                      String supportEmail, String desk, String operatorName, Instant issuedAt) {

    /** One registered licence. */
    public record Line(String product, String key, int seats, LocalDate expires) {
    }

    /** {@code Tanaka_01} as {@code Ta*****01}: enough to recognise, not enough to sign in with. */
    public static String mask(String loginId) {
        if (loginId.length() <= 4) {
            return loginId.charAt(0) + "*".repeat(loginId.length() - 1);
        }
        return loginId.substring(0, 2) + "*".repeat(loginId.length() - 4) + loginId.substring(loginId.length() - 2);
    }
}
