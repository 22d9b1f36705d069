package com.licensedesk.cli;

import java.util.List;
import java.util.Optional;

/** {@code setup-code}: the one-time code that 最初の管理者を作成 and the first settings PIN ask for. */
final class SetupCli extends CommandGroup {
    SetupCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (!matches(words, 0, "setup-code")) {
            return usage();
        }
        try (Installation.Opened opened = installation.open()) {
            Optional<String> code = opened.setupCode().current();
            if (code.isEmpty()) {
                err.println(messages.get("cli.setupCode.none"));
                return Cli.USER_ERROR;
            }
            out.println(code.get());
            return Cli.OK;
        }
    }
}
