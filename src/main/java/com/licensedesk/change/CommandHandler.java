package com.licensedesk.change;

/**
 * What a command does to the database, inside the pipeline's transaction: the writes (with versions), and the mail
 * and audit entries the pipeline then adds in the same transaction. A refusal is thrown; nothing is then written.
 */
@FunctionalInterface
public interface CommandHandler<C extends Command, R> {

    Outcome<R> handle(C command, ChangeContext context);
}
