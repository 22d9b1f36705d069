package com.licensedesk.cli;

import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.OutboxSender;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code outbox list}, {@code outbox send [--retry-failed]}: the mail waiting for the SMTP server. */
final class OutboxCli extends CommandGroup {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    OutboxCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 0, "outbox", "list")) {
            return list();
        }
        if (matches(words, 0, "outbox", "send")) {
            return send(false);
        }
        if (matches(words, 0, "outbox", "send", "--retry-failed")) {
            return send(true);
        }
        return usage();
    }

    private int list() {
        try (Installation.Opened opened = installation.open()) {
            List<OutboxMail> unsent = opened.outboxMail().unsent();
            if (unsent.isEmpty()) {
                out.println(messages.get("cli.outbox.empty"));
                return Cli.OK;
            }
            out.println(messages.get("cli.outbox.header", unsent.size()));
            DateTimeFormatter when = WHEN.withZone(ZoneId.systemDefault());
            for (OutboxMail mail : unsent) {
                out.println(messages.get("cli.outbox.row", mail.id(), when.format(mail.createdAt()),
                        mail.recipient(), mail.subject(), mail.attempts()));
                mail.lastError().ifPresent(error -> out.println(messages.get("cli.outbox.lastError", error)));
            }
            return Cli.OK;
        }
    }

    private int send(boolean retryFailed) {
        try (Installation.Opened opened = installation.open()) {
            if (!opened.mailSender().canSend()) {
                err.println(messages.get("cli.outbox.noSmtp"));
                return Cli.USER_ERROR;
            }
            if (retryFailed) {
                out.println(messages.get("cli.outbox.retrying", opened.mailSender().retryFailed()));
            }
            OutboxSender.Round round = opened.mailSender().deliverDue();
            int waiting = opened.outboxMail().unsent().size();
            out.println(messages.get("cli.outbox.sent", round.sent(), waiting));
            // Mail another desk is sending meanwhile waits too, but is no failure of this run.
            return round.notSent() == 0 ? Cli.OK : Cli.USER_ERROR;
        }
    }
}
