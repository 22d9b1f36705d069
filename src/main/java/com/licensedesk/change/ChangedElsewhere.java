package com.licensedesk.change;

/**
 * A save refused because another desk saved the same record since this one read it: nothing was written. The screen
 * shows what is stored now ({@code current}) and keeps what was typed in view.
 */
public final class ChangedElsewhere extends RuntimeException {
    private final transient Object current;

    public ChangedElsewhere(Object current) {
        super("changed on another desk", null, false, false);
        this.current = current;
    }

    /** What is stored now, of the type the save read. */
    public <T> T current(Class<T> type) {
        return type.cast(current);
    }
}
