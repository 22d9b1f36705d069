package com.licensedesk.cli;

import com.licensedesk.i18n.Messages;
import com.licensedesk.settings.Settings;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Scanner;

/** What the commands of one command line share: its streams and texts, the settings and the installation. */
final class Terminal {
    final PrintStream out;
    final PrintStream err;
    final Messages messages;
    final Settings config;
    final Installation installation;
    private final InputStream in;
    private Scanner lines;

    Terminal(InputStream in, PrintStream out, PrintStream err, Messages messages, Settings config,
            Installation installation) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.config = config;
        this.installation = installation;
    }

    /** Two secrets asked on the console, or read as two lines from a script's input. */
    String[] twoSecrets(String ask, String again) {
        return new String[] {secret(ask), secret(again)};
    }

    /** A secret asked on the console without echo, or read as the next line of a script's input ("" when none). */
    String secret(String ask) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", ask);
            return typed == null ? "" : new String(typed);
        }
        if (lines == null) {
            lines = new Scanner(in, StandardCharsets.UTF_8);
        }
        return lines.hasNextLine() ? lines.nextLine() : "";
    }

    /** Why a file named on the command line could not be read, in the person's words. */
    static String unreadable(Messages messages, Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return messages.get("cli.file.notFound", file.toAbsolutePath());
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("cli.file.notReadable", file.toAbsolutePath());
        }
        return messages.get("cli.import.fileMissing", file + ": " + e.getMessage());
    }
}
