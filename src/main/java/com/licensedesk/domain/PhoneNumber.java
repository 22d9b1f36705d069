package com.licensedesk.domain;

import java.util.Optional;

/**
 * A Japanese phone or fax number in two parts as the manual asks for it: the area code (市外局番, 2 to 5 digits from
 * 0) and the number, 10 or 11 digits together. Full-width digits are accepted.
 */
public record PhoneNumber(String area, String number) {
    public static final FieldRule AREA_RULE = FieldRule.of(PhoneNumber::isAreaCode, "validation.phone.area");
    public static final FieldRule NUMBER_RULE = FieldRule.of(PhoneNumber::isDigits, "validation.phone.number");

    public static Optional<PhoneNumber> parse(String area, String number) {
        String a = digits(area);
        String n = digits(number);
        if (!isAreaCode(a) || !isDigits(n) || !isWholeLength(a, n)) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(a, n));
    }

    /** The two parts together must be 10 or 11 digits. */
    public static Optional<Problem> lengthProblem(String area, String number) {
        return isWholeLength(digits(area), digits(number))
                ? Optional.empty() : Optional.of(Problem.of("validation.phone.length"));
    }

    /** The typed digits in half width; text far longer than a phone number is left as it is (and refused). */
    public static String digits(String typed) {
        return typed.length() > 64 ? typed : Text.halfWidth(typed).replace(" ", "");
    }

    private static boolean isAreaCode(String area) {
        return area.matches("0\\d{1,4}");
    }

    private static boolean isDigits(String number) {
        return number.matches("\\d{1,9}");
    }

    private static boolean isWholeLength(String area, String number) {
        int length = area.length() + number.length();
        return length == 10 || length == 11;
    }

    @Override
    public String toString() {
        return area + "-" + number;
    }
}
