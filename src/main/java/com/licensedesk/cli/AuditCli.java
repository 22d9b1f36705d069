package com.licensedesk.cli;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.Outcome;
import com.licensedesk.ui.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** {@code audit prune --before YYYY-MM-DD}: the audit log, kept until an admin prunes it. */
final class AuditCli extends CommandGroup {
    AuditCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 1, "audit", "prune", "--before")) {
            return prune(words.get(3));
        }
        return usage();
    }

    /** Deletes the audit log's entries before a day (Japan time), after the admin has exported them; audited. */
    private int prune(String day) {
        LocalDate before;
        try {
            before = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            err.println(messages.get("cli.audit.date", day));
            return Cli.USER_ERROR;
        }
        try (Installation.Opened opened = installation.open()) {
            Instant cut = before.atStartOfDay(Formats.JAPAN).toInstant();
            int deleted = opened.pipeline().run(CLI, new MaintenanceCommands.PruneAuditLog(before),
                    (command, context) -> {
                        int count = opened.audit().pruneBefore(cut);
                        return Outcome.changed(count).audited(Optional.empty(), AuditAction.AUDIT_PRUNED,
                                "before=" + command.before() + "; entries=" + count);
                    });
            out.println(messages.get("cli.audit.pruned", deleted, before.toString()));
            return Cli.OK;
        }
    }
}
