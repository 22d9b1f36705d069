package com.licensedesk.mail;

import java.time.Clock;
import java.util.UUID;

/** Puts mail in the outbox with its Message-ID; the {@link OutboxSender} delivers it. Call inside the change's transaction. */
public final class Outbox {
    private final OutboxRepository repository;
    private final Clock clock;
    private final String messageIdDomain;

    public Outbox(OutboxRepository repository, Clock clock, String messageIdDomain) {
        this.repository = repository;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
    }

    public String enqueue(NewMail mail) {
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        repository.add(mail, messageId, clock.instant());
        return messageId;
    }
}
