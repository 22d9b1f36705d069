package com.licensedesk.change;

import com.licensedesk.session.Actor;
import java.time.Instant;

/**
 * Who runs a command, when (one time for everything the change writes), and where it was entered. {@code heldForHome}
 * at an enrolled kiosk: the change's mail is not sent from here but by home, once home has the entry.
 */
public record ChangeContext(Actor actor, Instant now, String origin, boolean heldForHome) {
}
