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
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        repository.add(mail, messageId, clock.instant());
        afterCommit.accept(mailWritten);
        return messageId;
    }
}
