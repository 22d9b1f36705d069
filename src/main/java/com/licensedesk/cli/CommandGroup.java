package com.licensedesk.cli;

import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.settings.Settings;
import java.io.PrintStream;
import java.util.List;

/**
 * The commands under one first word ({@code catalog}, {@code outbox}, …), registered under it in {@link Cli}. A command
 * opens the installation in a try-with-resources and works through its services, prints through the bundles'
 * {@code cli.*} keys and returns {@link Cli#OK}, {@link Cli#USER_ERROR} (one line on stderr per problem) or
 * {@link Cli#USAGE}; nothing a user can get wrong ends in a stack trace.
 */
abstract class CommandGroup {
    /** The command line acts as the application itself in the audit log. */
    static final Actor CLI = Actor.system("cli");

    final PrintStream out;
    final PrintStream err;
    final Messages messages;
    final Settings config;
    final Installation installation;
    private final Terminal terminal;

    CommandGroup(Terminal terminal) {
        this.terminal = terminal;
        this.out = terminal.out;
        this.err = terminal.err;
        this.messages = terminal.messages;
        this.config = terminal.config;
        this.installation = terminal.installation;
    }

    /** Runs the command {@code words}, its first word included; words that are no command of the group are usage. */
    abstract int run(List<String> words);

    /** Whether {@code words} are the {@code command}'s words followed by exactly {@code more} arguments. */
    static boolean matches(List<String> words, int more, String... command) {
        List<String> head = List.of(command);
        return words.size() == head.size() + more && words.subList(0, head.size()).equals(head);
    }

    /** Bad usage: the usage text on stderr. */
    final int usage() {
        err.println(messages.get("cli.usage"));
        return Cli.USAGE;
    }

    /** Two secrets asked on the console (or read as two lines from a script's input), as a password and again. */
    final String[] twoSecrets(String ask, String again) {
        return terminal.twoSecrets(ask, again);
    }

    /** One secret asked on the console (or read as a line from a script's input). */
    final String secret(String ask) {
        return terminal.secret(ask);
    }
}
