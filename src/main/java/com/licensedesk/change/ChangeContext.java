package com.licensedesk.change;

import com.licensedesk.session.Actor;
import java.time.Instant;

/** Who runs a command, when (one time for everything the change writes), and where it was entered. */
public record ChangeContext(Actor actor, Instant now, String origin) {
}
