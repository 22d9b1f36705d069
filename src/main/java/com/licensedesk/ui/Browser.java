package com.licensedesk.ui;

/** Opens a web address in the system browser. */
public interface Browser {

    /** Opens the address in the machine's web browser; false when there is no browser to open it. */
    boolean open(String url);
}
