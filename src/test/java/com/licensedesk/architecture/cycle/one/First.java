package com.licensedesk.architecture.cycle.one;

import com.licensedesk.architecture.cycle.two.Second;

/** Half of a deliberate package cycle: proves the architecture test sees one. */
public final class First {
    public Second next() {
        return new Second();
    }
}
