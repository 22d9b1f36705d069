package com.licensedesk.mail;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/** Puts mail in the outbox with its Message-ID; the {@link OutboxSender} delivers it. Call inside the change's transaction. */
public final class Outbox {
    private final OutboxRepository repository;
    private final Clock clock;
    private final String messageIdDomain;
    private final Consumer<Runnable> afterCommit;
    private final Runnable mailWritten;

    /** An outbox nobody is told about: the sender finds its mail on its next round. */
    public Outbox(OutboxRepository repository, Clock clock, String messageIdDomain) {
        this(repository, clock, messageIdDomain, Runnable::run, () -> { });
    }

    /** {@code mailWritten} runs once the change's transaction has committed ({@code afterCommit}): the sender wakes. */
    public Outbox(OutboxRepository repository, Clock clock, String messageIdDomain, Consumer<Runnable> afterCommit,
                  Runnable mailWritten) {
        this.repository = repository;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
        this.afterCommit = afterCommit;
        this.mailWritten = mailWritten;
    }

    public String enqueue(NewMail mail) {
        return enqueue(mail, newMessageId());
    }

    /**
     * The mail under a Message-ID made before, elsewhere: a kiosk's mail that home sends once it has the kiosk's
     * change, so that a mail sent twice is known as one.
     */
    public String enqueue(NewMail mail, String messageId) {
        repository.add(mail, messageId, clock.instant());
        afterCommit.accept(mailWritten);
        return messageId;
    }

    /** A Message-ID of this place's: for a kiosk's mail, made at the kiosk and sent by home. */
    public String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    }
}
