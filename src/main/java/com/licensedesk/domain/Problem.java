package com.licensedesk.domain;

import java.util.List;

/** Why a value was refused: the message key of the rule it broke, with the rule's arguments. */
public record Problem(String messageKey, List<Object> args) {

    public static Problem of(String messageKey, Object... args) {
        return new Problem(messageKey, List.of(args));
    }
}
