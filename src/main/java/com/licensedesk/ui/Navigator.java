package com.licensedesk.ui;

/** Moves the window to another screen. */
public interface Navigator {

    void show(Screen screen);
}
