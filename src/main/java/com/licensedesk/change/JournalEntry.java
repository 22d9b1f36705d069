package com.licensedesk.change;

import com.licensedesk.session.Actor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A change as the journal keeps it: its id, where it was entered (a desk's name, or a kiosk's), the kiosk's sequence
 * number for a kiosk's entries (at the kiosk and, once replayed, at home), the format its command is written in, the
 * clock of where it was entered, who ran it, and the command as JSON. A kiosk's entry also holds its mails (JSON of
 * {@link HeldMail}s, see {@link CommandJson#readMails}) until home has it, what home's last reply said of it, and when
 * its personal data was erased (then {@code command} is {@code {}} and {@code mails} {@code []}).
 */
public record JournalEntry(UUID id, String origin, Optional<Long> originSequence, int formatVersion,
                           Instant recordedAt, Actor actor, String commandType, String command,
                           Optional<String> mails, Optional<HomeState> homeState, Optional<String> homeReason,
                           Optional<Instant> erasedAt) {

    /** A new entry, of which home has said nothing. */
    public JournalEntry(UUID id, String origin, Optional<Long> originSequence, int formatVersion, Instant recordedAt,
                        Actor actor, String commandType, String command, Optional<String> mails) {
        this(id, origin, originSequence, formatVersion, recordedAt, actor, commandType, command, mails,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
