package com.licensedesk.architecture.cycle.two;

import com.licensedesk.architecture.cycle.one.First;

/** The other half of the deliberate package cycle. */
public final class Second {
    public First back() {
        return new First();
    }
}
