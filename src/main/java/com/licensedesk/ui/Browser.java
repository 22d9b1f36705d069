package com.licensedesk.ui;

/** Opens a web address in the system browser. */
public interface Browser {

    void open(String url);
}
