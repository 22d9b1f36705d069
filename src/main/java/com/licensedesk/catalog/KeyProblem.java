package com.licensedesk.catalog;

/** Why a product key cannot be used, each said differently on screen. */
public enum KeyProblem {
    EMPTY("catalog.key.error.empty"),
    WRONG_SHAPE("catalog.key.error.shape"),
    NOT_IN_CATALOG("catalog.key.error.unknown"),
    ALREADY_REGISTERED("catalog.key.error.registered"),
    ALREADY_REGISTERED_HERE("catalog.key.error.registeredHere"),
    /** Refused only in まとめて追加: one key at a time the product check decides (an operator may confirm it). */
    EXPIRED("batch.outcome.expired");

    private final String messageKey;

    KeyProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
