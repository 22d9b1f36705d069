package com.licensedesk.cli;

import com.licensedesk.domain.InvalidInput;
import com.licensedesk.kiosks.JoinService;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.kiosks.NoSuchKiosk;
import com.licensedesk.sealing.SealRefused;
import com.licensedesk.ui.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code kiosk enrol|join|list|revoke}: at home the IT person enrols and revokes kiosks; at the kiosk they join it to
 * its home with the enrolment file and the passphrase that came separately.
 */
final class KioskCli extends CommandGroup {
    KioskCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 2, "kiosk", "enrol")) {
            return enrol(words.get(2), Path.of(words.get(3)));
        }
        if (matches(words, 1, "kiosk", "join")) {
            return join(Path.of(words.get(2)));
        }
        if (matches(words, 0, "kiosk", "list")) {
            return list();
        }
        if (matches(words, 2, "kiosk", "revoke")) {
            return revoke(words.get(2), words.get(3));
        }
        return usage();
    }

    private int enrol(String name, Path folder) {
        // Checked before the kiosk is enrolled: a kiosk without its file could only be revoked and enrolled anew.
        if (!Files.isDirectory(folder)) {
            err.println(messages.get("cli.kiosk.noFolder", folder));
            return Cli.USER_ERROR;
        }
        try (Installation.Opened opened = installation.open()) {
            KioskService.Enrolled enrolled = opened.kiosks().enrol(CLI, name);
            Path file = folder.resolve(enrolled.fileName());
            try {
                Files.write(file, enrolled.file());
            } catch (IOException e) {
                err.println(messages.get("cli.kiosk.notWritten", file, e.getMessage(), enrolled.kiosk().name()));
                return Cli.USER_ERROR;
            }
            out.println(messages.get("cli.kiosk.enrolled", enrolled.kiosk().name(), file));
            out.println(messages.get("cli.kiosk.passphrase", enrolled.passphrase()));
            out.println(messages.get("cli.kiosk.passphraseOnce"));
            return Cli.OK;
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(problem -> err.println(messages.get(problem.problem())));
            return Cli.USER_ERROR;
        } catch (KioskRepository.NameTaken taken) {
            err.println(messages.get("cli.kiosk.nameTaken", name));
            return Cli.USER_ERROR;
        }
    }

    private int join(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(Terminal.unreadable(messages, file, e));
            return Cli.USER_ERROR;
        }
        String passphrase = secret(messages.get("cli.kiosk.passphraseAsk"));
        try (Installation.Opened opened = installation.open()) {
            JoinService.Joined joined = opened.joinHome().join(CLI, bytes, passphrase);
            out.println(messages.get("cli.kiosk.joined", joined.kioskName(), joined.homeName()));
            return Cli.OK;
        } catch (SealRefused refused) {
            err.println(messages.get(joinRefusal(refused.reason()), file));
            return Cli.USER_ERROR;
        } catch (JoinService.AlreadyJoined already) {
            Optional<String> home = already.home();
            err.println(home.isPresent() ? messages.get("cli.kiosk.alreadyJoined", home.get())
                    : messages.get("cli.kiosk.alreadyHome"));
            return Cli.USER_ERROR;
        }
    }

    private static String joinRefusal(SealRefused.Reason reason) {
        return switch (reason) {
            case WRONG_PASSPHRASE -> "cli.kiosk.wrongPassphrase";
            case NEWER_FORMAT -> "cli.kiosk.newerFormat";
            case NOT_A_SYNC_FILE, WRONG_KIND -> "cli.kiosk.notEnrolment";
            case TRUNCATED, ALTERED, UNKNOWN_SENDER, NOT_FOR_US, WRONG_SECRET_KEY -> "cli.kiosk.damaged";
        };
    }

    private int list() {
        try (Installation.Opened opened = installation.open()) {
            List<Kiosk> all = opened.kiosks().all();
            if (all.isEmpty()) {
                out.println(messages.get("cli.kiosk.none"));
            }
            for (Kiosk kiosk : all) {
                out.println(messages.get("cli.kiosk.row", kiosk.name(),
                        messages.get(kiosk.active() ? "cli.kiosk.active" : "cli.kiosk.revoked"),
                        kiosk.lastReceivedAt().map(Formats::dateTime).orElse(messages.get("cli.kiosk.neverReceived")),
                        kiosk.unsettled()));
            }
            return Cli.OK;
        }
    }

    private int revoke(String name, String reason) {
        try (Installation.Opened opened = installation.open()) {
            boolean revoked = opened.kiosks().revoke(CLI, name, reason);
            out.println(messages.get(revoked ? "cli.kiosk.revokedNow" : "cli.kiosk.revokedAlready", name));
            return Cli.OK;
        } catch (NoSuchKiosk unknown) {
            err.println(messages.get("cli.kiosk.unknown", name));
            return Cli.USER_ERROR;
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(problem -> err.println(messages.get(problem.problem())));
            return Cli.USER_ERROR;
        }
    }
}
