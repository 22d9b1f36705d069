package com.licensedesk.ui;

import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import java.time.Clock;

/**
 * What every feature's screens are built with: the window's session, background work, navigation, texts, and the
 * dialogs that ask the person.
 */
public record ScreenContext(Session session, Tasks tasks, Navigator navigator, Messages messages, Clock clock,
                            Dialogs dialogs) {
}
