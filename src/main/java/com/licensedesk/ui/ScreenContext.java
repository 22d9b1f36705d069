package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import java.time.Clock;

/** What every feature's screens are built with: the window's session, background work, navigation and texts. */
public record ScreenContext(Session session, Tasks tasks, Navigator navigator, Messages messages, Clock clock,
                            FileDialogs files) {
}
