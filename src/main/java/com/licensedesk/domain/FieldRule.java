package com.licensedesk.domain;

import java.util.Optional;

/** One rule a field's (non-empty) value must keep. */
@FunctionalInterface
public interface FieldRule {

    Optional<Problem> check(String value);

    /** A rule from a test and the message key said when the test fails. */
    static FieldRule of(java.util.function.Predicate<String> test, String messageKey, Object... args) {
        return value -> test.test(value) ? Optional.empty() : Optional.of(Problem.of(messageKey, args));
    }
}
