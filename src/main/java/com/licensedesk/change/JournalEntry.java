package com.licensedesk.change;

import com.licensedesk.session.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A change as the journal keeps it: its id, where it was entered (a desk's name, or a kiosk's), that place's sequence
 * number for entries carried in from a kiosk, the format its command is written in, the clock of where it was
 * entered, who ran it, and the command as JSON.
 */
public record JournalEntry(UUID id, String origin, Optional<Long> originSequence, int formatVersion,
                           Instant recordedAt, Actor actor, String commandType, String command) {
}
