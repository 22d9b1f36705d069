package com.licensedesk.ui;

/** Moves the window to another screen, or opens one as a dialog over it. */
public interface Navigator {

    void show(ScreenId screen);

    /** The screen as a modal dialog over the window, titled with the text of {@code titleKey}. */
    void openDialog(ScreenId screen, String titleKey);
}
